import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestResult, NoticeSink } from '../../../src/app/ports.ts';
import type { Notice } from '../../../src/domain/notice.ts';
import { startInbox, type Inbox } from '../../../src/adapters/sandbox/inbox.ts';
import { renderSample, seedSamples, SEEDED_MARKER, SHIPPED_SAMPLES_DIR } from '../../../src/adapters/sandbox/samples.ts';
import { captureLog } from '../../support/capture-log.ts';

const EML = (subject: string) =>
  `From: Provider <no-reply@provider.example>\nTo: ops@example.com\nSubject: ${subject}\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMessage-ID: <${subject.replace(/\W/g, '')}@provider.example>\nContent-Type: text/plain\n\nHello.\n`;

/** A sink that resolves only when told, to see that files move after the ingest, not before. */
function gatedSink() {
  const seen: Notice[] = [];
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const sink: NoticeSink = {
    async ingest(notice): Promise<IngestResult> {
      seen.push(notice);
      await gate;
      return { outcome: 'created', noticeId: seen.length, taskId: seen.length };
    },
  };
  return { sink, seen, open: () => open() };
}

describe('sandbox inbox', () => {
  let dir: string;
  let inbox: Inbox | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nb-inbox-'));
  });
  afterEach(async () => {
    await inbox?.stop();
    inbox = null;
    await rm(dir, { recursive: true, force: true });
  });

  it('moves a dropped notice to processed/ only once its ingest resolved', async () => {
    const { sink, seen, open } = gatedSink();
    inbox = await startInbox({ dir, sink, log: captureLog().log, pollMs: 60_000 });
    await writeFile(join(dir, 'rotation.eml'), EML('Rotate your certificates'));
    const pending = inbox.ingestFile('rotation.eml');
    await expect.poll(() => seen.length).toBe(1);
    expect(await readdir(dir)).toContain('rotation.eml');
    open();
    expect(await pending).toEqual({ file: 'rotation.eml', ok: true, notices: 1 });
    expect(await readdir(join(dir, 'processed'))).toEqual(['rotation.eml']);
    expect(seen[0]?.subject).toBe('Rotate your certificates');
  });

  it('a scan takes settled notice files and leaves fresh ones and other files alone', async () => {
    const { sink, open } = gatedSink();
    open();
    inbox = await startInbox({ dir, sink, log: captureLog().log, pollMs: 60_000 });
    await writeFile(join(dir, 'old.eml'), EML('Old one'));
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'old.eml'), minuteAgo, minuteAgo);
    await writeFile(join(dir, 'fresh.eml'), EML('Still being written'));
    await writeFile(join(dir, 'notes.txt'), 'not a notice');
    await utimes(join(dir, 'notes.txt'), minuteAgo, minuteAgo);
    expect((await inbox.scan()).map((o) => o.file)).toEqual(['old.eml']);
    expect((await readdir(dir)).sort()).toEqual(['fresh.eml', 'notes.txt', 'processed']);
  });

  it('a file that cannot be read goes to failed/ with the reason beside it, and nothing is ingested', async () => {
    const { sink, seen, open } = gatedSink();
    open();
    const capture = captureLog();
    inbox = await startInbox({ dir, sink, log: capture.log, pollMs: 60_000 });
    await writeFile(join(dir, 'broken.eml'), Buffer.from([0, 1, 2, 0, 255, 0]));
    const outcome = await inbox.ingestFile('broken.eml');
    expect(outcome.ok).toBe(false);
    expect(seen).toHaveLength(0);
    expect((await readdir(join(dir, 'failed'))).sort()).toEqual(['broken.eml', 'broken.eml.error.txt']);
    expect((await readFile(join(dir, 'failed', 'broken.eml.error.txt'), 'utf8')).length).toBeGreaterThan(1);
    expect(capture.messages()).toContain('inbox file not ingested');
  });
});

describe('shipped samples', () => {
  it.each([
    ['{{day+21d}}', 'December 15, 2026'],
    ['{{iso+0d}}', '2026-11-24'],
    ['{{iso-1d}}', '2026-11-23'],
    ['{{rfc2822+0d}}', 'Tue, 24 Nov 2026 18:00:00 +0000'],
    ['{{other+1d}}', '{{other+1d}}'],
  ])('%s renders as %s', (token, expected) => {
    expect(renderSample(token, new Date('2026-11-24T18:00:00Z'))).toBe(expected);
  });

  it('are dropped once, with no template left in them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-seed-'));
    try {
      const names = await seedSamples(dir, new Date('2026-11-24T18:00:00Z'));
      expect(names.length).toBeGreaterThanOrEqual(3);
      for (const name of names) expect(await readFile(join(dir, name), 'utf8')).not.toContain('{{');
      expect(await readdir(dir)).toContain(SEEDED_MARKER);
      expect(await seedSamples(dir, new Date())).toEqual([]);
      expect((await readdir(SHIPPED_SAMPLES_DIR)).filter((n) => n.endsWith('.eml'))).toEqual(names);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
