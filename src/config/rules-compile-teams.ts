/** teams.yaml and ladders.yaml → teams, roles and ladders, with the checks a schema cannot express. */
import { isMap, isPair, isScalar } from 'yaml';
import type { Ladder, ResourceRoute, RuleSet, Team } from '../domain/policy.ts';
import { durationMinutes, stepIdFor } from './rules-duration.ts';
import { compileRegex } from './rules-regex.ts';
import { type LaddersFile, type TeamsFile, WEEKDAYS } from './rules-schema.ts';
import type { RuleProblem, YamlFile } from './rules-yaml.ts';

export type TeamsPart = Pick<RuleSet, 'teams' | 'roles' | 'signoff' | 'accounts' | 'resourceRoutes' | 'adminChannel' | 'defaultTeam'>;
export type LaddersPart = Pick<RuleSet, 'ladders' | 'defaultLadder' | 'defaultLeadTimeMinutes'>;

/** `mon`, `monday` or 1 → 1 (ISO weekday). */
function isoWeekday(day: number | string): number {
  if (typeof day === 'number') return day;
  const short = WEEKDAYS.indexOf(day.slice(0, 3) as (typeof WEEKDAYS)[number]);
  return short + 1;
}

/** References to other files (ladders, roles, teams) are judged in rules-references.ts. */
export function compileTeams(yaml: YamlFile, input: TeamsFile): { part: TeamsPart; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push(yaml.problem(path, message));

  const teams: Record<string, Team> = {};
  for (const [id, t] of Object.entries(input.teams)) {
    const at = ['teams', id];
    const roles: Record<string, string[]> = {};
    for (const [role, def] of Object.entries(input.roles)) {
      const who = t.roles[role] ?? def.members;
      if (who) roles[role] = who;
      else report([...at, 'roles'], `nobody can sign for role "${role}": list who may here, or give the role default members`);
    }
    if (t.quietHours && t.quietHours.start === t.quietHours.end) report([...at, 'quietHours'], 'quiet hours start and end at the same time');
    const workingDays = [...new Set(t.workingDays.map(isoWeekday))].sort((a, b) => a - b);
    teams[id] = {
      id,
      channel: t.channel,
      members: t.members,
      timeZone: t.timeZone,
      workingDays,
      quietHours: t.quietHours ?? null,
      escalation: { users: t.escalation.users, channel: t.escalation.channel ?? null },
      roles,
      ...(t.ladder ? { ladder: t.ladder } : {}),
      ...(t.leadTime !== undefined ? { leadTimeMinutes: durationMinutes(t.leadTime) } : {}),
      ...(t.digest === undefined ? {} : { digest: t.digest === false ? null : { weekday: isoWeekday(t.digest.day), time: t.digest.time } }),
    };
  }

  const resourceRoutes: ResourceRoute[] = [];
  input.resourceRoutes.forEach((r, i) => {
    const compiled = compileRegex(r.pattern, 'i');
    if (!compiled.ok) report(['resourceRoutes', i, 'pattern'], compiled.message);
    else resourceRoutes.push({ pattern: compiled.regex, team: r.team });
  });

  const roles = Object.fromEntries(Object.entries(input.roles).map(([id, r]) => [id, { description: r.description }]));
  return {
    part: { teams, roles, signoff: input.signoff, accounts: input.accounts, resourceRoutes, adminChannel: input.adminChannel, defaultTeam: input.defaultTeam },
    problems,
  };
}

/**
 * YAML reads an unquoted 012345678901 as a number and drops the zero; judged on the document
 * itself, so it is reported even when the rest of teams.yaml fails validation.
 */
export function accountKeyProblems(yaml: YamlFile): RuleProblem[] {
  const node = yaml.doc.get('accounts', true);
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) =>
    isPair(pair) && isScalar(pair.key) && typeof pair.key.value !== 'string'
      ? [yaml.problem(['accounts', String(pair.key.value)], `quote account ids: ${String(pair.key.source ?? pair.key.value)} reads as a number and may lose leading zeros`, true)]
      : [],
  );
}

export function compileLadders(yaml: YamlFile, input: LaddersFile): { part: LaddersPart; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const ladders: Record<string, Ladder> = {};
  for (const [id, l] of Object.entries(input.ladders)) {
    const seen = new Set<string>();
    let previous = -Infinity;
    const steps = l.steps.map((s, i) => {
      const offsetMinutes = durationMinutes(s.at);
      const stepId = s.id ?? stepIdFor(offsetMinutes);
      const at = ['ladders', id, 'steps', i];
      if (offsetMinutes <= previous) problems.push(yaml.problem([...at, 'at'], 'steps must be in order, each later than the one before'));
      if (seen.has(stepId)) problems.push(yaml.problem([...at, s.id ? 'id' : 'at'], `two steps are named "${stepId}"; give one an id`));
      seen.add(stepId);
      previous = offsetMinutes;
      return { id: stepId, offsetMinutes, loudness: s.loudness, critical: s.critical };
    });
    const repeat = l.repeatOverdue === null ? null : durationMinutes(l.repeatOverdue);
    if (repeat !== null && repeat <= 0) problems.push(yaml.problem(['ladders', id, 'repeatOverdue'], 'must be longer than 0 (or null for never)'));
    if (repeat !== null && previous <= 0) problems.push(yaml.problem(['ladders', id, 'repeatOverdue'], 'repeats the last step, so the last step must come after the deadline'));
    ladders[id] = { id, description: l.description, steps, repeatOverdueMinutes: repeat };
  }
  return { part: { ladders, defaultLadder: input.defaultLadder, defaultLeadTimeMinutes: durationMinutes(input.defaultLeadTime) }, problems };
}
