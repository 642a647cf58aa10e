import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../src/adapters/store/memory.ts';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import type { CliContext, RouteNotice } from '../../src/cli/context.ts';
import { runIngest } from '../../src/cli/ingest.ts';
import { runTasks } from '../../src/cli/tasks.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { Extraction } from '../../src/domain/facts.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { ReadResult } from '../../src/readers/index.ts';
import { aDeadline, aNotice, anExtraction } from '../builders/index.ts';

const rds = aNotice({ subject: 'Re: [EXTERNAL] Update your Amazon RDS SSL/TLS certificates' });
const moved = aNotice({ receivedAt: new Date('2024-06-10T00:00:00Z') });
const newsletter = aNotice({ subject: 'Our monthly newsletter' });
const readings = new Map<Notice, Extraction>([
  [rds, anExtraction()],
  [moved, anExtraction({ deadline: aDeadline('2024-09-30') })],
  [newsletter, anExtraction({ actionRequired: false, deadline: null, kind: 'informational', resources: [] })],
]);

/** Routing without a rules folder: action or a deadline → a task for `default`, anything else FYI. */
const defaultRoute: RouteNotice = (_notice, extraction) => ({
  ruleId: 'default',
  disposition: extraction.actionRequired || extraction.deadline !== null ? 'track' : 'fyi',
  team: 'default',
  channel: '',
  requiredRoles: [],
  ladder: 'default',
  leadTimeMinutes: 0,
  reasons: ['no rule matched'],
});

let ctx: CliContext;
let lines: string[];
const out = { print: (line: string) => void lines.push(line) };
beforeEach(() => {
  lines = [];
  const store = openMemoryStore();
  ctx = {
    config: loadConfig({}),
    store,
    log: silentLogger,
    clock: new ManualClock('2024-06-10T12:00:00Z'),
    extract: (notice) => readings.get(notice) ?? anExtraction(),
    loadRouter: async () => (notice, extraction) =>
      notice === newsletter ? { ...defaultRoute(notice, extraction), disposition: 'ignore', ruleId: 'newsletters' } : defaultRoute(notice, extraction),
    close: () => store.close(),
  };
});

async function* files(...results: ReadResult[]): AsyncGenerator<ReadResult> {
  yield* results;
}

describe('noticeboard ingest', () => {
  it('prints a line per notice and per unreadable file, and exits 1 after doing the rest', async () => {
    const read = (path: string): AsyncIterable<ReadResult> => {
      if (path === 'gone/') throw new Error('ENOENT: no such file or directory');
      return files({ file: 'a.eml', id: 'a', notice: rds }, { file: 'bad.eml', id: 'bad', error: 'not an RFC 822 message', code: 'broken-mime' }, { file: 'a-copy.eml', id: 'a-copy', notice: rds });
    };
    const code = await runIngest(['inbox/', 'gone/', 'more/'], {}, ctx, out, read);
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^created +task 1 +a\.eml {2}Re: \[EXTERNAL\] Update/),
      'error     bad.eml: not an RFC 822 message',
      expect.stringMatching(/^duplicate +task 1 +a-copy\.eml/),
      'error     gone/: ENOENT: no such file or directory',
      expect.stringMatching(/^duplicate +task 1 +a\.eml/),
      'error     bad.eml: not an RFC 822 message',
      expect.stringMatching(/^duplicate +task 1 +a-copy\.eml/),
    ]);
  });

  it('prints JSON lines with --json and exits 0 when all went well', async () => {
    const code = await runIngest(['x'], { json: true }, ctx, out, () => files({ file: 'n.eml', id: 'n', notice: newsletter }));
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ file: 'n.eml', outcome: 'ignored', task: null, notice: 1, subject: 'Our monthly newsletter' }]);
  });
});

describe('noticeboard tasks', () => {
  beforeEach(async () => {
    await runIngest(['x'], {}, ctx, out, () => files({ file: 'a.eml', id: 'a', notice: rds }, { file: 'b.eml', id: 'b', notice: moved }, { file: 'c.eml', id: 'c', notice: newsletter }));
    lines = [];
  });

  it('prints each task with its deadline history as JSON', async () => {
    expect(await runTasks({ json: true }, ctx, out)).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({
        id: 1,
        title: 'Update your Amazon RDS SSL/TLS certificates',
        provider: 'aws',
        service: 'rds',
        kind: 'certificate',
        state: 'open',
        deadline: '2024-09-30T00:00:00.000Z',
        deadlinePrecision: 'day',
        resources: ['db-orders-1', 'db-billing-2'],
        team: 'default',
        requiredRoles: [],
        signOffs: [],
        noticeCount: 2,
        deadlineHistory: [{ version: 2, from: '2024-08-22T00:00:00.000Z', to: '2024-09-30T00:00:00.000Z', at: '2024-06-10T12:00:00.000Z', notice: 2 }],
      }),
    ]);
  });

  it('prints tasks for people', async () => {
    await runTasks({}, ctx, out);
    expect(lines.join('\n')).toContain('deadline moved: 2024-08-22 → 2024-09-30 (v2, 2024-06-10)');
    expect(lines.join('\n')).toMatch(/^#1 {2}open +2024-09-30 +aws\/rds certificate: Update your Amazon RDS/);
  });

  it('lists ignored notices with --ignored', async () => {
    await runTasks({ ignored: true, json: true }, ctx, out);
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ id: 3, subject: 'Our monthly newsletter', rule: 'newsletters' })]);
  });
});
