import { Command } from 'commander';
import type { Notice } from '../domain/notice.ts';
import { extract } from '../extraction/index.ts';
import { readPath } from '../readers/index.ts';
import { openSecondOpinion, type Refine } from './second-opinion.ts';
import { isoInstant, toExtractLine, type ExtractErrorLine, type ExtractLine } from './extract-line.ts';

export { isoInstant, toExtractLine, type ExtractErrorLine, type ExtractLine } from './extract-line.ts';

interface Writer {
  write(chunk: string): unknown;
}

export interface ExtractRun {
  json: boolean;
  out: Writer;
  err: Writer;
  /** `--llm`: the second opinion, asked after the deterministic reading. */
  refine?: Refine;
}

/** `noticeboard extract [--json] PATH...`: readers and extraction only, nothing stored. */
export function extractCommand(): Command {
  return new Command('extract')
    .description('read notices from files and print the deadline, dates, kind and resources found (no database)')
    .argument('<paths...>', '.eml files, mbox files, feed files (.xml .rss .atom), or folders of them')
    .option('--json', 'print JSON Lines, one object per notice')
    .option('--llm', 'also ask the LLM second opinion (OPENAI_API_KEY); its facts are grounded in the text and marked')
    .action(async (paths: string[], options: { json?: boolean; llm?: boolean }) => {
      const opinion = options.llm ? openSecondOpinion('extract') : null;
      try {
        const run = { json: options.json === true, out: process.stdout, err: process.stderr, refine: opinion?.refine };
        const { errors } = await runExtract(paths, run);
        if (errors > 0) process.exitCode = 1;
      } finally {
        await opinion?.close();
      }
    });
}

/** Reads every path to the end, whatever fails on the way; returns the counts for the exit code. */
export async function runExtract(paths: readonly string[], run: ExtractRun): Promise<{ notices: number; errors: number }> {
  let notices = 0;
  let errors = 0;
  for (const path of paths) {
    let seen = 0;
    for await (const result of readPath(path)) {
      seen += 1;
      if ('error' in result) {
        errors += 1;
        report(run, { file: result.file, id: result.id, error: result.error, code: result.code });
        continue;
      }
      let line: ExtractLine;
      try {
        const facts = extract(result.notice);
        const refined = run.refine ? await run.refine(result.notice, facts) : facts;
        line = toExtractLine(result.file, result.id, refined);
        if (refined.fromLlm) line = { ...line, fromLlm: refined.fromLlm, dates: line.dates.map((d, i) => ({ ...d, origin: refined.dates[i]?.origin ?? 'grammar' })) };
      } catch (err) {
        errors += 1;
        const message = err instanceof Error ? err.message : String(err);
        report(run, { file: result.file, id: result.id, error: `extraction failed: ${message}`, code: 'extract-failed' });
        continue;
      }
      notices += 1;
      for (const warning of result.notice.warnings ?? []) run.err.write(`noticeboard extract: ${result.file}: ${warning}\n`);
      run.out.write(run.json ? `${JSON.stringify(line)}\n` : summary(line, result.notice));
    }
    if (seen === 0) run.err.write(`noticeboard extract: ${path}: no .eml, mbox or feed files found\n`);
  }
  return { notices, errors };
}

function report(run: ExtractRun, line: ExtractErrorLine): void {
  if (run.json) run.out.write(`${JSON.stringify(line)}\n`);
  else run.err.write(`noticeboard extract: ${line.file}${line.id.includes('#') ? ` (${line.id})` : ''}: ${line.error}\n`);
}

/** The readable form: what is due, when, and on what. */
function summary(line: ExtractLine, notice: Notice): string {
  const deadline = line.deadline ? `${shortInstant(line.deadline, line.deadlinePrecision)}` : 'none';
  const who = [line.provider, line.service].filter(Boolean).join(' / ');
  const rows = [
    `${line.id}  ${line.file}`,
    `  ${notice.subject || '(no subject)'}`,
    `  from ${notice.from || '(unknown)'}, ${isoInstant(notice.receivedAt).replace('T', ' ')}`,
    `  deadline   ${deadline}${line.actionRequired ? '  (action required)' : ''}`,
    `  kind       ${line.kind}${who ? `  ${who}` : ''}`,
    `  resources  ${line.resources.join(', ') || '-'}`,
  ];
  if (line.regions.length > 0) rows.push(`  regions    ${line.regions.join(', ')}`);
  if (line.accounts.length > 0) rows.push(`  accounts   ${line.accounts.join(', ')}`);
  for (const d of line.dates) rows.push(`  ${d.role.padEnd(11)}${shortInstant(d.at, d.precision)}  "${d.text}"`);
  return `${rows.join('\n')}\n\n`;
}

function shortInstant(iso: string, precision: string | null): string {
  return precision === 'day' ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/:00Z$/, 'Z');
}
