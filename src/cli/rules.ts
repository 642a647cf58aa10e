import { Command } from 'commander';
import { withDotEnv } from '../config/env.ts';
import { formatProblem, loadRules } from '../config/rules.ts';
import { formatDuration } from '../config/rules-duration.ts';
import type { RuleSet } from '../domain/policy.ts';
import { patternsFor, route } from '../domain/routing.ts';
import { extract } from '../extraction/index.ts';
import { llmFactLines } from '../extraction/llm-merge.ts';
import { openSecondOpinion, type Refine } from './second-opinion.ts';
import { readPath, type ReadResult } from '../readers/index.ts';
import { describeNotice } from './rules-describe.ts';

/** Where command output goes; tests collect the lines. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };

export function rulesCommand(): Command {
  const rules = new Command('rules').description('Check the rules folder, or try it on notices');
  rules
    .command('check')
    .description('Load and cross-check every rules file; print each problem as file:line:col: message')
    .option('--dir <dir>', 'rules folder (default: $RULES_DIR or ./rules)')
    .action((opts: { dir?: string }) => {
      process.exitCode = runRulesCheck(rulesDir(opts.dir));
    });
  rules
    .command('test')
    .description('Show, for each notice in PATH, the rule that matched and why, the extraction, the routing and the ladder')
    .argument('<path...>', '.eml, mbox or feed file, or a folder of them')
    .option('--dir <dir>', 'rules folder (default: $RULES_DIR or ./rules)')
    .option('--llm', 'also ask the LLM second opinion and show which facts came from it')
    .action(async (paths: string[], opts: { dir?: string; llm?: boolean }) => {
      const opinion = opts.llm ? openSecondOpinion('rules test') : null;
      try {
        process.exitCode = await runRulesTest({ dir: rulesDir(opts.dir), paths, refine: opinion?.refine });
      } finally {
        await opinion?.close();
      }
    });
  return rules;
}

function rulesDir(option: string | undefined): string {
  return option ?? (withDotEnv(process.env).RULES_DIR || './rules');
}

/** 0 when the rules load cleanly, 1 with every problem printed. */
export function runRulesCheck(dir: string, output: Output = consoleOutput): number {
  const result = loadRules(dir);
  if (!result.ok) {
    for (const problem of result.problems) output.out(formatProblem(problem));
    output.err(`${result.problems.length} problem(s) in ${dir}`);
    return 1;
  }
  for (const line of summary(dir, result.rules)) output.out(line);
  return 0;
}

function summary(dir: string, rules: RuleSet): string[] {
  const teams = Object.values(rules.teams).map((t) => `${t.id}${t.id === rules.defaultTeam ? ' (default)' : ''} ${t.channel}`);
  const ladders = Object.values(rules.ladders).map((l) => `${l.id}${l.id === rules.defaultLadder ? ' (default)' : ''}: ${l.steps.length} steps`);
  const files = new Set(rules.rules.map((r) => r.where.replace(/:\d+$/, '')));
  const examples = rules.rules.reduce((n, r) => n + r.examples.length, 0);
  const { feeds, mailboxes, certProbes } = rules.sources;
  return [
    `${dir}: ok`,
    `  teams    ${teams.join(', ')}`,
    `  roles    ${Object.keys(rules.roles).join(', ')}; sign-off by default: ${rules.signoff.default.join(', ')}`,
    `  ladders  ${ladders.join(', ')}; lead time by default ${formatDuration(rules.defaultLeadTimeMinutes)}`,
    `  rules    ${rules.rules.length} rules in ${files.size} files, ${examples} examples`,
    `  sources  ${feeds.length} feeds, ${mailboxes.length} mailboxes, ${certProbes.length} certificate probes`,
  ];
}

export interface RulesTestOptions {
  dir: string;
  paths: string[];
  read?: (path: string) => AsyncIterable<ReadResult>;
  output?: Output;
  /** `--llm`: the second opinion; the facts it added are listed after the notice. */
  refine?: Refine;
}

/** 0 when every notice was read and routed; 1 when the rules do not load or a file could not be read. */
export async function runRulesTest({ dir, paths, read = readPath, output = consoleOutput, refine }: RulesTestOptions): Promise<number> {
  const loaded = loadRules(dir);
  if (!loaded.ok) {
    for (const problem of loaded.problems) output.err(formatProblem(problem));
    output.err(`${loaded.problems.length} problem(s) in ${dir}: fix them first (noticeboard rules check)`);
    return 1;
  }
  const rules = loaded.rules;
  let failed = false;
  let count = 0;
  for (const path of paths) {
    try {
      for await (const result of read(path)) {
        if ('error' in result) {
          failed = true;
          output.err(`${result.file}: ${result.error}`);
          continue;
        }
        count += 1;
        const { notice } = result;
        const deterministic = extract(notice, { patterns: patternsFor(notice, rules) });
        const extraction = refine ? await refine(notice, deterministic) : deterministic;
        const routing = route(notice, extraction, rules);
        for (const line of describeNotice(`${result.file} (notice ${count})`, notice, extraction, routing, rules)) output.out(line);
        for (const line of llmFactLines(extraction)) output.out(`  from the LLM: ${line}`);
      }
    } catch (err) {
      failed = true;
      output.err(`${path}: ${(err as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
