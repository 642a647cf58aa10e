import { beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { LOUDNESS, type Team } from '../../src/domain/policy.ts';
import { DAY, MIN, aTask } from '../builders/reminder-builders.ts';
import { END, LADDERS, START, TEAMS, randomTasks, walk, type Send, type WalkTask } from './reminder-walk.ts';

const at = (iso: string) => Date.parse(iso);
const deadline = (iso: string) => ({ at: new Date(iso), role: 'deadline' as const, precision: 'minute' as const, text: '' });
const created = { createdAt: new Date(START), updatedAt: new Date(START) };

/** Tasks whose whole sequence is written out below, worked out by hand from the ladder and the calendar. */
const KNOWN: WalkTask[] = [
  {
    // UTC, nobody ever schedules it: the deadline step is a step louder, overdue alerts daily until done.
    task: aTask({ id: 1, team: 'utc', deadline: deadline('2024-03-15T12:00:00Z'), ...created }),
    events: [{ at: at('2024-03-20T09:30:00Z'), kind: 'patch', patch: { state: 'done' } }],
  },
  {
    // Berlin across the spring DST change; d-3 and d-2 fall on the weekend and d-1 (critical) supersedes them.
    task: aTask({ id: 2, team: 'berlin', state: 'scheduled', deadline: deadline('2024-04-02T00:00:00Z'), ...created }),
    events: [{ at: at('2024-04-04T10:00:00Z'), kind: 'patch', patch: { state: 'done' } }],
  },
  {
    // New York: approved with a window before the deadline, so only the window is reminded before it.
    task: aTask({ id: 3, team: 'ny', ladder: 'default', leadTimeMinutes: 21 * 1440, deadline: deadline('2024-05-01T16:00:00Z'), ...created }),
    events: [
      { at: at('2024-03-01T15:00:00Z'), kind: 'patch', patch: { state: 'acknowledged', owner: 'U0OWNER' } },
      { at: at('2024-04-05T14:00:00Z'), kind: 'patch', patch: { state: 'scheduled', window: { start: new Date('2024-04-20T06:00:00Z'), end: new Date('2024-04-20T08:00:00Z') } } },
      { at: at('2024-04-05T15:00:00Z'), kind: 'patch', patch: { state: 'approved' } },
      { at: at('2024-05-01T18:00:00Z'), kind: 'patch', patch: { state: 'done' } },
    ],
  },
  {
    // Unscheduled past a 10-day lead time, then the deadline moves: re-laddered, nothing replayed.
    task: aTask({ id: 4, team: 'utc', leadTimeMinutes: 10 * 1440, deadline: deadline('2024-02-20T00:00:00Z'), ...created }),
    events: [
      { at: at('2024-02-08T12:00:00Z'), kind: 'move', deadline: at('2024-03-20T00:00:00Z') },
      { at: at('2024-03-20T06:00:00Z'), kind: 'patch', patch: { state: 'dismissed' } },
    ],
  },
  {
    // Snoozed far too long: held only until the first critical step.
    task: aTask({ id: 5, team: 'utc', state: 'scheduled', deadline: deadline('2024-03-01T00:00:00Z'), ...created }),
    events: [
      { at: at('2024-02-15T10:00:00Z'), kind: 'patch', patch: { snoozedUntil: new Date('2024-03-10T00:00:00Z') } },
      { at: at('2024-03-03T12:00:00Z'), kind: 'patch', patch: { state: 'done' } },
    ],
  },
];

const EXPECTED: Record<number, [number, string, string, string][]> = {
  1: [
    [1, 'd-60', 'thread', '2024-01-15T12:00'], [1, 'd-30', 'thread', '2024-02-14T12:00'], [1, 'd-14', 'channel', '2024-03-01T12:00'],
    [1, 'd-7', 'channel', '2024-03-08T12:00'], [1, 'd-3', 'dm', '2024-03-12T12:00'], [1, 'd-2', 'dm', '2024-03-13T12:00'],
    [1, 'd-1', 'here', '2024-03-14T12:00'], [1, 'deadline', 'overdue', '2024-03-15T12:00'], [1, 'overdue', 'overdue', '2024-03-16T12:00'],
    [1, 'overdue#2', 'overdue', '2024-03-17T12:00'], [1, 'overdue#3', 'overdue', '2024-03-18T12:00'], [1, 'overdue#4', 'overdue', '2024-03-19T12:00'],
  ],
  2: [
    [1, 'd-60', 'thread', '2024-02-02T07:00'], [1, 'd-30', 'thread', '2024-03-04T07:00'], [1, 'd-14', 'channel', '2024-03-19T07:00'],
    [1, 'd-7', 'channel', '2024-03-26T07:00'], [1, 'd-1', 'here', '2024-04-01T00:00'], [1, 'deadline', 'here', '2024-04-02T00:00'],
    [1, 'overdue', 'overdue', '2024-04-03T00:00'], [1, 'overdue#2', 'overdue', '2024-04-04T00:00'],
  ],
  3: [
    [1, 'd-60', 'thread', '2024-03-04T12:00'], [1, 'd-30', 'thread', '2024-04-01T16:00'],
    [1, 'window-opens:2024-04-20T06:00:00.000Z', 'channel', '2024-04-19T11:00'],
    [1, 'window-closed:2024-04-20T08:00:00.000Z', 'channel', '2024-04-22T11:00'], [1, 'deadline', 'here', '2024-05-01T16:00'],
  ],
  4: [
    [1, 'd-30', 'thread', '2024-01-21T00:00'], [1, 'd-14', 'channel', '2024-02-06T00:00'],
    [2, 'd-30', 'thread', '2024-02-19T00:00'], [2, 'd-14', 'channel', '2024-03-06T00:00'], [2, 'lead-time', 'dm', '2024-03-10T00:00'],
    [2, 'd-7', 'dm', '2024-03-13T00:00'], [2, 'd-3', 'here', '2024-03-17T00:00'], [2, 'd-2', 'here', '2024-03-18T00:00'],
    [2, 'd-1', 'here', '2024-03-19T00:00'], [2, 'deadline', 'overdue', '2024-03-20T00:00'],
  ],
  5: [
    [1, 'd-60', 'thread', '2024-01-01T00:00'], [1, 'd-30', 'thread', '2024-01-31T00:00'], [1, 'd-1', 'here', '2024-02-29T00:00'],
    [1, 'deadline', 'here', '2024-03-01T00:00'], [1, 'overdue', 'overdue', '2024-03-02T00:00'], [1, 'overdue#2', 'overdue', '2024-03-03T00:00'],
  ],
};

const SCENARIO = [...KNOWN, ...randomTasks(6, 195, 20240101)];
const rank = (s: Send) => LOUDNESS.indexOf(s.loudness);
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
const byTask = (sends: Send[], id: number) => sends.filter((s) => s.taskId === id).sort((a, b) => a.at - b.at);

function quiet(t: number, team: Team): boolean {
  const local = DateTime.fromMillis(t, { zone: team.timeZone });
  if (!team.workingDays.includes(local.weekday)) return true;
  if (!team.quietHours) return false;
  const hm = local.toFormat('HH:mm');
  const { start, end } = team.quietHours;
  return start < end ? hm >= start && hm < end : hm >= start || hm < end;
}

/** Every rule a walk must keep, for every task; returns what broke, empty when nothing did. */
function violations(scenario: WalkTask[], sends: Send[]): string[] {
  const problems: string[] = [];
  for (const { task, events } of scenario) {
    const team = TEAMS.find((t) => t.id === task.team)!;
    const ladder = LADDERS.get(task.ladder)!;
    const offsets = new Map(ladder.steps.map((s) => [s.id, s]));
    const last = ladder.steps.at(-1)!;
    const critical = (stepId: string) => offsets.get(stepId)?.critical ?? (stepId.startsWith(`${last.id}#`) && last.critical);
    const deadlines = [task.deadline!.at.getTime(), ...events.flatMap((e) => (e.kind === 'move' ? [e.deadline] : []))];
    const closedAt = events.find((e) => e.kind === 'patch' && (e.patch.state === 'done' || e.patch.state === 'dismissed'))?.at ?? Infinity;
    const windows = events.flatMap((e) => (e.kind === 'patch' && e.patch.window ? [e.patch.window.start.getTime()] : []));
    const mine = byTask(sends, task.id);
    const say = (s: Send, what: string) => problems.push(`task ${task.id} ${s.stepId} v${s.version} at ${iso(s.at)}: ${what}`);
    const keys = new Set<string>();
    mine.forEach((s, i) => {
      const due = deadlines[s.version - 1]!;
      const key = `${s.version}|${s.stepId}`;
      if (keys.has(key)) say(s, 'sent twice');
      keys.add(key);
      if (i > 0 && mine[i - 1]!.at === s.at) say(s, 'two steps in one tick');
      if (s.at < task.createdAt.getTime()) say(s, 'before the task existed');
      if (s.at >= closedAt) say(s, 'after done or dismissed');
      const preDeadline = (offsets.get(s.stepId)?.offsetMinutes ?? 0) < 0 || s.stepId === 'lead-time' || s.stepId.startsWith('window-');
      if (preDeadline && s.at > due) say(s, `after the deadline ${iso(due)}`);
      const atBound = s.at === due || windows.includes(s.at);
      if (quiet(s.at, team) && !critical(s.stepId) && !atBound) say(s, 'in quiet hours');
      const prev = mine[i - 1];
      const changed = events.some((e) => prev && e.at > prev.at && e.at <= s.at);
      if (prev && prev.version === s.version && s.at < due && !changed && rank(s) < rank(prev)) say(s, `quieter than ${prev.stepId}`);
    });
    for (const e of events) {
      if (e.kind !== 'patch' || !e.patch.snoozedUntil) continue;
      const moves = events.filter((m) => m.kind === 'move' && m.at <= e.at).length;
      const current = deadlines[moves]!;
      const firstCritical = Math.min(...ladder.steps.filter((s) => s.critical).map((s) => current + s.offsetMinutes * MIN));
      const end = Math.min(e.patch.snoozedUntil.getTime(), firstCritical, current);
      const quietAgain = events.some((o) => o !== e && o.at > e.at && o.at < end);
      if (!quietAgain) mine.filter((s) => s.at > e.at && s.at < end).forEach((s) => say(s, 'while snoozed'));
    }
  }
  return problems;
}

describe('six months of reminders, minute by minute, for 200 tasks', () => {
  let baseline: Awaited<ReturnType<typeof walk>>;
  beforeAll(async () => {
    baseline = await walk(SCENARIO);
  });

  it('ticks every minute of the six months', () => {
    expect(baseline.ticks).toBe((END - START) / MIN + 1);
    expect(baseline.sends.length).toBeGreaterThan(1000);
  });

  it.each(Object.keys(EXPECTED).map(Number))('task %i gets exactly the steps worked out by hand', (id) => {
    const actual = byTask(baseline.sends, id).map((s) => [s.version, s.stepId, s.loudness, iso(s.at)]);
    expect(actual).toEqual(EXPECTED[id]);
  });

  it('keeps every rule for every task', () => {
    expect(violations(SCENARIO, baseline.sends)).toEqual([]);
  });

  it('records every step it sends or skips once, with the sends matching the outbox', () => {
    for (const { task } of SCENARIO) {
      const records = baseline.store.records(task.id);
      const sent = records.filter((r) => r.outcome === 'sent').map((r) => `${r.deadlineVersion}|${r.stepId}`);
      expect(sent.sort()).toEqual(byTask(baseline.sends, task.id).map((s) => `${s.version}|${s.stepId}`).sort());
    }
  });

  describe('with the scheduler restarted, and later down for ten days', () => {
    const restart = { from: START + 75 * DAY + 9 * 60 * MIN, until: START + 75 * DAY + 9 * 60 * MIN + 3 * MIN };
    const down = { from: START + 100 * DAY, until: START + 110 * DAY + 10 * 60 * MIN };
    let interrupted: Awaited<ReturnType<typeof walk>>;
    beforeAll(async () => {
      interrupted = await walk(SCENARIO, [restart, down]);
    });

    it('keeps every rule for every task', () => {
      expect(violations(SCENARIO, interrupted.sends)).toEqual([]);
    });

    it('a restart changes nothing but the minutes it was down', () => {
      const outside = (sends: Send[]) => sends.filter((s) => (s.at < restart.from || s.at > restart.until) && s.at < down.from);
      expect(outside(interrupted.sends)).toEqual(outside(baseline.sends));
      expect(interrupted.sends.filter((s) => s.at >= restart.from && s.at < restart.until)).toEqual([]);
    });

    it('ten days down: no backlog, no duplicate, one catch-up step per task, then the ladder as before', () => {
      expect(interrupted.sends.filter((s) => s.at >= down.from && s.at < down.until)).toEqual([]);
      let catchUps = 0;
      for (const { task, events } of SCENARIO) {
        if (events.some((e) => e.at >= down.from && e.at <= down.until)) continue;
        const key = (s: Send) => `${s.version}|${s.stepId}`;
        const gap = byTask(baseline.sends, task.id).filter((s) => s.at >= down.from && s.at < down.until);
        const after = byTask(baseline.sends, task.id).filter((s) => s.at >= down.until);
        const resumed = byTask(interrupted.sends, task.id).filter((s) => s.at >= down.until);
        const extra = resumed.filter((s) => !after.some((a) => key(a) === key(s)));
        expect(extra.length, `task ${task.id}`).toBeLessThanOrEqual(1);
        expect(resumed.filter((s) => !extra.includes(s)), `task ${task.id}`).toEqual(after);
        const last = gap.at(-1);
        if (!last) expect(extra, `task ${task.id}`).toEqual([]);
        if (extra[0] && last) expect(key(extra[0])).toBe(key(last));
        const ladder = LADDERS.get(task.ladder)!;
        const critical = last && (ladder.steps.find((s) => s.id === last.stepId.split('#')[0])?.critical ?? false);
        if (last && critical) expect(extra.map((s) => [key(s), s.at]), `task ${task.id}`).toEqual([[key(last), down.until]]);
        if (extra.length > 0) catchUps += 1;
      }
      expect(catchUps).toBeGreaterThan(10);
    });
  });
});
