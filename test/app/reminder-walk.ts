import { createReminderTick, type ReminderPolicy } from '../../src/app/send-reminders.ts';
import { MemoryReminderStore } from '../../src/app/reminder-store-memory.ts';
import type { ReminderStore } from '../../src/app/ports.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { defaultLadder, tuneLadder } from '../../src/domain/ladder.ts';
import type { Ladder, Loudness, Team } from '../../src/domain/policy.ts';
import type { Task } from '../../src/domain/task.ts';
import { DAY, HOUR, MIN, aTask, aTeam } from '../builders/reminder-builders.ts';

/** Six months of simulated time, minute by minute, for a set of tasks and the events people cause. */
export const START = Date.parse('2024-01-01T00:00:00Z');
export const END = START + 183 * DAY;

export const TEAMS: Team[] = [
  aTeam({ id: 'utc' }),
  aTeam({ id: 'berlin', timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], quietHours: { start: '20:00', end: '08:00' } }),
  aTeam({ id: 'ny', timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5], quietHours: { start: '21:00', end: '07:00' }, ladder: 'short' }),
  aTeam({ id: 'tokyo', timeZone: 'Asia/Tokyo', quietHours: { start: '22:00', end: '07:00' } }),
  aTeam({ id: 'sydney', timeZone: 'Australia/Sydney', workingDays: [1, 2, 3, 4, 5], quietHours: { start: '19:00', end: '09:00' }, ladder: 'tuned' }),
];

const short: Ladder = {
  id: 'short',
  description: 'a week of notice, then every 12 hours overdue',
  steps: [
    { id: 'd-7', offsetMinutes: -7 * 1440, loudness: 'thread', critical: false },
    { id: 'd-2', offsetMinutes: -2 * 1440, loudness: 'dm', critical: false },
    { id: 'h-4', offsetMinutes: -240, loudness: 'here', critical: true },
    { id: 'due', offsetMinutes: 0, loudness: 'overdue', critical: true },
  ],
  repeatOverdueMinutes: 720,
};
const tuned = tuneLadder(defaultLadder(), { 'd-60': -45 * 1440, 'd-1': -36 * 60 }, 'tuned');
if (!tuned.ok) throw new Error(tuned.problems.join('; '));
export const LADDERS = new Map<string, Ladder>([['default', defaultLadder()], ['short', short], ['tuned', tuned.ladder]]);

export const policy: ReminderPolicy = {
  ladder: (id) => LADDERS.get(id),
  team: (id) => TEAMS.find((t) => t.id === id),
};

export type WalkEvent =
  | { at: number; kind: 'patch'; patch: Partial<Task> }
  | { at: number; kind: 'move'; deadline: number };

export interface WalkTask {
  task: Task;
  events: WalkEvent[];
}

