import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { openStore } from '../../src/adapters/store/index.ts';
import type { Store } from '../../src/app/ports.ts';
import { makeDigest } from '../../src/app/send-digest.ts';
import { validateBlocks } from '../../src/domain/blocks/validate.ts';
import type { Team } from '../../src/domain/policy.ts';
import { aDeadline, aNewTask } from '../builders/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'nb-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const team = (id: string, overrides: Partial<Team> = {}): Team => ({
  id,
  channel: `#${id}-notices`,
  members: [],
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  quietHours: null,
  escalation: { users: [], channel: null },
  roles: { owner: ['U0OWNER001'] },
  ...overrides,
});

const teams = {
  platform: team('platform'),
  data: team('data', { timeZone: 'America/New_York', digest: { weekday: 5, time: '16:00' } }),
  quiet: team('quiet', { digest: null }),
};

// Monday 31 March 2025, 09:00 in Berlin: the first Monday of summer time.
const MONDAY_9_CEST = new Date('2025-03-31T07:00:00Z');

describe('the weekly digest', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(`file:${join(dir, `${Math.random().toString(36).slice(2)}.db`)}`);
  });
  afterEach(async () => {
    await store.close();
  });

  const digest = () => makeDigest({ store, rules: { teams }, clock: new ManualClock(MONDAY_9_CEST), log: silentLogger });
  const pending = (limit: number) =>
    store.outbox.claimDue({ now: new Date('2030-01-01T00:00:00Z'), limit, leaseUntil: new Date('2030-01-01T00:01:00Z'), perChannel: limit, skipChannels: [] });
  const queued = async () => (await pending(100)).map((m) => [m.dedupeKey, m.channel]);

  it("renders one team's open tasks and this week's done tasks, within Block Kit limits", async () => {
    await store.tasks.insert(aNewTask({ team: 'platform', title: 'Rotate the RDS CA', deadline: aDeadline('2025-04-02') }));
    await store.tasks.insert(aNewTask({ team: 'data', title: 'Upgrade Postgres 12' }));
    await store.tasks.insert(aNewTask({ team: 'platform', title: 'Renewed api certificate', state: 'done', updatedAt: new Date('2025-03-28T10:00:00Z') }));
    await store.tasks.insert(aNewTask({ team: 'platform', title: 'Done long ago', state: 'done', updatedAt: new Date('2025-03-20T10:00:00Z') }));

    const message = await digest().render('platform', MONDAY_9_CEST);

    expect(message?.text).toBe('Weekly digest for platform (2025-W14): 1 open · 0 overdue · 0 waiting for sign-off · 1 done this week');
    expect(validateBlocks(message?.blocks, 'message')).toEqual([]);
    const text = JSON.stringify(message?.blocks);
    expect(text).toContain('Rotate the RDS CA');
    expect(text).toContain('Renewed api certificate');
    expect(text).not.toContain('Upgrade Postgres 12');
    expect(text).not.toContain('Done long ago');
    expect(await digest().render('finance', MONDAY_9_CEST)).toBeNull();
  });

  it('is due per team at its own weekday and local time, never for a team that turned it off', () => {
    const due = digest().dueDigests(MONDAY_9_CEST, new Map());
    expect(due).toEqual([
      { team: 'platform', at: MONDAY_9_CEST, week: '2025-W14', dedupeKey: 'digest:platform:2025-W14' },
      // Friday 28 March, 16:00 in New York (EDT since 9 March).
      { team: 'data', at: new Date('2025-03-28T20:00:00Z'), week: '2025-W13', dedupeKey: 'digest:data:2025-W13' },
    ]);
    const sent = new Map([['platform', MONDAY_9_CEST], ['data', new Date('2025-03-28T20:00:00Z')]]);
    expect(digest().dueDigests(new Date('2025-04-04T19:59:59Z'), sent)).toEqual([]);
    expect(digest().dueDigests(new Date('2025-04-04T20:00:00Z'), sent).map((d) => d.dedupeKey)).toEqual(['digest:data:2025-W14']);
  });

  it('queues each team digest once a week, across ticks and restarts', async () => {
    const only = { platform: teams.platform, quiet: teams.quiet };
    const first = makeDigest({ store, rules: { teams: only }, clock: new ManualClock(MONDAY_9_CEST) });

    expect(await first.tick(MONDAY_9_CEST)).toEqual({ queued: ['platform'], alreadySent: [], failed: [] });
    expect(await first.tick(new Date('2025-03-31T08:00:00Z'))).toEqual({ queued: [], alreadySent: [], failed: [] });
    const restarted = makeDigest({ store, rules: { teams: only }, clock: new ManualClock(MONDAY_9_CEST) });
    expect(await restarted.tick(new Date('2025-03-31T09:00:00Z'))).toEqual({ queued: [], alreadySent: ['platform'], failed: [] });
    expect(await restarted.tick(new Date('2025-04-07T06:59:59Z'))).toEqual({ queued: [], alreadySent: [], failed: [] });
    expect(await restarted.tick(new Date('2025-04-07T07:00:00Z'))).toEqual({ queued: ['platform'], alreadySent: [], failed: [] });

    const rows = await pending(100);
    expect(rows.map((m) => [m.dedupeKey, m.channel])).toEqual([
      ['digest:platform:2025-W14', '#platform-notices'],
      ['digest:platform:2025-W15', '#platform-notices'],
    ]);
    const [row] = rows;
    expect(row?.method).toBe('chat.postMessage');
    expect(validateBlocks((row?.args as { blocks: unknown }).blocks, 'message')).toEqual([]);
  });

  it('tries again on the next tick when queueing fails', async () => {
    let failures = 1;
    const flaky: Store = {
      ...store,
      transaction: (fn) => (failures-- > 0 ? Promise.reject(new Error('database is locked')) : store.transaction(fn)),
    };
    const d = makeDigest({ store: flaky, rules: { teams: { platform: teams.platform } }, clock: new ManualClock(MONDAY_9_CEST), log: silentLogger });
    expect(await d.tick(MONDAY_9_CEST)).toEqual({ queued: [], alreadySent: [], failed: ['platform'] });
    expect(await d.tick(new Date('2025-03-31T07:01:00Z'))).toEqual({ queued: ['platform'], alreadySent: [], failed: [] });
    expect(await queued()).toEqual([['digest:platform:2025-W14', '#platform-notices']]);
  });
});
