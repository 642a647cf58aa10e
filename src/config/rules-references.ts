/**
 * References between rules files (a rule's team, a team's ladder, a role to sign), checked on the
 * raw documents: a typo elsewhere in a file never hides a dangling reference, and every problem
 * is reported in the same run.
 */
import type { RuleProblem, YamlFile } from './rules-yaml.ts';

export type ReferenceKind = 'team' | 'role' | 'ladder' | 'rule';
export type Known = Record<ReferenceKind, Set<string> | null>;

interface Reference {
  /** `*` is any list item or map entry. */
  path: string[];
  kind: ReferenceKind;
  /** The keys of the map at `path` are the references, not its values. */
  keys?: boolean;
}

export const TEAMS_REFERENCES: Reference[] = [
  { path: ['defaultTeam'], kind: 'team' },
  { path: ['signoff', 'default', '*'], kind: 'role' },
  { path: ['signoff', 'byKind', '*', '*'], kind: 'role' },
  { path: ['teams', '*', 'roles'], kind: 'role', keys: true },
  { path: ['teams', '*', 'ladder'], kind: 'ladder' },
  { path: ['accounts', '*'], kind: 'team' },
  { path: ['resourceRoutes', '*', 'team'], kind: 'team' },
];
export const LADDERS_REFERENCES: Reference[] = [{ path: ['defaultLadder'], kind: 'ladder' }];
export const SOURCES_REFERENCES: Reference[] = ['feeds', 'mailboxes', 'certProbes'].map((section) => ({ path: [section, '*', 'team'], kind: 'team' }));
export const PROVIDER_REFERENCES: Reference[] = [
  { path: ['rules', '*', 'route'], kind: 'team' },
  { path: ['rules', '*', 'signoff', '*'], kind: 'role' },
  { path: ['rules', '*', 'ladder'], kind: 'ladder' },
  { path: ['rules', '*', 'examples', '*', 'expect', 'team'], kind: 'team' },
  { path: ['rules', '*', 'examples', '*', 'expect', 'rule'], kind: 'rule' },
];

/** Dangling references in one file; a kind whose defining file did not parse (null) is not judged. */
export function referenceProblems(yaml: YamlFile, references: Reference[], known: Known): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const ref of references) {
    const ids = known[ref.kind];
    if (!ids) continue;
    const check = (id: unknown, path: (string | number)[], key: boolean) => {
      if (typeof id !== 'string' || ids.has(id)) return;
      const all = [...ids];
      problems.push(yaml.problem(path, `unknown ${ref.kind} "${id}"; ${ref.kind}s are ${all.length > 0 ? all.join(', ') : '(none)'}`, key));
    };
    visit(yaml.data, ref.path, [], (value, path) => {
      if (!ref.keys) return check(value, path, false);
      if (isRecord(value)) for (const key of Object.keys(value)) check(key, [...path, key], true);
    });
  }
  return problems;
}

function visit(value: unknown, rest: string[], path: (string | number)[], found: (value: unknown, path: (string | number)[]) => void): void {
  const [segment, ...tail] = rest;
  if (segment === undefined) return found(value, path);
  if (segment !== '*') {
    if (isRecord(value) && segment in value) visit(value[segment], tail, [...path, segment], found);
    return;
  }
  if (Array.isArray(value)) value.forEach((item, i) => visit(item, tail, [...path, i], found));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) visit(item, tail, [...path, key], found);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids a file defines: the keys of a map (`teams`), or a field of each list item (`rules[].id`). */
export function definedIds(yaml: YamlFile | null, section: string, field?: string): string[] | null {
  const value = isRecord(yaml?.data) ? yaml.data[section] : undefined;
  if (field === undefined) return isRecord(value) ? Object.keys(value) : null;
  if (!Array.isArray(value)) return null;
  return value.flatMap((item) => (isRecord(item) && typeof item[field] === 'string' ? [item[field]] : []));
}
