import type { Phrase } from './grammar.ts';

/** What joins one listed day to the next: `, `, ` & `, ` and the `, and the slash of a pair (`the weekend of May 4th/5th`). */
const JOIN = String.raw`(?:,\s*and|,|&|and|\/)\s*(?:the\s+)?`;
/** A month and its day as the grammar read them, with nothing else: `December 7`, `Mar. 3rd`. */
const MONTH_DAY = /^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/;
/**
 * Bare days listed after it under the same month, and the year that closes the list:
 * `December 7 & 8, 2021`, `March 3, 4 and 5`. A number followed by a clock, a unit or a
 * percent is no day (`June 3 and 10:00 UTC`, `May 2 and 4 hours later`).
 */
const MORE_DAYS = new RegExp(
  String.raw`^(?:\s*${JOIN}([0-3]?\d)(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:[ap]\.?m\b|%|h\b|hours?|hrs?|min|days?|weeks?|months?|years?|[-–]|\/)))+`,
  'i',
);
/** One day of the list: the day as written (`8th`) and its number. */
const ONE_DAY = new RegExp(String.raw`${JOIN}(([0-3]?\d)(?:st|nd|rd|th)?)`, 'gi');
const CLOSING_YEAR = /^,?\s*((?:19|20)\d{2})\b(?![:\d])/;
/** What may follow a list of days: its year, the end of a clause, or a word that starts another (`March 3 and 4 at 10:00`). */
const LIST_END = /^(?:,?\s*(?:19|20)\d{2}\b|\s*(?:[.;:)!?\n]|,|$)|\s+(?:at|from|between|during|and|or|to|until|when|while|we|you|the|in|for|respectively)\b)/i;

/**
 * Days that share a month written once (`issues of December 7 & 8, 2021`): the grammar reads only
 * the first; each listed day becomes a phrase of its own, on the year written after the last.
 */
export function listedDays(prose: string, phrases: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (const p of phrases) {
    if (!p.start.hasDay || p.start.hasTime || p.until || p.relative || p.start.hasYear || !MONTH_DAY.test(p.text)) {
      out.push(p);
      continue;
    }
    const after = prose.slice(p.end, p.end + 60);
    const list = MORE_DAYS.exec(after);
    if (!list || !LIST_END.test(after.slice(list[0].length))) {
      out.push(p);
      continue;
    }
    const year = CLOSING_YEAR.exec(after.slice(list[0].length));
    const start = year?.[1] ? { ...p.start, year: Number(year[1]), hasYear: true } : p.start;
    out.push({ ...p, start });
    for (const day of list[0].matchAll(ONE_DAY)) {
      const n = Number(day[2]);
      if (n < 1 || n > 31 || day.index === undefined) continue;
      const end = p.end + day.index + day[0].length;
      const index = end - (day[1] ?? '').length;
      out.push({ ...p, index, end, text: prose.slice(index, end), start: { ...start, day: n } });
    }
  }
  return out;
}
