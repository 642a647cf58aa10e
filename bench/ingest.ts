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

export interface IngestBenchResult {
  notices: number;
  /** Extraction alone over every notice, in milliseconds (wall clock). */
  extractMs: number;
  /** Extraction, routing and the store together (wall clock). */
  ingestMs: number;
  /** The same two in CPU time of this process. */
  extractCpuMs: number;
  ingestCpuMs: number;
  /** ingestMs / extractMs; the target is at most 1.3. */
  ratio: number;
  /** What the store adds per notice, in milliseconds (wall clock, then CPU). */
  storeMsPerNotice: number;
  storeCpuMsPerNotice: number;
  tasks: number;
  outcomes: Record<string, number>;
}

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

/** Wall-clock and CPU milliseconds: on a shared machine the CPU figure is the steadier one. */
const time = async (fn: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};

export async function runIngestBench(options: { notices?: number } = {}): Promise<IngestBenchResult> {
  const notices = benchNotices(options.notices ?? 5_000);
  // Warm the JIT on both paths so neither side pays for first compilation alone.
  for (const n of notices.slice(0, 200)) extract(n);
  const extracted = await time(() => {
    for (const n of notices) extract(n);
  });

  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-bench-'));
  try {
    const store = await openSqliteStore(`file:${join(dir, 'bench.db')}`);
    const sink = makeIngestNotice({ store, extract: (n) => extract(n), route, clock: systemClock, log: silentLogger });
    const outcomes: Record<string, number> = {};
    const ingested = await time(async () => {
      for (const n of notices) {
        const { outcome } = await sink.ingest(n);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    });
    const tasks = (await store.tasks.list()).length;
    await store.close();
    return {
      notices: notices.length,
      extractMs: extracted.wall,
      ingestMs: ingested.wall,
      extractCpuMs: extracted.cpu,
      ingestCpuMs: ingested.cpu,
      ratio: ingested.wall / extracted.wall,
      storeMsPerNotice: (ingested.wall - extracted.wall) / notices.length,
      storeCpuMsPerNotice: (ingested.cpu - extracted.cpu) / notices.length,
      tasks,
      outcomes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatIngestBench(r: IngestBenchResult): string[] {
  const per = (ms: number): string => `${((ms / r.notices) * 1000).toFixed(0)} µs/notice`;
  return [
    `ingest: ${r.notices} notices into SQLite → ${r.tasks} tasks (${Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `  extraction alone  ${r.extractMs.toFixed(0)} ms wall, ${r.extractCpuMs.toFixed(0)} ms CPU (${per(r.extractMs)})`,
    `  full ingest       ${r.ingestMs.toFixed(0)} ms wall, ${r.ingestCpuMs.toFixed(0)} ms CPU (${per(r.ingestMs)})`,
    `  store overhead    ${(r.storeMsPerNotice * 1000).toFixed(0)} µs/notice wall, ${(r.storeCpuMsPerNotice * 1000).toFixed(0)} µs/notice CPU`,
    `  ratio             ${r.ratio.toFixed(2)}× extraction (target ≤ 1.30×)`,
  ];
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const count = Number(process.argv[2] ?? 5_000);
  for (const line of formatIngestBench(await runIngestBench({ notices: count }))) console.log(line);
}
