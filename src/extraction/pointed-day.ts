import type { Phrase } from './grammar.ts';
import { sentenceOf, squash } from './text.ts';

/**
 * A time whose day is named by pointing back at a date written earlier: `by 17:00 CET on the
 * end-of-support date`, `at noon UTC on that day`, `23:59 PT on the same date`.
 */
const ON_POINTED = /^\s*(?:[A-Z]{2,5}\s+|\([^()\n]{1,30}\)\s*)?on\s+(?:(?:that|this)\s+(?:date|day)|the\s+same\s+(?:date|day)|the\s+((?:[\w-]+\s+){1,2}?)(?:date|day))\b/;
/** How far back the day a pointer means may be written. */
const REACH = 800;

/**
 * The day a time with no day of its own points back at, or null where the words after it point at
 * none. Of the days written before it within reach, the last whose sentence names the event the
 * pointer names (`the end-of-support date` → `reaches end of support on 27.02.2026`), else the last.
 */
export function pointedDay(prose: string, phrases: Phrase[], i: number): Phrase | null {
  const p = phrases[i];
  if (!p) return null;
  const m = ON_POINTED.exec(prose.slice(p.end, p.end + 80));
  if (!m) return null;
  const earlier = phrases.slice(0, i).filter((q) => q.start.hasDay && !q.start.hasTime && !q.relative && p.index - q.end <= REACH);
  const event = eventKey(m[1] ?? '');
  const named = event === '' ? undefined : earlier.filter((q) => squash(sentenceOf(prose, q.index, q.end)).includes(event)).at(-1);
  return named ?? earlier.at(-1) ?? null;
}

/** The event by its stem (`end-of-support` → `endofsupp`, `removal` → `remov`); generic words name none. */
const eventKey = (words: string): string =>
  squash(words.replace(/\b(?:same|new|planned|scheduled|announced|above|following)\b/gi, ''))
    .replace(/(?:ment|ation|al|ing|ed|es|e|s)$/, '')
    .slice(0, 9);
