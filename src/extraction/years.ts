import type * as chrono from 'chrono-node';
import type { Moment } from './grammar.ts';

/** The year of a date phrase that does not write one: from the message date, or from the other end of its range. */

/**
 * A month named without a year or a day is a time only after words that make it a limit (`At the end of
 * January`, `until December`, `before March`, `before early November`: the month's first day, `by late June`: its last);
 * elsewhere it is background (`In September we added…`).
 */
const MONTH_LIMIT = /\b(?:by|until|till|through|thru|before|no\s+later\s+than|prior\s+to)\s+(?:the\s+)?(?:end\s+of\s+|(?:early|late)[\s-]+)?$/i;
const END_OF_MONTH = /^end\s+of\s+[a-z]{3,9}\.?[\s,]*$/i;
export function yearlessMonth(r: chrono.ParsedResult, before: string): boolean {
  if (/\d/.test(r.text) || !r.start.isCertain('month') || r.start.isCertain('year') || r.end) return false;
  return END_OF_MONTH.test(r.text.trim()) || (!r.start.isCertain('day') && MONTH_LIMIT.test(before));
}

const RECENT_DAYS = 31;

/**
 * `Between January 1 and October 31, 2026`: the year written once, after the end, is the start's
 * too (the year before, where the start's day comes later in the year than the end's).
 */
export function yearOfEnd(start: Moment, until: Moment): Moment {
  if (start.hasYear !== false || !until.hasYear) return start;
  const later = start.month > until.month || (start.month === until.month && start.day > until.day);
  return { ...start, year: until.year - (later ? 1 : 0) };
}

/**
 * A day written without a year is the next one from the message date, except a day of the last
 * month, which is recent past (`Jul 23, 13:20 UTC` in an incident report sent the same afternoon).
 */
export function yearAhead(m: Moment, receivedAt: Date, after = ''): number {
  const year = receivedAt.getUTCFullYear();
  const sameYear = Date.UTC(year, m.month - 1, m.day);
  return sameYear < receivedAt.getTime() - RECENT_DAYS * 86_400_000 && !TOLD_AS_PAST.test(after) && !PUBLISHED.test(after) ? year + 1 : year;
}

/**
 * A day written as the name of something already published (`our March 3 announcement`, `the 17th
 * January blog post`, `the Feb 9 email`): when it went out, before the notice, never a day to act by.
 */
export const PUBLISHED =
  /^[^\S\n]*(?:blog\s+|press\s+)?(?:posts?|announcements?|e-?mails?|newsletters?|articles?|letters?|bulletins?|communications?|release\s+notes|notices?|notifications?|messages?|blogs?)\b(?!\s+(?:will|is\s+going\s+to)\b)/i;

/**
 * A clause that tells what happened on the day (`On March 2 a flaw was reported`, `March 2: we shipped the fix`,
 * `by Feb 9 they had moved`): a timeline of the past, so the day is this year's, not the next one's.
 */
const TOLD_AS_PAST =
  /^[^\S\n]*[,:–-]?(?:(?!\bwill\b)[^.,;!?\n]){0,60}?(?<!\bto\s)\b(?:was|were|had|happened|occurred|began|went|became|saw|took|came|did|(?:we|it|they|he|she)\s+(?:also\s+|then\s+|first\s+)?(?!(?:n|proc|exc|succ|f|s)eed\b)[a-z]+ed)\b/i;
