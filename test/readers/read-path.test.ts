import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, mkdir, rm, truncate, writeFile, copyFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MAX_INPUT_BYTES, readPath, type ReadResult } from '../../src/readers/index.ts';
import { FIXTURES } from './fixtures.ts';

async function collect(path: string, options = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readPath(path, options)) results.push(result);
  return results;
}

const summary = (r: ReadResult): string => ('error' in r ? `${r.id}: ${r.code}` : `${r.id}: ${r.notice.subject}`);

describe('readPath', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'readers-'));
    await mkdir(join(dir, 'nested'));
    await mkdir(join(dir, '.hidden'));
    await copyFile(join(FIXTURES, 'latin1.eml'), join(dir, 'b-latin1.eml'));
    await copyFile(join(FIXTURES, 'two.mbox'), join(dir, 'nested', 'mbox'));
    await copyFile(join(FIXTURES, 'rss.xml'), join(dir, 'a-status.rss'));
    await copyFile(join(FIXTURES, 'empty.eml'), join(dir, 'c-empty.eml'));
    await copyFile(join(FIXTURES, 'latin1.eml'), join(dir, '.hidden', 'skipped.eml'));
    await writeFile(join(dir, 'notes.txt'), 'not a notice');
    await writeFile(join(dir, 'undated.eml'), 'From: a@example.com\nSubject: undated\n\nbody\n');
    await utimes(join(dir, 'undated.eml'), new Date('2024-02-01T00:00:00Z'), new Date('2024-02-01T00:00:00Z'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a folder recursively in sorted order, one result per message or item, skipping other files', async () => {
    const results = await collect(dir);
    expect(results.map(summary)).toEqual([
      'a-status#1: Scheduled maintenance: object storage in eu-central-1',
      'a-status#2: Deprecation of API v1',
      'b-latin1: Opération de maintenance programmée',
      'c-empty: empty',
      'mbox#1: First notice: disk snapshot policy',
      'mbox#2: Second notice: network maintenance',
      'undated: undated',
    ]);
    expect(results[0]?.file).toBe(join(dir, 'a-status.rss'));
    expect(results[4]).toMatchObject({ file: join(dir, 'nested', 'mbox'), notice: { source: { kind: 'file', index: 0 } } });
    expect(results[5]).toMatchObject({ notice: { source: { kind: 'file', index: 1 } } });
  });

  it('dates a message without a Date header by the file modification time', async () => {
    const [result] = await collect(join(dir, 'undated.eml'));
    expect(result && 'notice' in result && result.notice.receivedAt.toISOString()).toBe('2024-02-01T00:00:00.000Z');
  });

  it('reads a file named on the command line whatever its extension, by its content', async () => {
    const path = join(dir, 'notice.txt');
    await copyFile(join(FIXTURES, 'two.mbox'), path);
    expect((await collect(path)).map(summary)).toEqual(['notice#1: First notice: disk snapshot policy', 'notice#2: Second notice: network maintenance']);
  });

  it('refuses a file over the size limit from its size alone', async () => {
    const path = join(dir, 'huge.eml');
    await writeFile(path, '');
    await truncate(path, MAX_INPUT_BYTES + 1); // sparse: nothing is written, the size is all that is checked
    const results = await collect(path);
    expect(results).toEqual([
      { file: path, id: 'huge', code: 'too-large', error: '26,214,401 bytes is over the 25 MB (26,214,400 bytes) input limit; nothing was read' },
    ]);
    await rm(path);
  });

  it('accepts a file exactly at a given limit and refuses one byte more', async () => {
    const path = join(dir, 'limit.eml');
    await copyFile(join(FIXTURES, 'latin1.eml'), path);
    const size = (await import('node:fs')).statSync(path).size;
    expect((await collect(path, { maxBytes: size }))[0]).toHaveProperty('notice');
    expect((await collect(path, { maxBytes: size - 1 }))[0]).toMatchObject({ code: 'too-large' });
    await rm(path);
  });

  it('holds feeds to their own, lower cap', async () => {
    const path = join(FIXTURES, 'rss.xml');
    const size = (await import('node:fs')).statSync(path).size;
    expect((await collect(path, { maxFeedBytes: size }))).toHaveLength(2);
    expect(await collect(path, { maxFeedBytes: size - 1 })).toEqual([
      expect.objectContaining({ code: 'too-large', error: expect.stringMatching(/feed limit; nothing was read$/) }),
    ]);
  });

  it('reports a path that does not exist without throwing', async () => {
    expect(await collect(join(dir, 'missing.eml'))).toEqual([
      { file: join(dir, 'missing.eml'), id: 'missing', code: 'not-found', error: 'no such file or folder' },
    ]);
  });

  it('reports a bad message inside an mbox and reads the others', async () => {
    const path = join(dir, 'mixed.mbox');
    await writeFile(path, 'From a@x Tue Mar  5 10:12:00 2024\nthis is no header\n\nFrom b@x Tue Mar  5 10:13:00 2024\nSubject: good\nDate: Tue, 5 Mar 2024 10:13:00 +0000\n\nbody\n');
    expect((await collect(path)).map(summary)).toEqual(['mixed#1: broken-mime', 'mixed#2: good']);
    await rm(path);
  });

  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  if (!hasMkfifo) console.warn('read-path: mkfifo is not installed: the named-pipe test is skipped');
  it.skipIf(!hasMkfifo)('refuses a named pipe instead of waiting for a writer', async () => {
    const pipe = join(dir, 'pipe.eml');
    spawnSync('mkfifo', [pipe]);
    try {
      expect(await collect(pipe)).toEqual([{ file: pipe, id: 'pipe', code: 'unreadable', error: 'not a regular file' }]);
    } finally {
      await rm(pipe);
    }
  });

  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.warn('read-path: running as root, which reads any folder: the unreadable-folder test is skipped');
  it.skipIf(isRoot)('reports a folder it cannot list and reads the rest', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o000);
    try {
      const results = await collect(dir);
      expect(results[0]).toMatchObject({ file: locked, code: 'unreadable' });
      expect(results.filter((r) => 'notice' in r).length).toBeGreaterThan(0);
    } finally {
      await chmod(locked, 0o755);
      await rm(locked, { recursive: true });
    }
  });

  it.each([
    ['binary.eml', 'binary'],
    ['broken-mime.eml', 'broken-mime'],
    ['entity-bomb.xml', 'entity-declaration'],
    ['external-entity.xml', 'entity-declaration'],
    ['html-page.xml', 'html-not-feed'],
  ])('reports %s as %s', async (name, code) => {
    expect(await collect(join(FIXTURES, name))).toEqual([expect.objectContaining({ code, error: expect.any(String) })]);
  });
});
