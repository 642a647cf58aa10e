// `npm run bench -- extract`: accuracy against a corpus with truth files, then speed of readers +
// extraction against mailparser alone, then the slowest hostile input up to the size cap.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { extract } from '../src/extraction/index.ts';
import { MAILPARSER_OPTIONS, MAX_FEED_BYTES, MAX_INPUT_BYTES, readPath } from '../src/readers/index.ts';
import { toExtractLine } from '../src/cli/extract-line.ts';
import { loadTruth, score } from './score.ts';
import { HOSTILE, loadSources, writeVariations } from './generate.ts';
import type { BenchOptions } from './index.ts';

const DEFAULT_CORPUS = 'test/fixtures/notices';
/** Written truth-first and never tuned on: the figure for notices extraction has not seen. */
const HOLDOUT = 'test/fixtures/holdout';
const READER_FIXTURES = 'test/fixtures/readers';
const GENERATED = 5_000;

export async function extractBench(options: BenchOptions): Promise<void> {
  const corpus = options.corpus ?? DEFAULT_CORPUS;
  const command = `# npm run bench -- extract${options.corpus ? ` --corpus ${options.corpus}` : ''}`;
  const work = await mkdtemp(join(tmpdir(), 'bench-extract-'));
  try {
    await accuracy(corpus, command, work, options.keep);
    if (!options.corpus) await accuracy(HOLDOUT, command, work, false);
    await speed(corpus, command, work);
    await hostile(command, work);
  } finally {
    if (options.keep) console.log(`(inputs kept in ${work})`);
    else await rm(work, { recursive: true, force: true });
  }
}

