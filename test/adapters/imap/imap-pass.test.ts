import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { MemorySourceHealthStore } from '../../../src/adapters/memory/source-state.ts';
import { readUidCursor, writeUidCursor } from '../../../src/adapters/imap/cursor.ts';
import { SourceHealth } from '../../../src/app/source-health.ts';
import { dovecotMissing, startDovecot, type Dovecot } from '../../support/dovecot.ts';
import { captureLog } from '../../support/capture-log.ts';
import { buildMessage } from '../../support/tiny-email.ts';
import { adminClient, buildSource, flagsOf, unmarked } from './harness.ts';

if (dovecotMissing) console.warn(`IMAP tests skipped: ${dovecotMissing}`);

describe.skipIf(dovecotMissing !== null)('IMAP source against Dovecot, one pass', () => {
  let dovecot: Dovecot;
  let admin: ImapFlow;

  beforeAll(async () => {
    dovecot = await startDovecot();
    admin = await adminClient(dovecot);
  });

  afterAll(async () => {
    await admin?.logout().catch(() => undefined);
    await dovecot?.destroy();
  });

  const fill = async (mailbox: string, ids: string[]): Promise<void> => {
    for (const id of ids) await admin.append(mailbox, buildMessage({ id: `${id}@provider.example`, subject: id }));
  };

  it('duplicates nothing when the mailbox is recreated under a new UIDVALIDITY', async () => {
    await admin.mailboxCreate('Recreated');
    await fill('Recreated', ['a', 'b', 'c']);
    const { log, messages } = captureLog();
    const { source, sink, cursors } = buildSource(dovecot, { mailbox: 'Recreated' }, { log });
    await source.pollOnce();
    const before = await readUidCursor(cursors, source.id);

    await admin.mailboxDelete('Recreated');
    await admin.mailboxCreate('Recreated');
    await fill('Recreated', ['a', 'b', 'c', 'd']);
    await source.pollOnce();
    const after = await readUidCursor(cursors, source.id);

    expect(sink.committed.map((n) => n.subject)).toEqual(['a', 'b', 'c', 'd']);
    expect(sink.calls).toBe(7);
    expect(after?.uidValidity).not.toBe(before?.uidValidity);
    expect(after?.uid).toBe(4);
    expect(messages()).toContain('mailbox UIDVALIDITY changed; rescanning');
    expect(await unmarked(admin, 'Recreated')).toEqual([]);
  });

  it('picks up a message below the cursor that was never flagged', async () => {
    await admin.mailboxCreate('Below');
    await fill('Below', ['early', 'late']);
    const { source, sink, cursors } = buildSource(dovecot, { mailbox: 'Below' });
    const status = await admin.status('Below', { uidValidity: true });
    await writeUidCursor(cursors, source.id, { uidValidity: String(status && status.uidValidity), uid: 2 });

    await source.pollOnce();

    expect(sink.committed.map((n) => n.subject)).toEqual(['early', 'late']);
  });

  it('moves processed messages to a folder when configured to', async () => {
    await admin.mailboxCreate('Moving');
    await fill('Moving', ['moved-1', 'moved-2']);
    const { source, sink } = buildSource(dovecot, { mailbox: 'Moving', processed: { moveTo: 'Moving.Done' } });

    await source.pollOnce();
    await source.pollOnce();

    const left = await admin.status('Moving', { messages: true });
    const done = await admin.status('Moving.Done', { messages: true });
    expect(sink.committed.map((n) => n.subject)).toEqual(['moved-1', 'moved-2']);
    expect(sink.calls).toBe(2);
    expect(left && left.messages).toBe(0);
    expect(done && done.messages).toBe(2);
  });

  it('records a message over the size cap as a placeholder, marks it, and never downloads it again', async () => {
    await admin.mailboxCreate('Large');
    await admin.append('Large', buildMessage({ id: 'huge@provider.example', subject: 'Huge notice', body: 'x'.repeat(20_000) }));
    await fill('Large', ['small']);
    const { log, lines } = captureLog();
    const { source, sink } = buildSource(dovecot, { mailbox: 'Large', maxMessageBytes: 4_000 }, { log });

    await source.pollOnce();
    await source.pollOnce();

    expect(sink.calls).toBe(2);
    const huge = sink.committed.find((n) => n.subject === 'Huge notice');
    expect(huge).toMatchObject({ messageId: '<huge@provider.example>', from: 'notices@provider.example' });
    expect(huge?.text).toMatch(/not read: it is \d+ bytes, larger than the 4000-byte limit/);
    expect(huge?.rawSize).toBeGreaterThan(20_000);
    expect(await flagsOf(admin, 'Large')).toEqual([['$Noticeboard', '$NoticeboardTooLarge'], ['$Noticeboard']]);
    expect(lines.filter((l) => l.msg === 'message too large; not read')).toEqual([
      expect.objectContaining({ source: 'imap:Large', uid: 1, limit: 4_000 }),
    ]);
  });

  it('delivers in UID order across small batches of mixed sizes', async () => {
    await admin.mailboxCreate('Mixed');
    const sizes = [100, 3_000, 100, 9_000, 3_000, 100, 100];
    for (const [i, size] of sizes.entries()) {
      await admin.append('Mixed', buildMessage({ id: `mixed-${i}@provider.example`, subject: `m${i}`, body: 'y'.repeat(size) }));
    }
    const { source, sink } = buildSource(dovecot, { mailbox: 'Mixed', maxMessageBytes: 4_000 }, { batchSize: 2, batchBytes: 5_000 });

    await source.pollOnce();

    expect(sink.committed.map((n) => n.subject)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(sink.committed.filter((n) => /not read/.test(n.text)).map((n) => n.subject)).toEqual(['m3']);
    expect(await unmarked(admin, 'Mixed')).toEqual([]);
  });

  it('records a placeholder for a message the reader cannot read', async () => {
    await admin.mailboxCreate('Broken');
    await fill('Broken', ['fine', 'broken']);
    const { source, sink } = buildSource(
      dovecot,
      { mailbox: 'Broken' },
      {
        parse: async (raw, ref) => {
          if (raw.includes('Subject: broken')) throw new Error('charset nonsense');
          const { tinyParseEmail } = await import('../../support/tiny-email.ts');
          return tinyParseEmail(raw, ref);
        },
      },
    );

    await source.pollOnce();

    expect(sink.committed.map((n) => n.subject)).toEqual(['fine', 'broken']);
    expect(sink.committed[1]?.text).toMatch(/could not be read \(charset nonsense\)/);
    expect(await flagsOf(admin, 'Broken')).toEqual([['$Noticeboard'], ['$Noticeboard', '$NoticeboardUnreadable']]);
  });

  const healthFor = (store: MemorySourceHealthStore): SourceHealth =>
    new SourceHealth({
      store,
      clock: new ManualClock('2024-08-20T12:00:00Z'),
      alerts: { alert: async () => undefined },
      log: silentLogger,
    });

  it('rejects a pass with a refused login and records it in plain words', async () => {
    const store = new MemorySourceHealthStore();
    const { log, lines } = captureLog();
    const { source } = buildSource(dovecot, { mailbox: 'INBOX' }, { password: 'wrong-pw-9', health: healthFor(store), log });

    await expect(source.pollOnce()).rejects.toThrow();

    expect((await store.get(source.id))?.lastError).toMatch(/login was refused/);
    expect(lines.map((l) => l.msg)).toContain('mailbox poll failed');
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain('wrong-pw-9');
    expect(logged).not.toContain(Buffer.from(`\u0000${dovecot.user}\u0000wrong-pw-9`).toString('base64'));
  });

  it('rejects a pass on a mailbox that does not exist, naming what the server said', async () => {
    const store = new MemorySourceHealthStore();
    const { source } = buildSource(dovecot, { mailbox: 'Missing' }, { health: healthFor(store) });

    await expect(source.pollOnce()).rejects.toThrow();

    expect((await store.get(source.id))?.lastError).toMatch(/Mailbox doesn't exist: Missing/);
  });
});
