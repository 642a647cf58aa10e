// `npm run bench -- [part...] [--corpus DIR] [--keep]`: runs the named parts, or all of them.
// Every figure is printed under the command that reproduces it.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { extractBench } from './extract.ts';

export interface BenchOptions {
  /** A folder of notices with NAME.truth.json beside them. */
  corpus?: string;
  /** Keep the generated inputs instead of removing them. */
  keep: boolean;
}

type Part = (options: BenchOptions) => Promise<void>;

/**
 * The other parts run in a process of their own, so one part's heap and peak memory never colour
 * another's figures (the scheduler reports the process's peak RSS).
 */
const alone =
  (script: string, ...args: string[]): Part =>
  async () => {
    console.log(`\n# node bin/run-ts.js ${[script, ...args].join(' ')}`);
    const run = spawnSync(process.execPath, ['bin/run-ts.js', script, ...args], { stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  };

const PARTS: Record<string, Part> = {
  extract: extractBench,
  ingest: alone('bench/ingest.ts'),
  scheduler: alone('bench/scheduler.ts'),
  slack: alone('bench/slack.ts'),
  imap: alone('bench/imap.ts'),
  latency: alone('bench/latency.ts'),
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string' }, keep: { type: 'boolean', default: false } },
});

const unknown = positionals.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(`unknown bench part(s): ${unknown.join(', ')}; known: ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}

const options: BenchOptions = { keep: values.keep === true, ...(values.corpus ? { corpus: values.corpus } : {}) };
for (const name of positionals.length > 0 ? positionals : Object.keys(PARTS)) {
  await PARTS[name]!(options);
}
