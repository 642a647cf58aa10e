/**
 * Loads rules/: teams.yaml, ladders.yaml, sources.yaml and providers/*.yaml, validated and
 * cross-checked. Every problem in every file is reported at once, each with file, line and column:
 * the bot refuses to start half-configured, and an operator fixes everything in one pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderRule, RuleSet, SourcesConfig } from '../domain/policy.ts';
import { accountKeyProblems, compileLadders, compileTeams, type LaddersPart, type TeamsPart } from './rules-compile-teams.ts';
import { compileProviderFile } from './rules-compile-providers.ts';
import { definedIds, type Known, LADDERS_REFERENCES, PROVIDER_REFERENCES, referenceProblems, SOURCES_REFERENCES, TEAMS_REFERENCES } from './rules-references.ts';
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
  const laddersYaml = read('ladders.yaml', true);
  const teamsYaml = read('teams.yaml', true);
  const sourcesYaml = read('sources.yaml', false);
  const providersDir = join(dir, 'providers');
  const providerNames = existsSync(providersDir) ? readdirSync(providersDir).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
  const providerYamls = providerNames.flatMap((name) => read(join('providers', name), false) ?? []);

  const ids = (defined: string[] | null) => (defined ? new Set(defined) : null);
  const known: Known = {
    team: ids(definedIds(teamsYaml, 'teams')),
    role: ids(definedIds(teamsYaml, 'roles')),
    ladder: ids(definedIds(laddersYaml, 'ladders')),
    rule: ids(providerYamls.flatMap((y) => definedIds(y, 'rules', 'id') ?? [])),
  };
  const referencesOf = (yaml: YamlFile | null, refs: Parameters<typeof referenceProblems>[1]) => {
    if (yaml) problems.push(...referenceProblems(yaml, refs, known));
  };
  referencesOf(laddersYaml, LADDERS_REFERENCES);
  referencesOf(teamsYaml, TEAMS_REFERENCES);
  referencesOf(sourcesYaml, SOURCES_REFERENCES);
  for (const yaml of providerYamls) referencesOf(yaml, PROVIDER_REFERENCES);
  problems.push(...duplicateRuleIds(providerYamls));

  let ladders: LaddersPart | null = null;
  if (laddersYaml) {
    const parsed = laddersFileSchema.safeParse(laddersYaml.data);
    if (!parsed.success) problems.push(...zodProblems(laddersYaml, parsed.error.issues));
    else ladders = collect(problems, compileLadders(laddersYaml, parsed.data));
  }

  let teams: TeamsPart | null = null;
  if (teamsYaml) {
    problems.push(...accountKeyProblems(teamsYaml));
    const parsed = teamsFileSchema.safeParse(teamsYaml.data);
    if (!parsed.success) problems.push(...zodProblems(teamsYaml, parsed.error.issues));
    else teams = collect(problems, compileTeams(teamsYaml, parsed.data));
  }

  let sources: SourcesConfig = { feeds: [], mailboxes: [], certProbes: [] };
  if (sourcesYaml) {
    // A sources.yaml with every line commented out is an empty document: nothing to watch.
    const parsed = sourcesFileSchema.safeParse(sourcesYaml.data ?? {});
    if (!parsed.success) problems.push(...zodProblems(sourcesYaml, parsed.error.issues));
    else sources = collect(problems, compileSources(sourcesYaml, parsed.data));
  }

  const rules: ProviderRule[] = [];
  for (const yaml of providerYamls) rules.push(...collect(problems, compileProviderFile(yaml)));
  // Stable: equal priorities keep file-name order, then the order written.
  rules.sort((a, b) => b.priority - a.priority);

  if (problems.length > 0 || !teams || !ladders) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, rules: { ...teams, ...ladders, rules, sources } };
}

function duplicateRuleIds(files: YamlFile[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const firstSeen = new Map<string, string>();
  for (const yaml of files) {
    const items = (yaml.data as { rules?: unknown } | null)?.rules;
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const where = `${yaml.file}:${yaml.locate(['rules', i]).line}`;
      const earlier = firstSeen.get(id);
      if (earlier) problems.push(yaml.problem(['rules', i, 'id'], `duplicate rule id "${id}", first defined at ${earlier}`));
      else firstSeen.set(id, where);
    });
  }
  return problems;
}

function collect<T>(problems: RuleProblem[], result: { part: T; problems: RuleProblem[] }): T {
  problems.push(...result.problems);
  return result.part;
}

function sortProblems(problems: RuleProblem[]): RuleProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
