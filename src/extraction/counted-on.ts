import type * as chrono from 'chrono-node';
import type { Moment, Phrase } from './grammar.ts';

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** `6 days later`, `two weeks after that`, `the next day`: a count from the day named just before, not from the message date. */
const COUNTED_ON = /^(?:(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+(?:later|after)|(?:next|following)\s+day)$/i;
/** How near the day counted from must be written: its own sentence or the one before. */
const COUNT_REACH = 240;

export function countedOn(r: chrono.ParsedResult, offset: number, before: string, after: string, last: Phrase | undefined): Phrase | null {
  const m = COUNTED_ON.exec(r.text.trim());
  if (!m || !last || last.relative || !last.start.hasDay || offset + r.index - last.end > COUNT_REACH) return null;
  if (!m[1] && !/\bthe\s+$/i.test(before)) return null;
  // `2 weeks after the lock is lifted` counts from an event with no day of its own; `two days after that` from the day before.
  if (/after$/i.test(m[0]) && !/^\s+(?:that|this|then)\b/i.test(after)) return null;
  const count = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const days = /^w/i.test(m[2] ?? 'd') ? count * 7 : count;
  const day = new Date(Date.UTC(last.start.year, last.start.month - 1, last.start.day + days));
  const start: Moment = { ...last.start, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0, second: 0, hasTime: false, hasSecond: false };
  const text = r.text.trim();
  return { index: offset + r.index, end: offset + r.index + text.length, text, start, relative: false, monthOnly: false };
}