export interface Send {
  taskId: number;
  version: number;
  stepId: string;
  loudness: Loudness;
  at: number;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const minute = (t: number) => Math.floor(t / MIN) * MIN;

/** Tasks with assorted deadlines, ladders, zones and sign-off events; the same ones for a given seed. */
export function randomTasks(firstId: number, count: number, seed: number): WalkTask[] {
  const rnd = mulberry32(seed);
  const between = (a: number, b: number) => minute(a + rnd() * Math.max(0, b - a));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: WalkTask[] = [];
  for (let id = firstId; id < firstId + count; id++) {
    const team = pick(TEAMS);
    const deadline = between(START + 2 * DAY, START + 200 * DAY);
    const createdAt = between(START, Math.min(deadline - DAY, END - 10 * DAY));
    const task = aTask({
      id,
      fingerprint: `fp-${id}`,
      title: `Task ${id}`,
      team: team.id,
      channel: team.channel,
      ladder: team.ladder ?? pick(['default', 'default', 'short']),
      leadTimeMinutes: pick([0, 7, 10, 21]) * 1440,
      deadline: { at: new Date(deadline), role: 'deadline', precision: 'minute', text: '' },
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    });
    const events: WalkEvent[] = [];
    let t = createdAt;
    if (rnd() < 0.6) {
      t = between(t + MIN, deadline);
      events.push({ at: t, kind: 'patch', patch: { state: 'acknowledged', owner: 'U0OWNER' } });
      if (rnd() < 0.5) {
        t = between(t + MIN, deadline);
        const late = rnd() < 0.2;
        const start = late ? deadline + DAY : between(t + HOUR, deadline - 3 * HOUR);
        events.push({ at: t, kind: 'patch', patch: { state: 'scheduled', window: { start: new Date(start), end: new Date(start + 2 * HOUR) } } });
        if (rnd() < 0.7) events.push({ at: (t = between(t + MIN, Math.max(t + MIN, start))), kind: 'patch', patch: { state: 'approved' } });
      }
    }
    if (rnd() < 0.3) {
      const at = between(createdAt + MIN, deadline + 5 * DAY);
      events.push({ at, kind: 'patch', patch: { snoozedUntil: new Date(at + between(DAY, 20 * DAY)) } });
    }
    if (rnd() < 0.2) {
      const at = between(createdAt + MIN, deadline);
      events.push({ at, kind: 'move', deadline: Math.max(at + DAY, between(deadline - 20 * DAY, deadline + 30 * DAY)) });
    }
    const close = rnd();
    if (close < 0.6) {
      const at = between(Math.max(t, createdAt) + MIN, deadline + 10 * DAY);
      events.push({ at, kind: 'patch', patch: { state: close < 0.5 ? 'done' : 'dismissed' } });
    }
    events.sort((a, b) => a.at - b.at);
    const closing = events.findIndex((e) => e.kind === 'patch' && (e.patch.state === 'done' || e.patch.state === 'dismissed'));
    out.push({ task, events: closing < 0 ? events : events.slice(0, closing + 1) });
  }
  return out;
}

export interface Outage {
  /** The scheduler is down from `from` (inclusive) to `until`, where a new one starts over the same store. */
  from: number;
  until: number;
}

/** What a walk needs of a store: the scheduler's port, and tasks arriving and changing as people and notices change them. */
export interface WalkStore {
  reminders: ReminderStore;
  put(task: Task): unknown;
  update(id: number, at: Date, patch: Partial<Task>): unknown;
  moveDeadline(id: number, at: Date, deadline: Date): unknown;
}

export const memoryWalkStore = (store: MemoryReminderStore): WalkStore => ({
  reminders: store,
  put: (task) => store.put(task),
  update: (id, at, patch) => store.update(id, at, patch),
  moveDeadline: (id, at, deadline) => store.moveDeadline(id, at, deadline),
});

/** Walk the clock minute by minute from `start` to `end`; every minute the scheduler ticks, unless it is down. */
export async function walkOn(store: WalkStore, tasks: WalkTask[], options: { outages?: Outage[]; start?: number; end?: number } = {}) {
  const { outages = [], start = START, end = END } = options;
  const deps = { store: store.reminders, policy, log: silentLogger };
  let tick = createReminderTick(deps);
  const timeline = tasks
    .flatMap(({ task, events }) => [{ at: task.createdAt.getTime(), run: () => store.put(task) }, ...events.map((e) => ({ at: e.at, run: () => apply(store, task.id, e) }))])
    .sort((a, b) => a.at - b.at);
  let next = 0;
  let ticks = 0;
  for (let t = start; t <= end; t += MIN) {
    while (next < timeline.length && (timeline[next]?.at ?? Infinity) <= t) await timeline[next++]?.run();
    if (outages.some((o) => t >= o.from && t < o.until)) continue;
    if (outages.some((o) => t === o.until)) tick = createReminderTick(deps);
    await tick(new Date(t));
    ticks += 1;
  }
  return ticks;
}

export async function walk(tasks: WalkTask[], outages: Outage[] = []) {
  const store = new MemoryReminderStore();
  const ticks = await walkOn(memoryWalkStore(store), tasks, { outages });
  return { store, ticks, sends: sendsOf(store) };
}

function apply(store: WalkStore, id: number, e: WalkEvent): unknown {
  const at = new Date(e.at);
  return e.kind === 'move' ? store.moveDeadline(id, at, new Date(e.deadline)) : store.update(id, at, e.patch);
}

/** One entry per step that went out (a step may post several messages), in the order queued. */
export function sendsOf(store: MemoryReminderStore): Send[] {
  const seen = new Map<string, Send>();
  for (const { message: m, queuedAt } of store.outbox) {
    const key = `${m.taskId}|${m.deadlineVersion}|${m.stepId}`;
    const prior = seen.get(key);
    if (prior && prior.at !== queuedAt.getTime()) throw new Error(`step ${key} queued twice`);
    seen.set(key, { taskId: m.taskId, version: m.deadlineVersion, stepId: m.stepId, loudness: m.loudness, at: queuedAt.getTime() });
  }
  return [...seen.values()];
}
