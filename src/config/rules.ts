/**
 * Loads rules/: teams.yaml, ladders.yaml, sources.yaml and providers/*.yaml, validated and
 * cross-checked. Every problem in every file is reported at once, each with file, line and column:
 * the bot refuses to start half-configured, and an operator fixes everything in one pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderRule, RuleSet, SourcesConfig } from '../domain/policy.ts';
import { accountKeyProblems, compileLadders, compileTeams, type LaddersPart, type TeamsPart } from './rules-compile-teams.ts';
import { compileProviderFile, type Known, type PendingRef } from './rules-compile-providers.ts';
import { compileSources } from './rules-compile-sources.ts';
import { laddersFileSchema, sourcesFileSchema, teamsFileSchema } from './rules-schema.ts';
import { readYaml, type RuleProblem, type YamlFile, zodProblems } from './rules-yaml.ts';

export type { RuleProblem } from './rules-yaml.ts';
export type RulesResult = { ok: true; rules: RuleSet } | { ok: false; problems: RuleProblem[] };

export class RulesError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(`rules have ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'RulesError';
  }
}

/** `rules/teams.yaml:12:5: teams.platform.timeZone: unknown time zone …`, as editors and CI logs link it. */
export function formatProblem(p: RuleProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

export function loadRulesOrThrow(dir: string): RuleSet {
  const result = loadRules(dir);
  if (!result.ok) throw new RulesError(result.problems);
  return result.rules;
}

export function loadRules(dir: string): RulesResult {
  const problems: RuleProblem[] = [];
  const read = (name: string, required: boolean): YamlFile | null => {
    const file = join(dir, name);
    if (!existsSync(file)) {
      if (required) problems.push({ file, line: 1, col: 1, message: `missing: rules need ${name} in ${dir}` });
      return null;
    }
    const parsed = readYaml(file, readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    return parsed.problems.length > 0 ? null : parsed.yaml;
  };

  let ladders: LaddersPart | null = null;
  const laddersYaml = read('ladders.yaml', true);
  if (laddersYaml) {
    const parsed = laddersFileSchema.safeParse(laddersYaml.data);
    if (!parsed.success) problems.push(...zodProblems(laddersYaml, parsed.error.issues));
    else ({ part: ladders } = collect(problems, compileLadders(laddersYaml, parsed.data)));
  }

  let teams: TeamsPart | null = null;
  const teamsYaml = read('teams.yaml', true);
  if (teamsYaml) {
    const parsed = teamsFileSchema.safeParse(teamsYaml.data);
    const ladderIds = keysOf(laddersYaml, 'ladders');
    problems.push(...accountKeyProblems(teamsYaml));
    if (!parsed.success) problems.push(...zodProblems(teamsYaml, parsed.error.issues));
    else ({ part: teams } = collect(problems, compileTeams(teamsYaml, parsed.data, ladderIds)));
  }
  const teamIds = keysOf(teamsYaml, 'teams');

  let sources: SourcesConfig = { feeds: [], mailboxes: [], certProbes: [] };
  const sourcesYaml = read('sources.yaml', false);
  if (sourcesYaml) {
    // A sources.yaml with every line commented out is an empty document: nothing to watch.
    const parsed = sourcesFileSchema.safeParse(sourcesYaml.data ?? {});
    if (!parsed.success) problems.push(...zodProblems(sourcesYaml, parsed.error.issues));
    else ({ part: sources } = collect(problems, compileSources(sourcesYaml, parsed.data, teamIds)));
  }

  const known: Known = { teams: teamIds, roles: keysOf(teamsYaml, 'roles'), ladders: keysOf(laddersYaml, 'ladders') };
  const rules = loadProviders(dir, known, read, problems);

  if (problems.length > 0 || !teams || !ladders) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, rules: { ...teams, ...ladders, rules, sources } };
}

function loadProviders(dir: string, known: Known, read: (name: string, required: boolean) => YamlFile | null, problems: RuleProblem[]): ProviderRule[] {
  const providersDir = join(dir, 'providers');
  if (!existsSync(providersDir)) return [];
  const names = readdirSync(providersDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const all: ProviderRule[] = [];
  const firstSeen = new Map<string, string>();
  const pending: PendingRef[] = [];
  for (const name of names) {
    const yaml = read(join('providers', name), false);
    if (!yaml) continue;
    const compiled = compileProviderFile(yaml, known);
    problems.push(...compiled.problems);
    pending.push(...compiled.pending);
    for (const { rule, idProblem } of compiled.rules) {
      const earlier = firstSeen.get(rule.id);
      if (earlier) problems.push(idProblem(`duplicate rule id "${rule.id}", first defined at ${earlier}`));
      else firstSeen.set(rule.id, rule.where);
      all.push(rule);
    }
  }
  for (const ref of pending) if (!firstSeen.has(ref.ruleId)) problems.push(ref.problem(`unknown rule "${ref.ruleId}"`));
  // Stable: equal priorities keep file-name order, then the order written.
  return all.sort((a, b) => b.priority - a.priority);
}

function collect<T>(problems: RuleProblem[], result: { part: T; problems: RuleProblem[] }): { part: T } {
  problems.push(...result.problems);
  return { part: result.part };
}

/**
 * The ids a file defines, read from the raw document so that references to them are still
 * judged when something else in that file fails validation; null when the file did not parse.
 */
function keysOf(yaml: YamlFile | null, section: string): Set<string> | null {
  const value = (yaml?.data as Record<string, unknown> | null | undefined)?.[section];
  return value && typeof value === 'object' && !Array.isArray(value) ? new Set(Object.keys(value)) : null;
}

function sortProblems(problems: RuleProblem[]): RuleProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
