import * as chrono from 'chrono-node';
import { countedOn } from './counted-on.ts';
import { yearAhead, yearlessMonth, yearOfEnd } from './years.ts';

/** What one date phrase says, before any zone is applied: the wall clock and how much of it is known. */
export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** The text named a calendar day (`May 2`, `in 6 days`), not just a month or a weekday or a time. */
  hasDay: boolean;
  /** The text named a time of day. */
  hasTime: boolean;
  hasSecond: boolean;
  /** The text wrote the year (`May 2, 2026`), rather than it being guessed from the message date. */
  hasYear?: boolean;
  /** Minutes east of UTC when the text named a zone or offset, else null. */
  offset: number | null;
}

/** A date phrase as the grammar found it in the text. */
export interface Phrase {
  index: number;
  end: number;
  text: string;
  start: Moment;
  /** The second half of a range (`12pm - 1pm EST`, `from 19:00 to 04:00`). */
  until?: Moment;
  /** Counted from the message date (`in 9 days`, `next week`), not written as a date. */
  relative: boolean;
  /** A span, not a day: a month with a year (`February, 2024`), or a week from the message date (`next week`). */
  monthOnly: boolean;
}

/** chrono reads the dates; its results are the raw material that dates.ts refines. */
const parser = chrono.casual.clone();

// chrono's patterns cost hundreds of ms the first times they run (V8 interprets a regular
// expression before it compiles it); paying that at load keeps the first notice as fast as the rest.
const WARM_UP = 'Start: Mon, 2 Jan 2006 15:04 UTC. End: January 3rd, 2006 at 5 pm PST, in 9 days. '.repeat(20);
for (let i = 0; i < 3; i++) parser.parse(WARM_UP, new Date(0));

/**
 * What every match of one of chrono's English parsers holds, read off its pattern: a batch without it
 * is not given to that parser, whose pattern would try every offset of the batch for nothing. A parser
 * not named here reads every batch.
 */
export const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Words looked up in the batch in lower case (chrono's patterns ignore case), or a pattern over the batch as written. */
type Need = string[] | RegExp;
const NEEDS: Record<string, Need> = {
  ENMonthNameLittleEndianParser: MONTH_NAMES,
  ENMonthNameMiddleEndianParser: MONTH_NAMES,
  ENMonthNameParser: MONTH_NAMES,
  ENYearMonthNameParser: MONTH_NAMES,
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  ENTimeExpressionParser: /\d/,
  SlashDateFormatParser: /\d[-/.]\d/,
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  ENEndOfCurrentMonthParser: ['month'],
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
};
const needs = parser.parsers.map((p) => NEEDS[p.constructor.name] ?? null);
function holdsAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** A reader of its own for each set of parsers a batch needs, made once. */
const readers = new Map<number, chrono.Chrono>();

/** chrono with only the parsers that can match in `text`; the refiners are all kept. */
export function readerFor(text: string): chrono.Chrono {
  const lower = text.toLowerCase();
  let mask = 0;
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i];
    if (!need || (Array.isArray(need) ? holdsAny(lower, need) : need.test(text))) mask |= 1 << i;
  }
  let reader = readers.get(mask);
  if (!reader) {
    reader = new chrono.Chrono({ parsers: parser.parsers.filter((_, i) => (mask & (1 << i)) !== 0), refiners: parser.refiners });
    readers.set(mask, reader);
  }
  return reader;
}

/**
 * chrono is linear, but its cost grows with the digits in the text (about 13 ms a KB of `1-1-1-…`
 * against 0.03 ms a KB of prose). Dates past these bounds are never the ones that matter, so the
 * text is read in batches until it has given more dates, or more digits, than any notice holds.
 */
export const MAX_DATE_TEXT = 32_000;
const CHUNK = 4_000;
const MAX_PHRASES = 300;
const MAX_DIGITS = 4_000;

/**
 * Every phrase chrono reads holds a digit, a month or weekday name, a unit of time or a word for a
 * day (`today`, `noon`). chrono runs some forty patterns over all it is given, so it is given only
 * the stretches around such words: most of a notice is prose it would read for nothing.
 */
const DATE_WORD =
  /\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|tmr|yesterday|noon|midnight|morning|afternoon|evening|hour|day|week|month|year|quarter)/gi;
/** Words before the first date word of a phrase (`within the next couple of weeks`) and after the last (`5 pm PDT`). */
const LEAD = 28;
const TRAIL = 16;
/** Between two stretches: no chrono pattern or refiner joins across it (`-`, `to`, `at`, spaces would). */
const GAP = '\n\n\u00b6\n\n';
/** A stretch is widened to a whole word only this far: a run without spaces is no date of ours. */
const WORD_REACH = 64;

interface Stretch {
  /** Where it starts in the text, and in the batch given to chrono. */
  from: number;
  at: number;
}

