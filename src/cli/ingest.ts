import { Command } from 'commander';
import { makeIngestNotice } from '../app/ingest-notice.ts';
import type { Notice } from '../domain/notice.ts';
import { readPath, type ReadResult } from '../readers/index.ts';
import { openContext, stdout, type CliContext, type CliOutput } from './context.ts';

export interface IngestOptions {
  json?: boolean;
}

type Reader = (path: string) => AsyncIterable<ReadResult>;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Notices in flight at once: enough for their writes to share commits, few enough to bound memory. */
const IN_FLIGHT = 32;

/**
 * Reads each path, ingests every notice in it and prints one line per notice (outcome, task id) or
 * per unreadable file, in input order. Returns the exit code: 1 when anything failed, after doing
 * all the rest.
 */
export async function runIngest(paths: string[], options: IngestOptions, ctx: CliContext, out: CliOutput, read: Reader = readPath): Promise<number> {
  const sink = makeIngestNotice({ store: ctx.store, extract: ctx.extract, route: await ctx.loadRouter(), clock: ctx.clock, log: ctx.log, ...ctx.hooks });
  let failed = false;
  const errorLine = (file: string, error: string): string => {
    failed = true;
    return options.json ? JSON.stringify({ file, error }) : `error     ${file}: ${error}`;
  };
  const ingest = async (file: string, notice: Notice): Promise<string> => {
    try {
      const r = await sink.ingest(notice);
      const subject = notice.subject;
      return options.json
        ? JSON.stringify({ file, outcome: r.outcome, task: r.taskId, notice: r.noticeId, subject })
        : `${r.outcome.padEnd(9)} ${(r.taskId === null ? '-' : `task ${r.taskId}`).padEnd(10)} ${file}  ${subject}`;
    } catch (err) {
      ctx.log.error({ err, file }, 'ingest failed');
      return errorLine(file, message(err));
    }
  };

  // Lines are printed in input order while later notices are already being ingested.
  const lines: Promise<string>[] = [];
  const printFirst = async (): Promise<void> => {
    const next = lines.shift();
    if (next) out.print(await next);
  };
  const queue = async (line: Promise<string>): Promise<void> => {
    lines.push(line);
    while (lines.length >= IN_FLIGHT) await printFirst();
  };
  for (const path of paths) {
    try {
      for await (const result of read(path)) {
        await queue('error' in result ? Promise.resolve(errorLine(result.file, result.error)) : ingest(result.file, result.notice));
      }
    } catch (err) {
      await queue(Promise.resolve(errorLine(path, message(err))));
    }
  }
  while (lines.length > 0) await printFirst();
  return failed ? 1 : 0;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('extract, route and record notices from files (.eml, mbox, feed XML or folders): tasks in the database')
    .argument('<paths...>', 'files or folders to read')
    .option('--json', 'one JSON object per notice')
    .action(async (paths: string[], options: IngestOptions) => {
      const ctx = await openContext();
      try {
        process.exitCode = await runIngest(paths, options, ctx, stdout);
      } finally {
        await ctx.close();
      }
    });
}
