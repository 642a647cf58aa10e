// `node bin/run-ts.js bench/scheduler.ts [--sqlite] [--sizes 10000,100000]`: the reminder tick over
// many open tasks, in the memory twin or (`--sqlite`) the SQLite store.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReminderTick, type ReminderPolicy } from '../src/app/send-reminders.ts';
import { MemoryReminderStore } from '../src/app/reminder-store-memory.ts';
import { sqliteBenchStore, type BenchStore } from './scheduler-sqlite.ts';
import { silentLogger } from '../src/adapters/log.ts';
import { defaultLadder } from '../src/domain/ladder.ts';
import type { Team } from '../src/domain/policy.ts';
import type { Task } from '../src/domain/task.ts';

const COMMAND = 'node bin/run-ts.js bench/scheduler.ts';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A Monday: the first morning after the start collects every step quiet hours held overnight. */
const START = Date.parse('2024-03-04T00:00:00Z');

const team = (id: string, timeZone: string, quietHours: Team['quietHours'], workingDays = [1, 2, 3, 4, 5]): Team => ({
  id, channel: `C${id.toUpperCase()}`, members: [], timeZone, workingDays, quietHours,
  escalation: { users: ['U0LEAD'], channel: null }, roles: { owner: ['U0OWNER'] },
});
const TEAMS = [
  team('utc', 'UTC', null, [1, 2, 3, 4, 5, 6, 7]),
  team('berlin', 'Europe/Berlin', { start: '20:00', end: '08:00' }),
  team('ny', 'America/New_York', { start: '21:00', end: '07:00' }),
  team('tokyo', 'Asia/Tokyo', { start: '22:00', end: '07:00' }),
];
const POLICY: ReminderPolicy = {
  ladder: (id) => (id === 'default' ? defaultLadder() : undefined),
  team: (id) => TEAMS.find((t) => t.id === id),
};

/** Open tasks, deadlines spread over the next six months at random minutes; the same ones every run. */
export function benchTasks(count: number): Task[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i): Task => {
    const t = TEAMS[i % TEAMS.length] ?? TEAMS[0]!;
    const deadline = START + DAY + Math.floor(rnd() * 180 * 24 * 60) * MINUTE;
    return {
      id: i + 1, fingerprint: `bench-${i + 1}`, title: `Bench task ${i + 1}`, provider: 'aws', service: 'rds',
      kind: 'certificate', state: i % 3 === 0 ? 'acknowledged' : 'open',
      deadline: { at: new Date(deadline), role: 'deadline', precision: 'minute', text: '' }, deadlineVersion: 1,
      resources: [], regions: [], accounts: [], team: t.id, channel: t.channel, ruleId: 'bench', ladder: 'default',
      leadTimeMinutes: 14 * 24 * 60, requiredRoles: ['owner'], signOffs: [], owner: i % 3 === 0 ? 'U0OWNER' : null,
      window: null, dismissReason: null, snoozedUntil: null, noticeCount: 1, createdAt: new Date(START), updatedAt: new Date(START),
      notes: null, slackPost: null, nextReminderAt: new Date(START), lastNoticeAt: new Date(START),
    };
  });
}

export type StoreFactory = (tasks: Task[]) => Promise<BenchStore>;

export const memoryStore: StoreFactory = async (tasks) => {
  const store = new MemoryReminderStore();
  for (const task of tasks) store.put(task);
  return store;
};

export interface TickFigures {
  tasks: number;
  /** The first tick after loading, when every task is due to be planned once. */
  planAllMs: number;
  ticks: number;
  medianMs: number;
  /** CPU time of the process over the median tick: the machine may be shared, wall time then overstates. */
  medianCpuMs: number;
  p90Ms: number;
  maxMs: number;
  maxCpuMs: number;
  maxDue: number;
  planAllCpuMs: number;
  meanDue: number;
  /** Steps sent and messages queued over the first tick and the ticks after it. */
  sent: number;
  messages: number;
  notes: string;
}

const cpuMs = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** One store of `count` open tasks; plan them all, then tick minute by minute from a Monday 05:00 UTC. */
export async function measureTicks(count: number, makeStore: StoreFactory = memoryStore, ticks = 181): Promise<TickFigures> {
  const store = await makeStore(benchTasks(count));
  const tick = createReminderTick({ store, policy: POLICY, log: silentLogger, batchSize: 1000, maxBatches: 1000 });
  let t0 = performance.now();
  const planCpu = process.cpuUsage();
  const first = await tick(new Date(START));
  let sent = first.sent;
  let messages = first.messages;
  const planAllMs = performance.now() - t0;
  const planAllCpuMs = cpuMs(process.cpuUsage(planCpu));
  const times: number[] = [];
  const cpu: number[] = [];
  const due: number[] = [];
  // 05:00 to 08:00 UTC covers the start of the working day in Berlin and the end of it in Tokyo.
  for (let i = 0; i < ticks; i++) {
    const now = new Date(START + 5 * 60 * MINUTE + i * MINUTE);
    t0 = performance.now();
    const c0 = process.cpuUsage();
    const report = await tick(now);
    times.push(performance.now() - t0);
    cpu.push(cpuMs(process.cpuUsage(c0)));
    due.push(report.tasks);
    sent += report.sent;
    messages += report.messages;
  }
  const notes = (await store.notes?.()) ?? '';
  await store.close?.();
  return {
    tasks: count, planAllMs, planAllCpuMs, ticks, medianMs: quantile(times, 0.5), medianCpuMs: quantile(cpu, 0.5),
    p90Ms: quantile(times, 0.9), maxMs: Math.max(...times), maxCpuMs: Math.max(...cpu),
    maxDue: Math.max(...due), meanDue: due.reduce((a, b) => a + b, 0) / due.length, sent, messages, notes,
  };
}

export async function runSchedulerBench(makeStore: StoreFactory = memoryStore, sizes = [10_000, 100_000]) {
  const figures: TickFigures[] = [];
  for (const size of sizes) figures.push(await measureTicks(size, makeStore));
  return { figures, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function print(result: Awaited<ReturnType<typeof runSchedulerBench>>, engine: string, command: string): void {
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`reminder scheduler tick, ${engine} — ${command}`);
  for (const f of result.figures) {
    console.log(
      `  ${f.tasks} open tasks: median ${ms(f.medianMs)} (CPU ${ms(f.medianCpuMs)}) over ${f.ticks} one-minute ticks (p90 ${ms(f.p90Ms)}, ` +
        `max ${ms(f.maxMs)} (CPU ${ms(f.maxCpuMs)}) for ${f.maxDue} due; ${f.meanDue.toFixed(1)} due per tick on average); ` +
        `first tick planning all ${f.tasks}: ${ms(f.planAllMs)} (CPU ${ms(f.planAllCpuMs)}); ` +
        `${f.sent} steps sent, ${f.messages} messages queued${f.notes ? `; ${f.notes}` : ''}`,
    );
  }
  console.log(`  peak memory (process.resourceUsage().maxRSS): ${result.maxRssMb.toFixed(0)} MB`);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const args = process.argv.slice(2);
  const sqlite = args.includes('--sqlite');
  const sizesAt = args.indexOf('--sizes');
  const sizes = sizesAt >= 0 ? (args[sizesAt + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [10_000, 100_000];
  const command = [COMMAND, ...args].join(' ');
  print(await runSchedulerBench(sqlite ? sqliteBenchStore : memoryStore, sizes), sqlite ? 'SQLite store (file, WAL)' : 'in-memory store', command);
}
