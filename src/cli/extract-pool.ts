// Reading and extracting many files on worker threads, one per core, with results in input order.
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../domain/facts.ts';

/** What the readable summary needs of a notice besides its facts (the text stays in the worker). */
export interface NoticeHead {
  subject: string;
  from: string;
  receivedAt: Date;
  warnings: string[];
}

export type PoolItem =
  | { file: string; id: string; facts: Extraction; head: NoticeHead }
  | { file: string; id: string; error: string; code: string };

export interface FileRequest {
  seq: number;
  file: string;
}
export interface FileResult {
  seq: number;
  items: PoolItem[];
}

/** Two files queued at each worker, so none waits for the next message while the other is read. */
const IN_FLIGHT = 2;

/**
 * The sources run without a build step, so a worker registers the TypeScript loader before it loads
 * its module; the loader is resolved here, where the project's packages are known to be.
 */
const TSX_API = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => {
  tsx.register();
  return import(workerData.entry);
});
`;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export interface ExtractPool {
  /** Every file read and extracted, each file's items together, in the order of `files`. */
  map(files: readonly string[]): AsyncGenerator<PoolItem[]>;
  close(): Promise<void>;
}

/** `entry`: the worker's module; another one only in tests that make a worker fail. */
export function openExtractPool(size: number, entry = new URL('./extract-worker.ts', import.meta.url).href): ExtractPool {
  const spawn = (): Worker => new Worker(BOOT, { eval: true, workerData: { tsx: TSX_API, entry } });
  const workers = Array.from({ length: Math.max(1, size) }, spawn);
  return {
    map: (files) => mapFiles(workers, spawn, files),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

async function* mapFiles(workers: Worker[], spawn: () => Worker, files: readonly string[]): AsyncGenerator<PoolItem[]> {
  const done = new Map<number, PoolItem[]>();
  const held = new Map<Worker, Set<number>>(workers.map((w) => [w, new Set()]));
  let next = 0;
  let wake: (() => void) | null = null;
  const settle = (seq: number, items: PoolItem[]): void => {
    done.set(seq, items);
    wake?.();
  };
  /** Files a dead worker had queued but not begun: they go to the next worker first. */
  const retry: number[] = [];
  const feed = (worker: Worker): void => {
    const mine = held.get(worker)!;
    while (mine.size < IN_FLIGHT && (retry.length > 0 || next < files.length)) {
      const seq = retry.shift() ?? next++;
      mine.add(seq);
      worker.postMessage({ seq, file: files[seq]! } satisfies FileRequest);
    }
  };
  const listen = (worker: Worker): void => {
    const onMessage = (reply: FileResult): void => {
      answered = true;
      held.get(worker)?.delete(reply.seq);
      settle(reply.seq, reply.items);
      feed(worker);
    };
    let reason = '';
    let answered = false;
    const onError = (err: Error): void => {
      reason = err.message;
    };
    // A worker that dies (out of memory, a bug) fails the file it was reading (it reads its queue in
    // order), and another takes its place and its queue. One that dies before answering at all could
    // not start, and neither would a replacement: the files go to the others, or fail with the reason.
    const onExit = (code: number): void => {
      const error = `extraction worker stopped: ${reason || `exit code ${code}`}`;
      const fail = (seq: number): void => settle(seq, [{ file: files[seq]!, id: basename(files[seq]!, extname(files[seq]!)), error, code: 'extract-failed' }]);
      const [reading, ...queued] = [...(held.get(worker) ?? [])].sort((a, b) => a - b);
      held.delete(worker);
      workers.splice(workers.indexOf(worker), 1);
      if (!answered) {
        retry.push(...[reading, ...queued].filter((seq) => seq !== undefined));
        if (workers.length === 0) for (const seq of [...retry.splice(0), ...range(next, files.length)]) fail(seq);
        if (workers.length === 0) next = files.length;
        for (const other of workers) feed(other);
        return;
      }
      if (reading !== undefined) fail(reading);
      retry.push(...queued);
      const replacement = spawn();
      workers.push(replacement);
      held.set(replacement, new Set());
      listen(replacement);
      feed(replacement);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.once('exit', onExit);
    detach.push(() => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    });
  };
  const detach: Array<() => void> = [];
  try {
    for (const worker of workers) listen(worker);
    for (const worker of workers) feed(worker);
    for (let seq = 0; seq < files.length; seq += 1) {
      while (!done.has(seq)) await new Promise<void>((resolve) => (wake = resolve));
      const items = done.get(seq)!;
      done.delete(seq);
      yield items;
    }
  } finally {
    for (const off of detach) off();
  }
}
