import { afterEach, describe, expect, it } from 'vitest';
import { remindCommand, type ReminderContext } from '../../src/cli/remind.ts';
import { MemoryReminderStore } from '../../src/app/reminder-store-memory.ts';
import { defaultLadder } from '../../src/domain/ladder.ts';
import { DAY, DEADLINE, aTask, aTeam } from '../builders/reminder-builders.ts';

function setup() {
  const store = new MemoryReminderStore();
  store.put(aTask({ id: 7, owner: 'U0ALICE', title: 'Renew <cert> for @here', requiredRoles: ['security'] }), new Date(DEADLINE.getTime() - 30 * DAY));
  store.put(aTask({ id: 8, state: 'done' }), new Date(DEADLINE.getTime() - 30 * DAY));
  const team = aTeam({ roles: { security: ['U0SEC'] } });
  let closed = 0;
  const ctx: ReminderContext = {
    store,
    policy: { ladder: (id) => (id === 'default' ? defaultLadder() : undefined), team: () => team },
    close: async () => void (closed += 1),
  };
  const out: string[] = [];
  const err: string[] = [];
  const run = (...args: string[]) => remindCommand(async () => ctx, { out: (l) => out.push(l), err: (l) => err.push(l) }).parseAsync(args, { from: 'user' });
  return { store, out, err, run, closed: () => closed };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('noticeboard remind --dry-run', () => {
  it('prints the steps due at --now as JSON lines and records nothing', async () => {
    const { store, out, run, closed } = setup();
    await run('--dry-run', '--now', '2024-08-21T00:00:00Z', '--json');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({
      task: 7,
      step: 'd-1',
      loudness: 'here',
      dueAt: '2024-08-21T00:00:00.000Z',
      deadline: '2024-08-22T00:00:00.000Z',
      deadlineVersion: 1,
      channel: 'C0PLATFORM',
      skipped: ['d-60', 'd-30', 'd-14', 'd-7', 'd-3', 'd-2'],
      messages: [{ audience: { channel: 'C0PLATFORM', mention: ['U0ALICE', 'U0BOSS'], here: true } }],
    });
    expect([store.outbox.length, store.records(7), closed(), process.exitCode]).toEqual([0, [], 1, undefined]);
  });

  it('prints a readable line per step and per post', async () => {
    const { out, err, run } = setup();
    await run('--dry-run', '--now', '2024-08-19T00:00:00Z');
    expect(out).toEqual([
      'task 7 d-3 (dm) "Renew <cert> for @here"',
      '  skips d-60, d-30, d-14, d-7',
      '  → C0PLATFORM mentioning U0ALICE',
      '  → DM U0SEC',
    ]);
    expect(err).toEqual(['1 reminder step(s) due at 2024-08-19T00:00:00.000Z']);
  });

  it.each([
    [['--now', '2024-08-19T00:00:00Z'], 'only --dry-run', 2],
    [['--dry-run', '--now', 'tomorrow'], '--now must be an ISO 8601 instant', 2],
    [['--dry-run', '--now', '2024-13-45'], '--now must be an ISO 8601 instant', 2],
  ])('refuses %j with a clear message', async (args, message, code) => {
    const { err, run, store } = setup();
    await run(...args);
    expect(err.join('\n')).toContain(message);
    expect(process.exitCode).toBe(code);
    expect(store.outbox).toEqual([]);
  });

  it('says so when no store is configured', async () => {
    const err: string[] = [];
    await remindCommand(undefined, { out: () => {}, err: (l) => err.push(l) }).parseAsync(['--dry-run'], { from: 'user' });
    expect([err, process.exitCode]).toEqual([['noticeboard remind: no task store is configured'], 1]);
  });
});
