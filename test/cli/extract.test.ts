import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoInstant, toExtractLine } from '../../src/cli/extract.ts';
import type { DatedFact, Extraction } from '../../src/domain/facts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/readers');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
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

describe('noticeboard extract', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
    await copyFile(join(FIXTURES, 'forwarded-gmail.eml'), join(dir, 'good.eml'));
    await copyFile(join(FIXTURES, 'broken-mime.eml'), join(dir, 'bad.eml'));
    await copyFile(join(FIXTURES, 'two.mbox'), join(dir, 'two.mbox'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one JSON line per notice, an error line per unreadable file, and exits 1 after the rest', async () => {
    const { code, stdout } = await run(['extract', '--json', dir]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['bad', 'good', 'two#1', 'two#2']);
    expect(lines[0]).toEqual({ file: join(dir, 'bad.eml'), id: 'bad', code: 'broken-mime', error: expect.stringMatching(/boundary "never-used"/) });
    const good = lines[1]!;
    expect(Object.keys(good)).toEqual([
      'file', 'id', 'provider', 'service', 'kind', 'actionRequired', 'deadline', 'deadlinePrecision', 'dates', 'resources', 'regions', 'accounts',
    ]);
    expect(good).toMatchObject({ file: join(dir, 'good.eml'), id: 'good', kind: expect.any(String), actionRequired: expect.any(Boolean) });
    expect(Array.isArray(good.dates)).toBe(true);
    for (const line of lines.slice(1)) {
      for (const date of line.dates as Array<{ at: string }>) expect(date.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(code).toBe(1);
  });

  it('exits 0 when every file reads', async () => {
    const { code, stdout } = await run(['extract', '--json', join(dir, 'good.eml')]);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(code).toBe(0);
  });

  it('prints a readable summary, with errors on stderr', async () => {
    const { code, stdout, stderr } = await run(['extract', join(dir, 'good.eml'), join(dir, 'bad.eml')]);
    expect(stdout).toContain('[Action Required] Upgrade cluster prod-eu before April 30, 2024');
    expect(stdout).toContain('from notices@example-cloud.com, 2024-03-05 18:12:00Z');
    expect(stdout).toMatch(/deadline {3}/);
    expect(stderr).toContain(`${join(dir, 'bad.eml')}: broken MIME`);
    expect(code).toBe(1);
  });
});

const fact = (overrides: Partial<DatedFact> = {}): DatedFact => ({
  at: new Date('2024-08-22T00:00:00Z'),
  role: 'deadline',
  precision: 'day',
  text: 'August 22, 2024',
  ...overrides,
});

const extraction = (overrides: Partial<Extraction> = {}): Extraction => ({
  provider: 'AWS',
  service: 'Amazon RDS',
  kind: 'certificate',
  actionRequired: true,
  deadline: fact(),
  dates: [fact(), fact({ at: new Date('2024-08-01T09:30:15.250Z'), role: 'window-start', precision: 'second', text: 'Aug 1 09:30:15' })],
  resources: ['db-1'],
  regions: ['eu-west-1'],
  accounts: ['123456789012'],
  ...overrides,
});

describe('toExtractLine', () => {
  it('prints instants in UTC without milliseconds and a day as 00:00 with its precision', () => {
    expect(toExtractLine('a/x.eml', 'x', extraction())).toEqual({
      file: 'a/x.eml', id: 'x', provider: 'AWS', service: 'Amazon RDS', kind: 'certificate', actionRequired: true,
      deadline: '2024-08-22T00:00:00Z', deadlinePrecision: 'day',
      dates: [
        { at: '2024-08-22T00:00:00Z', role: 'deadline', text: 'August 22, 2024', precision: 'day' },
        { at: '2024-08-01T09:30:15Z', role: 'window-start', text: 'Aug 1 09:30:15', precision: 'second' },
      ],
      resources: ['db-1'], regions: ['eu-west-1'], accounts: ['123456789012'],
    });
  });

  it('gives null deadline and precision when nothing is due', () => {
    expect(toExtractLine('x.eml', 'x', extraction({ deadline: null }))).toMatchObject({ deadline: null, deadlinePrecision: null });
  });

  it.each([
    [new Date('2024-08-22T23:59:59.999Z'), 'day', '2024-08-22T00:00:00Z'],
    [new Date('2024-08-22T10:12:59.999Z'), 'minute', '2024-08-22T10:12:00Z'],
    [new Date('2024-08-22T10:12:59.999Z'), 'second', '2024-08-22T10:12:59Z'],
    [new Date('2024-02-29T00:00:00Z'), 'second', '2024-02-29T00:00:00Z'],
  ] as const)('isoInstant(%s, %s) = %s', (at, precision, expected) => {
    expect(isoInstant(at, precision)).toBe(expected);
  });
});
