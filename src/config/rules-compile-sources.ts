/** sources.yaml → feeds, mailboxes and certificate probes, each listed once. */
import type { SourcesConfig } from '../domain/policy.ts';
import { durationMinutes } from './rules-duration.ts';
import type { SourcesFile } from './rules-schema.ts';
import type { RuleProblem, YamlFile } from './rules-yaml.ts';

/** Team references are judged in rules-references.ts. */
export function compileSources(yaml: YamlFile, input: SourcesFile): { part: SourcesConfig; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
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

  return {
    part: {
      feeds: input.feeds.map((f) => ({ ...f })),
      mailboxes: input.mailboxes.map((m) => ({ ...m })),
      certProbes: input.certProbes.map(({ warnBefore, ...p }) => ({
        ...p,
        ...(warnBefore === undefined ? {} : { warnBeforeMinutes: durationMinutes(warnBefore) }),
      })),
    },
    problems,
  };
}