async function accuracy(corpus: string, command: string, work: string, keep: boolean): Promise<void> {
  console.log(`${command}\naccuracy on ${corpus}${corpus === HOLDOUT ? ' (held out: never tuned on)' : ''}, scored as the corpus's score.py scores it`);
  const truth = existsSync(corpus) ? loadTruth(corpus) : new Map();
  if (truth.size === 0) {
    console.log(`  no NAME.truth.json files in ${corpus}: nothing to score\n`);
    return;
  }
  const lines: string[] = [];
  for await (const result of readPath(corpus)) {
    const line = 'error' in result
      ? { file: result.file, id: result.id, error: result.error, code: result.code }
      : toExtractLine(result.file, result.id, extract(result.notice));
    lines.push(JSON.stringify(line));
  }
  const predictions = join(work, `predictions-${basename(corpus)}.jsonl`);
  await writeFile(predictions, `${lines.join('\n')}\n`);
  for (const line of score(truth, lines).lines) console.log(`  ${line}`);
  if (keep) console.log(`  predictions: ${predictions}`);
  console.log('');
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Run {
  total: number;
  /** CPU time of the whole process (all threads) over the run: on a shared machine, the steadier figure. */
  cpu: number;
  each: number[];
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * The baseline reads each file the way readPath does (synchronously, one after another), so the
 * ratio compares parsing and extraction, not two ways of waiting for the disk.
 */
async function timeMailparser(files: readonly string[]): Promise<Run> {
  const each: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const file of files) {
    const t0 = performance.now();
    await simpleParser(readFileSync(file), MAILPARSER_OPTIONS);
    each.push(performance.now() - t0);
  }
  return { total: performance.now() - started, cpu: cpuMs(cpu), each };
}

async function timeReaders(path: string): Promise<Run & { errors: number }> {
  const each: number[] = [];
  let errors = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = readPath(path);
  for (;;) {
    const t0 = performance.now();
    const next = await results.next();
    if (next.done) break;
    if ('notice' in next.value) extract(next.value.notice);
    else errors += 1;
    each.push(performance.now() - t0);
  }
  return { total: performance.now() - started, cpu: cpuMs(cpu), each, errors };
}

function faster<T extends Run>(a: T, b: T): T {
  return a.total <= b.total ? a : b;
}

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

async function speed(corpus: string, command: string, work: string): Promise<void> {
  const sources = await loadSources([corpus, READER_FIXTURES]);
  const dir = join(work, 'generated');
  await mkdir(dir);
  const files = await writeVariations(dir, sources, GENERATED);
  const sizes = (await Promise.all(files.map(async (f) => (await stat(f)).size))).sort((a, b) => a - b);
  console.log(`${command}\nspeed on ${files.length} generated .eml files (${sources.length} sources varied in date, ids, resources and length;` +
    ` ${(sizes[0]! / 1024).toFixed(1)}-${(sizes.at(-1)! / 1024).toFixed(0)} KB, median ${(percentile(sizes, 50) / 1024).toFixed(1)} KB)`);
  console.log(`  machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start`);

  // Warm both paths up so the comparison is not of cold JIT against warm.
  await timeMailparser(files.slice(0, 300));
  await timeReaders(files[0]!);
  let base = await timeMailparser(files);
  let ours = await timeReaders(dir);
  base = faster(base, await timeMailparser(files));
  ours = faster(ours, await timeReaders(dir));

  const row = (label: string, run: Run): string => {
    const sorted = [...run.each].sort((a, b) => a - b);
    return `  ${label.padEnd(46)} total ${(run.total / 1000).toFixed(2)} s (cpu ${(run.cpu / 1000).toFixed(2)} s)  p50 ${ms(percentile(sorted, 50))} ms  p99 ${ms(percentile(sorted, 99))} ms  max ${ms(sorted.at(-1) ?? 0)} ms`;
  };
  console.log(row('mailparser alone (readFileSync + simpleParser)', base));
  console.log(row('readPath + extract', ours));
  const ratio = ours.total / base.total;
  console.log(`  cpu ratio readers+extract / mailparser: ${(ours.cpu / base.cpu).toFixed(2)}x`);
  const p99 = percentile([...ours.each].sort((a, b) => a - b), 99);
  console.log(`  ratio readers+extract / mailparser: ${ratio.toFixed(2)}x (target <= 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'})`);
  console.log(`  p99 per notice: ${ms(p99)} ms (target < 20 ms: ${p99 < 20 ? 'met' : 'MISSED'})${ours.errors ? `; ${ours.errors} read errors` : ''}\n`);
}

async function hostile(command: string, work: string): Promise<void> {
  const mb = (n: number): string => `${n / (1024 * 1024)} MB`;
  console.log(`${command}\nhostile inputs up to the caps (${mb(MAX_INPUT_BYTES)} a file, ${mb(MAX_FEED_BYTES)} a feed), one file each, best of 2 runs`);
  let worst = { name: '', time: 0 };
  for (const input of HOSTILE) {
    const file = join(work, input.name);
    await writeFile(file, input.build((input.feed ? MAX_FEED_BYTES : MAX_INPUT_BYTES) - 4096));
    const size = (await stat(file)).size;
    let base = Number.NaN;
    if (input.name.endsWith('.eml')) base = Math.min((await timeMailparser([file])).total, (await timeMailparser([file])).total);
    const run = faster(await timeReaders(file), await timeReaders(file));
    const notices = run.each.length - run.errors;
    const outcome = run.errors > 0 ? 'refused with an error' : notices === 1 ? '1 notice' : `${notices} notices, ${ms(run.total / notices)} ms each`;
    console.log(`  ${input.name.padEnd(26)} ${(size / (1024 * 1024)).toFixed(1).padStart(4)} MB  mailparser ${Number.isNaN(base) ? '   -' : ms(base).padStart(4)} ms  readPath + extract ${ms(run.total).padStart(5)} ms  (${outcome})`);
    // A file of many notices is judged per notice: each is one unit of work.
    const perUnit = run.total / Math.max(1, notices);
    if (perUnit > worst.time) worst = { name: input.name, time: perUnit };
    await rm(file);
  }
  console.log(`  worst single notice: ${worst.name} ${ms(worst.time)} ms (target < 1000 ms: ${worst.time < 1000 ? 'met' : 'MISSED'})\n`);
}
