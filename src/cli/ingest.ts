import { Command } from 'commander';
import { makeIngestNotice } from '../app/ingest-notice.ts';
import { readPath, type ReadResult } from '../readers/index.ts';
import { openContext, stdout, type CliContext, type CliOutput } from './context.ts';

export interface IngestOptions {
  json?: boolean;
}

type Reader = (path: string) => AsyncIterable<ReadResult>;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Reads each path, ingests every notice in it and prints one line per notice (outcome, task id) or
 * per unreadable file. Returns the exit code: 1 when anything failed, after doing all the rest.
 */
export async function runIngest(paths: string[], options: IngestOptions, ctx: CliContext, out: CliOutput, read: Reader = readPath): Promise<number> {
  const sink = makeIngestNotice({ store: ctx.store, extract: ctx.extract, route: await ctx.loadRouter(), clock: ctx.clock, log: ctx.log });
  let failed = false;
  const fail = (file: string, error: string): void => {
    failed = true;
    out.print(options.json ? JSON.stringify({ file, error }) : `error     ${file}: ${error}`);
  };
  for (const path of paths) {
    try {
      for await (const result of read(path)) {
        if ('error' in result) {
          fail(result.file, result.error);
          continue;
        }
        try {
          const r = await sink.ingest(result.notice);
          const subject = result.notice.subject;
          out.print(
            options.json
              ? JSON.stringify({ file: result.file, outcome: r.outcome, task: r.taskId, notice: r.noticeId, subject })
              : `${r.outcome.padEnd(9)} ${(r.taskId === null ? '-' : `task ${r.taskId}`).padEnd(10)} ${result.file}  ${subject}`,
          );
        } catch (err) {
          ctx.log.error({ err, file: result.file }, 'ingest failed');
          fail(result.file, message(err));
        }
      }
    } catch (err) {
      fail(path, message(err));
    }
  }
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
