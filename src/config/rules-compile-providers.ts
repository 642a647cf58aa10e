/** One rules/providers/*.yaml file → provider rules with compiled regexes, each rule checked on its own. */
import type { NoticeKind } from '../domain/facts.ts';
import type { ProviderIdentity, ProviderRule, RuleExample, RuleMatch, RulePattern, SourceKind } from '../domain/policy.ts';
import { durationMinutes } from './rules-duration.ts';
import { compileRegex } from './rules-regex.ts';
import { type ProviderEnvelope, providerEnvelopeSchema, type RuleInput, ruleSchema } from './rules-schema-provider.ts';
import { type RuleProblem, type YamlFile, type YamlPath, zodProblems } from './rules-yaml.ts';

export const EXAMPLE_RECEIVED_AT = '2025-06-02T09:00:00Z';
const EXTRACT_GROUPS = ['date', 'resource', 'region', 'account'];
const REGEX_FIELDS = ['from', 'subject', 'body', 'text', 'feed', 'service', 'resource'] as const;

/** References to teams, roles, ladders and other rules are judged in rules-references.ts. */
export function compileProviderFile(yaml: YamlFile): { part: ProviderRule[]; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const rules: ProviderRule[] = [];
  const envelope = providerEnvelopeSchema.safeParse(yaml.data);
  let file: ProviderEnvelope;
  if (envelope.success) file = envelope.data;
  else {
    problems.push(...zodProblems(yaml, envelope.error.issues));
    // The rules may still be judged one by one, without the file-level settings that failed.
    const items = (yaml.data as { rules?: unknown } | null)?.rules;
    if (!Array.isArray(items)) return { part: rules, problems };
    file = { rules: items };
  }
  const identity = compileIdentity(yaml, file, problems);

  file.rules.forEach((raw, index) => {
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(yaml, parsed.error.issues, ['rules', index]));
      return;
    }
    const at = (...path: YamlPath) => ['rules', index, ...path];
    const report = (path: YamlPath, message: string) => problems.push(yaml.problem(path, message));
    rules.push(compileRule(parsed.data, file, identity, { yaml, at, report }));
  });
  return { part: rules, problems };
}

function compileIdentity(yaml: YamlFile, file: ProviderEnvelope, problems: RuleProblem[]): ProviderIdentity | null {
  if (!file.provider && !file.identify) return null;
  const identity: ProviderIdentity = { provider: file.provider ?? null };
  for (const field of ['from', 'feed', 'subject', 'name'] as const) {
    const source = file.identify?.[field];
    if (source === undefined) continue;
    const compiled = compileRegex(source, 'i');
    if (compiled.ok) identity[field] = compiled.regex;
    else problems.push(yaml.problem(['identify', field], compiled.message));
  }
  return identity;
}

interface Context {
  yaml: YamlFile;
  at: (...path: YamlPath) => YamlPath;
  report: (path: YamlPath, message: string) => void;
}

function compileRule(input: RuleInput, file: ProviderEnvelope, identity: ProviderIdentity | null, ctx: Context): ProviderRule {
  const { at, report } = ctx;

  const match: RuleMatch = {};
  for (const field of REGEX_FIELDS) {
    const value = input.match[field];
    if (value === undefined) continue;
    const sources = typeof value === 'string' ? [value] : value;
    const compiled: RegExp[] = [];
    sources.forEach((source, i) => {
      const r = compileRegex(source, 'i');
      if (r.ok) compiled.push(r.regex);
      else report(typeof value === 'string' ? at('match', field) : at('match', field, i), r.message);
    });
    match[field] = compiled;
  }
  const many = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  if (input.match.source) match.source = many(input.match.source) as SourceKind[];
  if (input.match.provider) match.provider = many(input.match.provider)?.map((p) => p.toLowerCase());
  if (input.match.kind) match.kind = many(input.match.kind) as NoticeKind[];
  if (input.match.actionRequired !== undefined) match.actionRequired = input.match.actionRequired;
  if (input.match.deadline !== undefined) match.deadline = input.match.deadline;

  const patterns: RulePattern[] = [];
  input.extract.forEach((e, i) => {
    const r = compileRegex(e.pattern, 'gi');
    if (!r.ok) return report(at('extract', i, 'pattern'), r.message);
    const unknown = r.groups.filter((g) => !EXTRACT_GROUPS.includes(g));
    const useful = r.groups.filter((g) => EXTRACT_GROUPS.includes(g));
    if (unknown.length > 0) report(at('extract', i, 'pattern'), `unknown named group ${unknown.map((g) => `"${g}"`).join(', ')}; use ${EXTRACT_GROUPS.join(', ')} (or (?:…) for grouping)`);
    else if (useful.length === 0) report(at('extract', i, 'pattern'), `names no group: capture what it finds as (?<date>…), (?<resource>…), (?<region>…) or (?<account>…)`);
    if (r.groups.includes('date') && !e.role) report(at('extract', i), 'a (?<date>…) group needs a role: deadline, window-start, window-end, effective or mentioned');
    if (e.role && !r.groups.includes('date')) report(at('extract', i, 'role'), 'role applies to a (?<date>…) group, and the pattern has none');
    patterns.push({ ruleId: input.id, pattern: r.regex, ...(e.role ? { role: e.role } : {}) });
  });

  const examples: RuleExample[] = input.examples.map((ex, i) => {
    const path = at('examples', i);
    const ruleId = ex.expect.rule ?? input.id;
    const from = ex.from ?? file.exampleFrom;
    return {
      text: ex.text,
      ...(from ? { from } : {}),
      ...(ex.subject !== undefined ? { subject: ex.subject } : {}),
      ...(ex.feed ? { feed: ex.feed } : {}),
      receivedAt: new Date(ex.receivedAt ?? EXAMPLE_RECEIVED_AT),
      expect: { ...ex.expect, rule: ruleId },
      where: `${ctx.yaml.file}:${ctx.yaml.locate(path).line}`,
    };
  });

  const classify = { ...input.classify };
  if (!classify.provider && file.provider) classify.provider = file.provider;
  return {
    id: input.id,
    description: input.description,
    where: `${ctx.yaml.file}:${ctx.yaml.locate(at()).line}`,
    identity,
    match,
    classify,
    patterns,
    ...(input.route ? { team: input.route } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    disposition: input.disposition,
    ...(input.signoff ? { signoff: input.signoff } : {}),
    ...(input.ladder ? { ladder: input.ladder } : {}),
    ...(input.leadTime !== undefined ? { leadTimeMinutes: durationMinutes(input.leadTime) } : {}),
    priority: input.priority,
    examples,
  };
}