/**
 * The stretches of `text[0, limit)` around date words, widened to whole words and merged where they
 * touch, each at most CHUNK long: chrono's cost on a dense run (`1-1-1-…`, a table of dates) grows
 * faster than its length, and the caps on dates and digits are checked between batches.
 */
function stretchesOf(text: string, limit: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  DATE_WORD.lastIndex = 0;
  for (let m = DATE_WORD.exec(text); m && m.index < limit; m = DATE_WORD.exec(text)) {
    const from = Math.max(0, m.index - LEAD);
    const end = Math.min(limit, m.index + m[0].length + TRAIL);
    const to = wordEnd(text, end, Math.min(limit, from + CHUNK, end + WORD_REACH));
    const last = out.at(-1);
    if (last && from <= last.to && to - last.from <= CHUNK) last.to = Math.max(last.to, to);
    else if (last && from <= last.to) out.push({ from: last.to, to: Math.max(to, last.to) });
    else out.push({ from: wordStart(text, from, Math.max(0, from - WORD_REACH)), to });
  }
  return out.filter((s) => s.to > s.from);
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160 || (code > 160 && /\s/.test(String.fromCharCode(code)));
function wordStart(text: string, i: number, floor: number): number {
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i -= 1;
  return i;
}
function wordEnd(text: string, i: number, limit: number): number {
  while (i < limit && !isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** Every date phrase in `text`, resolved against the message date. */
export function parseDates(text: string, receivedAt: Date): Phrase[] {
  const reference = { instant: receivedAt, timezone: 0 };
  const stretches = stretchesOf(text, Math.min(text.length, MAX_DATE_TEXT));
  const phrases: Phrase[] = [];
  let digits = 0;
  let next = 0;
  while (next < stretches.length && phrases.length < MAX_PHRASES && digits < MAX_DIGITS) {
    const batch: Stretch[] = [];
    let batchText = '';
    while (next < stretches.length && batchText.length < CHUNK) {
      const { from, to } = stretches[next++]!;
      const part = text.slice(from, to);
      if (batchText) batchText += GAP;
      batch.push({ from, at: batchText.length });
      batchText += part;
      digits += digitsIn(text, from, to);
    }
    for (const r of readerFor(batchText).parse(batchText, reference, { forwardDate: true })) {
      const stretch = stretchAt(batch, r.index);
      const offset = stretch.from - stretch.at;
      const after = text.slice(offset + r.index + r.text.length, offset + r.index + r.text.length + 80);
      const before = batchText.slice(Math.max(0, r.index - 24), r.index);
      const phrase = countedOn(r, offset, before, after, phrases.at(-1)) ?? toPhrase(r, offset, receivedAt, before, after);
      if (phrase) phrases.push(phrase);
    }
  }
  return phrases;
}

function digitsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

function stretchAt(batch: readonly Stretch[], index: number): Stretch {
  let found = batch[0]!;
  for (const s of batch) {
    if (s.at > index) break;
    found = s;
  }
  return found;
}

/**
 * A bare number before a date is a version or a count (`Node.js 16 before May 1`), not an hour; one that
 * ends the sentence before it (`… on Node.js 18.` then `November 2, 2026` on the next line) is no day either.
 */
const BARE_HOUR = /^\d{1,2}(?!\s*(?::|h\b|[ap]\.?m\b|o['’]?clock|utc|gmt|z\b))\.?\s+(?=\D)/i;
/** Counted dates that name a moment ahead; durations (`about 1 minute`) and look-backs (`last 30 days`) do not. */
/** `the end of the month`, `end of this year`: counted from the message date. */
const PERIOD_END = /\bend\s+of\s+(?:the\s+|this\s+|next\s+)?(?:month|week|year|quarter)\b/i;
/** `next Tuesday`, `this Friday at 10:00`: a weekday the text pins to one week, so a day. */
const NAMED_WEEKDAY = /^(?:(?:on\s+)?(?:next|this|coming|this\s+coming)\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** `24 hours later` counts from an event the text names before it, not from the message date. */
const AHEAD = /^(?:in|within|next|this|the\s+next)\b|\b(?:from\s+now|from\s+today)$/i;
/**
 * `within 24 hours after the upstream release`, `in 30 days of the migration`: a count from an event the text names,
 * not from the message date. `of this email`, `of receipt`, `of the date of this notice` count from the message.
 */
const COUNTED_FROM_EVENT =
  /^\s*(?:after|following|of)\s+(?!(?:this|today|now|receipt|your\s+receipt|the\s+(?:date|day|receipt|sending)\s+of\s+this)\b)(?:the|an?|our|its|each|every|any|their|that)\s/i;
/** `over the next few days`, `within a couple of weeks`: a count nobody wrote names no day. */
const VAGUE_COUNT = /\b(?:few|several|couple(?:\s+of)?|number\s+of|some|many)\s+(?:more\s+)?(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?)\b/i;

/** `in two months`, `within a year`: a count from the message date lands on a day, as `in 30 days` does. */
const COUNT_AHEAD = /^(?:in|within)\s+(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:weeks?|months?|years?)$/i;
/** `next week`, `this week`: a week counted from the message date is a span of days, not one of them. */
const WEEK_AHEAD = /^(?:next|this|the\s+coming|coming)\s+week$/i;

/** `noon`, `midnight` name an hour; with a written day (`noon ET on June 30`) nothing is counted from the message date. */
const CLOCK_WORD = /\/(?:noon|midnight|morning|afternoon|evening)$/;

function toPhrase(r: chrono.ParsedResult, offset: number, receivedAt: Date, before = '', after = ''): Phrase | null {
  const tags = r.start.tags();
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/') && !(CLOCK_WORD.test(t) && r.start.isCertain('day')));
  if (tags.has('result/relativeDate') && (!AHEAD.test(r.text.trim()) || COUNTED_FROM_EVENT.test(after))) return null;
  if (relative && VAGUE_COUNT.test(r.text)) return null;
  const weekday = NAMED_WEEKDAY.test(r.text.trim());
  const periodEnd = PERIOD_END.test(r.text);
  const limitMonth = !relative && yearlessMonth(r, before);
  if (tags.has('casualReference/now') || (!relative && !weekday && !periodEnd && !limitMonth && !/\d/.test(r.text))) return null;
  const start = toMoment(r.start, r.text);
  if (weekday || (relative && COUNT_AHEAD.test(r.text.trim()))) start.hasDay = true;
  let index = r.index;
  let text = r.text;
  const bare = BARE_HOUR.exec(text);
  // `17 Mar 2026 17:00`, `1 March to 1 June`: a leading number that is the day itself is no stray hour.
  if (bare && start.hasDay && Number.parseInt(bare[0], 10) !== start.day && new RegExp(String.raw`\b0?${start.day}(?:st|nd|rd|th)?\b`).test(text.slice(bare[0].length))) {
    index += bare[0].length;
    text = text.slice(bare[0].length);
  }
  // Prepositions belong to the context that gives the date its role, not to the date.
  const lead = /^(?:(?:on|at|before|by|after|until|from|since)\s+)+/i.exec(text)?.[0].length ?? 0;
  index += lead;
  text = text.slice(lead).replace(/[\s,;:(]+$/, '');
  if (/\)$/.test(text) && !text.includes('(')) text = text.slice(0, -1);
  const monthOnly = (!start.hasDay && !r.end?.isCertain('day') && r.start.isCertain('month') && (r.start.isCertain('year') || limitMonth)) || (relative && WEEK_AHEAD.test(r.text.trim()));
  if (!start.hasDay && !start.hasTime && !monthOnly && !r.end?.isCertain('day')) return null;
  const until = r.end ? toMoment(r.end, r.text) : undefined;
  // `Nov 1 - Nov 30, 2026`: a start without a year takes the year the end of its range is written with.
  if (!relative && !r.start.isCertain('year')) start.year = until?.hasYear ? yearOfEnd(start, until).year : yearAhead(start, receivedAt, after);
  const phrase: Phrase = { index: offset + index, end: offset + index + text.length, text, start, relative: relative || periodEnd, monthOnly };
  if (r.end && until) {
    if (!relative && !r.end.isCertain('year')) until.year = start.year + (until.month < start.month ? 1 : 0);
    phrase.until = until;
    // `10:00 to 12:00 PDT on June 20`: the day written after the range is the day of both ends.
    if (until.hasDay && !start.hasDay) start.hasDay = true;
  }
  return phrase;
}

/** chrono sometimes reads an hour out of an id (`INV-2024-08-118734`); an hour must look written. */
const TIME_WRITTEN = /\d[:.h]\d{2}|\d\s*(?:[ap]\.?m\b)|\bnoon\b|\bmidnight\b|o['’]?clock|\d{4}-\d{2}-\d{2}T\d{2}/i;

function toMoment(c: chrono.ParsedComponents, text: string): Moment {
  const hasDay = c.isCertain('day') || (c.isCertain('weekday') && c.isCertain('month'));
  return {
    year: c.get('year') ?? 1970,
    month: c.get('month') ?? 1,
    day: c.get('day') ?? 1,
    hour: c.get('hour') ?? 0,
    minute: c.get('minute') ?? 0,
    second: c.get('second') ?? 0,
    hasDay,
    hasTime: c.isCertain('hour') && TIME_WRITTEN.test(text),
    hasSecond: c.isCertain('second') && (c.get('second') ?? 0) !== 0,
    hasYear: c.isCertain('year'),
    offset: c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? 0) : null,
  };
}
