// What the kill test and the process it kills share: the tasks, the rules and the ticks to run.
import type { Repositories, Store } from '../../../src/app/ports.ts';
import { makeReminderStore } from '../../../src/app/reminder-store.ts';
import { createReminderTick, type ReminderPolicy } from '../../../src/app/send-reminders.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { defaultLadder } from '../../../src/domain/ladder.ts';
import { aNewTask } from '../../builders/index.ts';
import { aTeam, DAY, HOUR, MIN } from '../../builders/reminder-builders.ts';

export const START = Date.parse('2024-03-01T00:00:00Z');
export const END = START + 60 * DAY;
export const STEP = 8 * HOUR;
export const TASKS = 200;

const team = aTeam({ roles: { sre: ['U0ALICE', 'U0BOB'] }, escalation: { users: ['U0BOSS'], channel: 'C0ESCALATE' } });
const ladder = defaultLadder();
export const POLICY: ReminderPolicy = { ladder: (id) => (id === ladder.id ? ladder : undefined), team: (id) => (id === team.id ? team : undefined) };

/**
 * Open tasks created three months before the start and due to be planned at it, deadlines spread
 * over the next sixty days: the first tick sends a step for each (the latest one passed).
 */
export async function seed(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (let i = 0; i < TASKS; i++) {
      const deadline = new Date(START + (1 + (i % 60)) * DAY + (i * 37 % 1440) * MIN);
      const at = new Date(START - 90 * DAY);
      await tx.tasks.insert(
        aNewTask({
          fingerprint: `kill-${i}`,
          title: `Task ${i}`,
          team: team.id,
          channel: team.channel,
          ladder: ladder.id,
          requiredRoles: ['sre'],
          leadTimeMinutes: 0,
          deadline: { at: deadline, role: 'deadline', precision: 'minute', text: '' },
          createdAt: at,
          updatedAt: at,
          nextReminderAt: new Date(START),
        }),
      );
    }
  });
}

export interface TickHooks {
  /** Before each tick, with its instant. */
  tick?(at: Date): void;
  /** After each committed write that recorded steps. */
  recorded?(): void;
}

/** Every tick from `from` to END, every STEP, over the store. */
export async function runTicks(store: Store, from: number, hooks: TickHooks = {}): Promise<void> {
  const reminders = makeReminderStore(store);
  const counted = {
    ...reminders,
    recordAndQueue: async (change: Parameters<typeof reminders.recordAndQueue>[0]) => {
      const result = await reminders.recordAndQueue(change);
      if (result === 'recorded') hooks.recorded?.();
      return result;
    },
  };
  const tick = createReminderTick({ store: counted, policy: POLICY, log: silentLogger });
  for (let t = from; t <= END; t += STEP) {
    hooks.tick?.(new Date(t));
    await tick(new Date(t));
  }
}

export type CrashPhase = 'records' | 'outbox';

/**
 * The store, except that the process SIGKILLs itself inside the `n`th transaction that writes step
 * records, right after writing them (`records`) or after queueing their messages (`outbox`): either
 * way before the commit.
 */
export function crashingStore(store: Store, n: number, phase: CrashPhase): Store {
  let writes = 0;
  const die = (at: CrashPhase) => {
    if (at === phase && writes === n) process.kill(process.pid, 'SIGKILL');
  };
  const wrap = (tx: Repositories): Repositories => ({
    notices: tx.notices,
    tasks: tx.tasks,
    signOffs: tx.signOffs,
    audit: tx.audit,
    cursors: tx.cursors,
    sourceHealth: tx.sourceHealth,
    reminders: {
      ...tx.reminders,
      record: async (taskId, records) => {
        const done = await tx.reminders.record(taskId, records);
        writes += 1;
        die('records');
        return done;
      },
    },
    outbox: {
      ...tx.outbox,
      enqueue: async (rows, now) => {
        const ids = await tx.outbox.enqueue(rows, now);
        die('outbox');
        return ids;
      },
    },
  });
  return { ...store, transaction: (fn) => store.transaction((tx) => fn(wrap(tx))) };
}
