/**
 * Compiles the regexes written in rules/ and refuses the ones that can backtrack catastrophically.
 * Rules run against every notice body, which may be a 100 kB mail; one exponential pattern would
 * stall ingestion for every source. The check is static: star height and overlap, no timed probes.
 */
import { ANY, type CharSet, groupNames, overlaps, parseRegex, type RegexNode, union } from './rules-regex-parse.ts';

export type CompiledRegex = { ok: true; regex: RegExp; groups: string[] } | { ok: false; message: string };

/** Outer repetition above this count is treated as unbounded: `(a+){1,100}` is as bad as `(a+)+`. */
const REPEATING = 10;

export function compileRegex(source: string, flags: 'i' | 'gi'): CompiledRegex {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (err) {
    return { ok: false, message: `regex does not compile: ${(err as Error).message}` };
  }
  const tree = parseRegex(source, true);
  const danger = findBacktracking(tree, source);
  if (danger) return { ok: false, message: `regex /${source}/ can backtrack catastrophically: ${danger}` };
  return { ok: true, regex, groups: groupNames(tree) };
}

/** The first construct that gives a backtracking matcher exponentially many ways to fail, or null. */
export function findBacktracking(node: RegexNode, source: string): string | null {
  const text = (n: RegexNode) => source.slice(n.start, n.end);
  for (const outer of walk(node)) {
    if (outer.t !== 'repeat' || outer.max <= REPEATING) continue;
    const inner = [...walk(outer.body)].filter((n) => n.t === 'repeat' && n.max > REPEATING);
    if (inner.length > 0 && !hasDelimiter(outer.body, union(...inner.map(charsOf)))) {
      const first = inner[0] as RegexNode;
      return `"${text(outer)}" repeats "${text(first)}" with nothing between the repetitions to tell them apart; put a required separator in the group (as in "(?:[\\w-]+\\.)+") or drop one quantifier`;
    }
    const body = unwrap(outer.body);
    if (body.t === 'alt') {
      for (let i = 0; i < body.alts.length; i++) {
        for (let j = i + 1; j < body.alts.length; j++) {
          const [a, b] = [body.alts[i], body.alts[j]];
          if (a && b && overlaps(firstOf(a), firstOf(b))) {
            return `"${text(outer)}" repeats alternatives "${text(a)}" and "${text(b)}" that can start with the same character; make them start differently or merge them`;
          }
        }
      }
    }
  }
  return null;
}

function* walk(node: RegexNode): Generator<RegexNode> {
  yield node;
  if (node.t === 'group' || node.t === 'repeat') yield* walk(node.body);
  else if (node.t === 'seq') for (const item of node.items) yield* walk(item);
  else if (node.t === 'alt') for (const alt of node.alts) yield* walk(alt);
}

function unwrap(node: RegexNode): RegexNode {
  return node.t === 'group' && !node.look ? unwrap(node.body) : node;
}

/**
 * A required step that none of the inner repetitions can match ends each repetition
 * unambiguously: `(?:[\w-]+\.)+` is safe, `(?:[\w-]+\.?)+` is not.
 */
function hasDelimiter(body: RegexNode, repeated: CharSet): boolean {
  const inner = unwrap(body);
  if (inner.t === 'alt') return inner.alts.every((alt) => hasDelimiter(alt, repeated));
  const items = inner.t === 'seq' ? inner.items : [inner];
  return items.some((item) => !nullable(item) && !overlaps(charsOf(item), repeated));
}

/** Every character the node can consume anywhere. */
function charsOf(node: RegexNode): CharSet {
  switch (node.t) {
    case 'chars':
      return node.set;
    case 'backref':
      return ANY;
    case 'group':
      return node.look ? [] : charsOf(node.body);
    case 'repeat':
      return charsOf(node.body);
    case 'seq':
      return union(...node.items.map(charsOf));
    case 'alt':
      return union(...node.alts.map(charsOf));
    case 'assert':
      return [];
  }
}

/** The characters a match of the node can start with. */
function firstOf(node: RegexNode): CharSet {
  switch (node.t) {
    case 'chars':
      return node.set;
    case 'backref':
      return ANY;
    case 'group':
      return node.look ? [] : firstOf(node.body);
    case 'repeat':
      return firstOf(node.body);
    case 'alt':
      return union(...node.alts.map(firstOf));
    case 'assert':
      return [];
    case 'seq': {
      const sets: CharSet[] = [];
      for (const item of node.items) {
        sets.push(firstOf(item));
        if (!nullable(item)) break;
      }
      return union(...sets);
    }
  }
}

function nullable(node: RegexNode): boolean {
  switch (node.t) {
    case 'chars':
      return false;
    case 'group':
      return node.look || nullable(node.body);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.alts.some(nullable);
    default:
      return true;
  }
}
