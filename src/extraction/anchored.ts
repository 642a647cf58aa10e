/**
 * Scans that cost less than a pattern tried at every offset. Patterns read only where a match can start. Many grammars need a rare character (`/`, `@`, `(`)
 * right after a run of name characters: the run is found from the character, by indexOf, and the
 * pattern is tried once, sticky, at the run's start, instead of at every offset of the text. Each
 * pattern's matches are the same as a scan of the whole text's, provided every match starts where
 * the caller says one can.
 */

/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them, without the copy of the pattern
 * matchAll makes on each call (about a microsecond, paid dozens of times per notice). Like matchAll,
 * it starts at the pattern's lastIndex and leaves it as it was, so a caller may use the same pattern
 * between two matches.
 */
export function* matchesOf(text: string, re: RegExp): Generator<RegExpExecArray> {
  const saved = re.lastIndex;
  let at = saved;
  try {
    for (;;) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return;
      at = m[0] === '' ? afterEmpty(text, re.lastIndex, re.unicode || re.flags.includes('v')) : re.lastIndex;
      yield m;
    }
  } finally {
    re.lastIndex = saved;
  }
}

/** Past an empty match: one character, or a whole surrogate pair under the `u` flag. */
function afterEmpty(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/** The matches a scan of the whole text would find, where each starts at one of `starts` (ascending); `re` is sticky. */
export function* matchesAt(text: string, re: RegExp, starts: Iterable<number>): Generator<RegExpExecArray> {
  let done = 0;
  for (const start of starts) {
    if (start < done) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    done = start + m[0].length;
    yield m;
  }
}

/**
 * For each `mark` in the text, where the run of characters that `inRun` accepts right before it
 * starts (`skip` characters, as the spaces before a parenthesis, are passed over first). A pattern
 * whose match opens with such a run, and whose look-behind refuses those characters before it,
 * can start there only.
 */
export function* runsBefore(text: string, mark: string, inRun: (code: number) => boolean, skip?: (code: number) => boolean): Generator<number> {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    let end = at;
    if (skip) while (end > 0 && skip(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
    if (start < end) yield start;
  }
}

export const isAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
