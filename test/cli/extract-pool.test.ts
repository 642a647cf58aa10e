import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openExtractPool, type PoolItem } from '../../src/cli/extract-pool.ts';
import { extract } from '../../src/extraction/index.ts';
import { listNoticeFiles, readPath } from '../../src/readers/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READERS = join(ROOT, 'test/fixtures/readers');
const NOTICES = join(ROOT, 'test/fixtures/notices');

async function collect(pool: ReturnType<typeof openExtractPool>, files: string[]): Promise<PoolItem[]> {
  const out: PoolItem[] = [];
  for await (const items of pool.map(files)) out.push(...items);
  return out;
}

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/noticeboard.js'), ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('extract pool', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-pool-'));
    const names = (await readdir(NOTICES)).filter((n) => n.endsWith('.eml')).slice(0, 6);
    for (const [i, name] of names.entries()) await copyFile(join(NOTICES, name), join(dir, `${i}-${name}`));
    await copyFile(join(NOTICES, names[0]!), join(dir, '3-crash.eml'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives, file by file and in order, what reading and extracting here gives', async () => {
    const files = await listNoticeFiles(READERS);
    const expected: PoolItem[] = [];
    for (const file of files) {
      for await (const r of readPath(file)) {
        if ('error' in r) expected.push({ file: r.file, id: r.id, error: r.error, code: r.code });
        else expected.push({ file: r.file, id: r.id, facts: extract(r.notice), head: { subject: r.notice.subject, from: r.notice.from, receivedAt: r.notice.receivedAt, warnings: r.notice.warnings ?? [] } });
      }
    }
    const pool = openExtractPool(2);
    try {
      const got = await collect(pool, files);
      expect(got.map((i) => i.id)).toEqual(expected.map((i) => i.id));
      expect(got).toEqual(expected);
      expect(got.some((i) => 'error' in i)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('fails only the file a dying worker held, names why, and reads the rest on a new worker', async () => {
    const pool = openExtractPool(1, new URL('./workers/dies-on-crash-files.ts', import.meta.url).href);
    try {
      const files = await listNoticeFiles(dir);
      const got = await collect(pool, files);
      expect(got.map((i) => i.id)).toEqual(files.map((f) => f.replace(/^.*\//, '').replace(/\.eml$/, '')));
      const failed = got.filter((i) => 'error' in i);
      expect(failed).toEqual([expect.objectContaining({ id: '3-crash', code: 'extract-failed', error: expect.stringMatching(/worker stopped: exit code 3/) })]);
      expect(got.filter((i) => 'facts' in i)).toHaveLength(files.length - 1);
    } finally {
      await pool.close();
    }
  });

  it('fails every file with the reason when no worker can start, instead of waiting for one', async () => {
    const pool = openExtractPool(2, new URL('./workers/cannot-start.ts', import.meta.url).href);
    try {
      const files = await listNoticeFiles(dir);
      const got = await collect(pool, files);
      expect(got).toHaveLength(files.length);
      for (const item of got) expect(item).toMatchObject({ code: 'extract-failed', error: expect.stringMatching(/the worker module is broken/) });
    } finally {
      await pool.close();
    }
  });

  it('`extract --jobs 2` prints what `--jobs 1` prints, errors and warnings included', async () => {
    const one = await cli(['extract', '--json', '--jobs', '1', READERS, dir, join(dir, 'missing.eml')]);
    const two = await cli(['extract', '--json', '--jobs', '2', READERS, dir, join(dir, 'missing.eml')]);
    expect(two.stdout).toEqual(one.stdout);
    expect(two.stderr).toEqual(one.stderr);
    expect(two.code).toBe(1);
    expect(one.stdout.trim().split('\n').length).toBeGreaterThan(20);
    expect(two.stdout).toMatch(/"id":"missing","error":/);
  });

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    const { code, stderr } = await cli(['extract', '--jobs', '0', READERS]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--jobs.*whole number of at least 1/);
  });
});
