/**
 * A small parser for the JavaScript regex dialect (no `u` flag), just enough to reason about
 * backtracking: which characters each part can match, and where quantifiers nest.
 * It runs only on sources that `new RegExp` has already accepted.
 */

/** Sorted, non-overlapping, inclusive UTF-16 code unit ranges. */
export type CharSet = ReadonlyArray<readonly [number, number]>;

export type RegexNode =
  | { t: 'chars'; set: CharSet; start: number; end: number }
  | { t: 'seq'; items: RegexNode[]; start: number; end: number }
  | { t: 'alt'; alts: RegexNode[]; start: number; end: number }
  | { t: 'group'; body: RegexNode; name?: string; look: boolean; start: number; end: number }
  | { t: 'repeat'; body: RegexNode; min: number; max: number; start: number; end: number }
  | { t: 'assert'; start: number; end: number }
  | { t: 'backref'; start: number; end: number };

const MAX = 0xffff;
export const ANY: CharSet = [[0, MAX]];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: CharSet = normalize([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
const DOT: CharSet = complement([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]);

export function normalize(ranges: Iterable<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function union(...sets: CharSet[]): CharSet {
  return normalize(sets.flat());
}

export function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of normalize(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

export function overlaps(a: CharSet, b: CharSet): boolean {
  return a.some(([alo, ahi]) => b.some(([blo, bhi]) => alo <= bhi && blo <= ahi));
}

/** Adds the other case of ASCII letters: every rule regex is compiled with `i`. */
function foldCase(set: CharSet): CharSet {
  const extra: [number, number][] = [];
  for (const [lo, hi] of set) {
    for (const [from, to] of [[0x61, 0x41], [0x41, 0x61]] as const) {
      const a = Math.max(lo, from);
      const b = Math.min(hi, from + 25);
      if (a <= b) extra.push([a - from + to, b - from + to]);
    }
  }
  return union(set, extra);
}

const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT, D: complement(DIGIT), w: WORD, W: complement(WORD), s: SPACE, S: complement(SPACE),
};
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

export function parseRegex(source: string, ignoreCase = true): RegexNode {
  let pos = 0;
  const single = (code: number): CharSet => (ignoreCase ? foldCase([[code, code]]) : [[code, code]]);
  const char = (code: number) => ({ set: single(code), code });

  /** After a backslash; `pos` ends past the escape. `code` is set when it stands for one character. */
  function escape(inClass: boolean): { set: CharSet; code: number | null } | 'assert' | 'backref' {
    const c = source[pos++] ?? '\\';
    const cls = CLASS_ESCAPES[c];
    if (cls) return { set: cls, code: null };
    if (c === 'b' && inClass) return char(8);
    if (c === 'b' || c === 'B') return 'assert';
    if (!inClass && /[1-9]/.test(c)) {
      while (/\d/.test(source[pos] ?? '')) pos++;
      return 'backref';
    }
    if (!inClass && c === 'k' && source[pos] === '<') {
      pos = source.indexOf('>', pos) + 1;
      return 'backref';
    }
    const control = CONTROL[c];
    if (control !== undefined) return char(control);
    const hex = c === 'x' ? /^[0-9a-f]{2}/i.exec(source.slice(pos)) : c === 'u' ? /^[0-9a-f]{4}/i.exec(source.slice(pos)) : null;
    if (hex) {
      pos += hex[0].length;
      return char(parseInt(hex[0], 16));
    }
    if (c === 'c' && /[a-z]/i.test(source[pos] ?? '')) return char(source.charCodeAt(pos++) % 32);
    return char(c.charCodeAt(0));
  }

  function charClass(): CharSet {
    const negated = source[pos] === '^';
    if (negated) pos++;
    const parts: CharSet[] = [];
    // In JS, `]` right after `[` closes the class (`[]` matches nothing), unlike POSIX.
    while (pos < source.length && source[pos] !== ']') {
      const lo = classAtom();
      const dash = source[pos] === '-' && pos + 1 < source.length && source[pos + 1] !== ']';
      if (!dash || lo.code === null) {
        parts.push(lo.set);
        continue;
      }
      pos++;
      const hi = classAtom();
      // `[\w-.]`: next to a class escape the dash is a literal.
      if (hi.code === null) parts.push(lo.set, single(0x2d), hi.set);
      else parts.push(ignoreCase ? foldCase([[lo.code, hi.code]]) : [[lo.code, hi.code]]);
    }
    pos++;
    const set = union(...parts);
    return negated ? complement(set) : set;
  }

  /** One class member; `code` is its code unit when it is a single character (a possible range end). */
  function classAtom(): { set: CharSet; code: number | null } {
    const c = source[pos++] ?? '';
    if (c !== '\\') return char(c.charCodeAt(0));
    const e = escape(true);
    return typeof e === 'string' ? { set: [], code: null } : e;
  }

  function quantifier(): { min: number; max: number } | null {
    const c = source[pos];
    if (c === '*' || c === '+' || c === '?') {
      pos++;
      return { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity };
    }
    if (c !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos));
    if (!m) return null;
    pos += m[0].length;
    const min = Number(m[1]);
    return { min, max: m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]) };
  }

  function atom(): RegexNode {
    const start = pos;
    const c = source[pos++] ?? '';
    if (c === '^' || c === '$') return { t: 'assert', start, end: pos };
    if (c === '.') return { t: 'chars', set: DOT, start, end: pos };
    if (c === '[') return { t: 'chars', set: charClass(), start, end: pos };
    if (c === '\\') {
      const e = escape(false);
      if (e === 'assert' || e === 'backref') return { t: e, start, end: pos };
      return { t: 'chars', set: e.set, start, end: pos };
    }
    if (c === '(') {
      let name: string | undefined;
      let look = false;
      if (source.startsWith('?:', pos)) pos += 2;
      else if (/^\?<?[=!]/.test(source.slice(pos))) {
        look = true;
        pos += source[pos + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', pos)) {
        const close = source.indexOf('>', pos);
        name = source.slice(pos + 2, close);
        pos = close + 1;
      }
      const body = alternation();
      pos++; // )
      return { t: 'group', body, name, look, start, end: pos };
    }
    return { t: 'chars', set: single(c.charCodeAt(0)), start, end: pos };
  }

  function sequence(): RegexNode {
    const start = pos;
    const items: RegexNode[] = [];
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      let node = atom();
      const q = quantifier();
      if (q) {
        if (source[pos] === '?') pos++; // lazy: same paths, other order
        node = { t: 'repeat', body: node, min: q.min, max: q.max, start: node.start, end: pos };
      }
      items.push(node);
    }
    return items.length === 1 && items[0] ? items[0] : { t: 'seq', items, start, end: pos };
  }

  function alternation(): RegexNode {
    const start = pos;
    const alts = [sequence()];
    while (source[pos] === '|') {
      pos++;
      alts.push(sequence());
    }
    return alts.length === 1 && alts[0] ? alts[0] : { t: 'alt', alts, start, end: pos };
  }

  return alternation();
}

/** Every `(?<name>…)` in the pattern, in order. */
export function groupNames(node: RegexNode): string[] {
  switch (node.t) {
    case 'group':
      return [...(node.name ? [node.name] : []), ...groupNames(node.body)];
    case 'repeat':
      return groupNames(node.body);
    case 'seq':
      return node.items.flatMap(groupNames);
    case 'alt':
      return node.alts.flatMap(groupNames);
    default:
      return [];
  }
}
