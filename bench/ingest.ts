// Ingest throughput: 5,000 notices into a SQLite store, against extraction alone on the same notices.
// `node bin/run-ts.js bench/ingest.ts [COUNT]`, or `npm run bench -- ingest`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeIngestNotice } from '../src/app/ingest-notice.ts';
import { openSqliteStore } from '../src/adapters/store/sqlite.ts';
import { silentLogger } from '../src/adapters/log.ts';
import { systemClock } from '../src/adapters/clock.ts';
import type { Extraction } from '../src/domain/facts.ts';
import type { Notice } from '../src/domain/notice.ts';
import type { Routing } from '../src/domain/policy.ts';
import { extract } from '../src/extraction/index.ts';
import { benchNotices } from './ingest-notices.ts';

export interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process: on a shared machine the steadier figure. */
  cpu: number;
}

export interface IngestBenchResult {
  notices: number;
  tasks: number;
  outcomes: Record<string, number>;
  /** Extraction alone over every notice. */
  extract: Timing;
  /** Extraction, routing and the store, with notices in flight together as `noticeboard ingest` runs them. */
  ingest: Timing;
  /** The same, one notice awaited after the other (every notice pays its own commit). */
  sequential: Timing;
  /** ingest.wall / extract.wall; the target is at most 1.3. */
  ratio: number;
  sequentialRatio: number;
}

/** As many notices in flight as `noticeboard ingest` keeps. */
const IN_FLIGHT = 32;

const route = (notice: Notice, extraction: Extraction): Routing => ({
  ruleId: 'bench',
  disposition: notice.from.startsWith('newsletter@') ? 'ignore' : extraction.actionRequired || extraction.kind !== 'informational' ? 'track' : 'fyi',
  team: 'platform',
  channel: 'C0PLATFORM',
  requiredRoles: ['sre', 'security'],
  ladder: 'standard',
  leadTimeMinutes: 7 * 24 * 60,
  reasons: [],
});

const time = async (fn: () => Promise<void> | void): Promise<Timing> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};

async function ingestAll(notices: Notice[], inFlight: number, outcomes: Record<string, number>): Promise<{ timing: Timing; tasks: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-bench-'));
  try {
    const store = await openSqliteStore(`file:${join(dir, 'bench.db')}`);
    const sink = makeIngestNotice({ store, extract: (n) => extract(n), route, clock: systemClock, log: silentLogger });
    const timing = await time(async () => {
      const pending: Promise<void>[] = [];
      for (const n of notices) {
        pending.push(sink.ingest(n).then(({ outcome }) => void (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1)));
        if (pending.length >= inFlight) await pending.shift();
      }
      await Promise.all(pending);
    });
    const tasks = (await store.tasks.list()).length;
    await store.close();
    return { timing, tasks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runIngestBench(options: { notices?: number } = {}): Promise<IngestBenchResult> {
  const notices = benchNotices(options.notices ?? 5_000);
  // Warm the JIT on both paths so neither side pays for first compilation alone.
  for (const n of notices.slice(0, 200)) extract(n);
  const extracted = await time(() => {
    for (const n of notices) extract(n);
  });
  const outcomes: Record<string, number> = {};
  const pipelined = await ingestAll(notices, IN_FLIGHT, outcomes);
  const sequential = await ingestAll(notices, 1, {});
  return {
    notices: notices.length,
    tasks: pipelined.tasks,
    outcomes,
    extract: extracted,
    ingest: pipelined.timing,
    sequential: sequential.timing,
    ratio: pipelined.timing.wall / extracted.wall,
    sequentialRatio: sequential.timing.wall / extracted.wall,
  };
}

export function formatIngestBench(r: IngestBenchResult): string[] {
  const row = (label: string, t: Timing): string =>
    `  ${label.padEnd(26)} ${t.wall.toFixed(0).padStart(6)} ms wall ${t.cpu.toFixed(0).padStart(6)} ms CPU  ${((t.wall / r.notices) * 1000).toFixed(0).padStart(5)} µs/notice`;
  const perNotice = (t: Timing): string => `${(((t.wall - r.extract.wall) / r.notices) * 1000).toFixed(0)} µs`;
  return [
    `ingest: ${r.notices} notices into SQLite → ${r.tasks} tasks (${Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    row('extraction alone', r.extract),
    row(`ingest, ${IN_FLIGHT} in flight`, r.ingest),
    row('ingest, one at a time', r.sequential),
    `  store per notice           ${perNotice(r.ingest)} (${perNotice(r.sequential)} one at a time)`,
    `  ratio to extraction        ${r.ratio.toFixed(2)}× (${r.sequentialRatio.toFixed(2)}× one at a time); target ≤ 1.30×`,
  ];
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const count = Number(process.argv[2] ?? 5_000);
  for (const line of formatIngestBench(await runIngestBench({ notices: count }))) console.log(line);
}
