/** sources.yaml → feeds, mailboxes and certificate probes, with duplicate and team checks. */
import type { SourcesConfig } from '../domain/policy.ts';
import { list } from './rules-compile-teams.ts';
import type { SourcesFile } from './rules-schema.ts';
import type { RuleProblem, YamlFile } from './rules-yaml.ts';

export function compileSources(yaml: YamlFile, input: SourcesFile, teams: Set<string> | null): { part: SourcesConfig; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const checkTeam = (team: string | undefined, path: (string | number)[]) => {
    if (team && teams && !teams.has(team)) problems.push(yaml.problem(path, `unknown team "${team}"; teams are ${list(teams)}`));
  };
  const unique = (section: string, keys: string[], field: string) => {
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) problems.push(yaml.problem([section, i, field], `"${key}" is listed twice in ${section}`));
      seen.add(key);
    });
  };

  unique('feeds', input.feeds.map((f) => f.id), 'id');
  unique('feeds', input.feeds.map((f) => f.url), 'url');
  unique('mailboxes', input.mailboxes.map((m) => m.id), 'id');
  unique('certProbes', input.certProbes.map((p) => `${p.host}:${p.port}`), 'host');
  input.feeds.forEach((f, i) => checkTeam(f.team, ['feeds', i, 'team']));
  input.mailboxes.forEach((m, i) => checkTeam(m.team, ['mailboxes', i, 'team']));
  input.certProbes.forEach((p, i) => checkTeam(p.team, ['certProbes', i, 'team']));

  return {
    part: {
      feeds: input.feeds.map((f) => ({ ...f })),
      mailboxes: input.mailboxes.map((m) => ({ ...m })),
      certProbes: input.certProbes.map((p) => ({ ...p })),
    },
    problems,
  };
}
