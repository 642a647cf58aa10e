// The sandbox's drop folder: notice files put in it are ingested, then moved to `processed/`
// (or `failed/`, with the reason beside them) only once the ingest resolved.
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Logger, NoticeSink } from '../../app/ports.ts';
import { readPath } from '../../readers/index.ts';
import { systemClock } from '../clock.ts';

const NOTICE_EXTENSIONS = new Set(['.eml', '.mbox', '.xml', '.rss', '.atom']);
/** A file younger than this may still be being written by whoever dropped it. */
const SETTLE_MS = 1_000;

export interface InboxOptions {
  dir: string;
  sink: NoticeSink;
  log: Logger;
  pollMs?: number;
}

export type FileOutcome = { file: string; ok: true; notices: number } | { file: string; ok: false; error: string };

export interface Inbox {
  /** Ingest the settled files now. */
  scan(): Promise<FileOutcome[]>;
  /** Ingest one file of the folder, settled or not. */
  ingestFile(name: string): Promise<FileOutcome>;
  stop(): Promise<void>;
}

export async function startInbox(options: InboxOptions): Promise<Inbox> {
  const { dir, sink, log, pollMs = 2_000 } = options;
  await mkdir(join(dir, 'processed'), { recursive: true });
  const busy = new Map<string, Promise<FileOutcome>>();

  const ingestFile = (name: string): Promise<FileOutcome> => {
    const running = busy.get(name);
    if (running) return running;
    const work = ingestOne(name).finally(() => busy.delete(name));
    busy.set(name, work);
    return work;
  };

  const ingestOne = async (name: string): Promise<FileOutcome> => {
    const path = join(dir, name);
    // taken by an earlier pass since this one listed the folder
    if (!(await stat(path).catch(() => null))) return { file: name, ok: true, notices: 0 };
    let notices = 0;
    try {
      for await (const read of readPath(path)) {
        if ('error' in read) throw new Error(`${read.id}: ${read.error}`);
        await sink.ingest(read.notice);
        notices += 1;
      }
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      log.warn({ file: name, err }, 'inbox file not ingested');
      await mkdir(join(dir, 'failed'), { recursive: true });
      await rename(path, join(dir, 'failed', name)).catch(() => {});
      await writeFile(join(dir, 'failed', `${name}.error.txt`), `${error}\n`).catch(() => {});
      return { file: name, ok: false, error };
    }
    await rename(path, join(dir, 'processed', name));
    log.info({ file: name, notices }, 'inbox file ingested');
    return { file: name, ok: true, notices };
  };

  const scan = async (): Promise<FileOutcome[]> => {
    const names = (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && !e.name.startsWith('.') && NOTICE_EXTENSIONS.has(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
    const settled: string[] = [];
    for (const name of names) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info && systemClock.now().getTime() - info.mtimeMs >= SETTLE_MS) settled.push(name);
    }
    const outcomes: FileOutcome[] = [];
    for (const name of settled) outcomes.push(await ingestFile(name));
    return outcomes;
  };

  let stopped = false;
  let scanning: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (stopped || scanning) return;
    scanning = scan()
      .catch((err: unknown) => log.error({ err, dir }, 'inbox scan failed'))
      .finally(() => (scanning = null));
  }, pollMs);
  timer.unref();

  return {
    scan,
    ingestFile,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await scanning;
      await Promise.all(busy.values());
    },
  };
}
