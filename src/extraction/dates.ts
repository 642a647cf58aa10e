import { listedDays } from './day-lists.ts';
import type { Precision } from '../domain/facts.ts';
import { parseDates, type Moment, type Phrase } from './grammar.ts';
import { yearOfEnd } from './years.ts';
import { grammarText } from './grammar-text.ts';
import type { DayOrder } from './numeric-dates.ts';
import { pointedDay } from './pointed-day.ts';
import { findMonthRanges, findSpans, monthEnd } from './spans.ts';
import { timelineDay } from './timelines.ts';
import { dayInstant, instantIn, localZoneOf, statedZone, UTC, zoneAfterClockWord, zoneAfterTime, zoneAt, type Zone } from './zones.ts';

/** One instant found in the text, before its role is known. */
export interface Found {
  index: number;
  end: number;
  text: string;
  at: Date;
  precision: Precision;
  relative: boolean;
  monthOnly: boolean;
  /** Set on both halves of a window (`between X and Y`, `12pm - 1pm`, `for 2 hours starting at`). */
  window?: 'start' | 'end';
  /** A month or a quarter: `at` is its first day, this its last (spans.ts picks the one meant). */
  spanEnd?: Date;
  /** A quarter or a whole year (`by the end of 2025`): coarser than a month, a plan more than a day. */
  wide?: boolean;
  /** A time of day in a zone: the calendar day as written (days since the epoch), which its UTC instant may leave. */
  localDay?: number;
}

const HOUR = 3_600_000;
const DURATION =
  /\b(?:for|lasting|lasts?(?:\s+up\s+to)?|duration(?:\s+of)?:?)\s+(?:up\s+to\s+|about\s+|approximately\s+|around\s+|roughly\s+)?(\d{1,2}(?:\.5)?|one|two|three|four|five|six|eight|twelve)\s*(hours?|hrs?|minutes?|mins?)\b/i;
/** The length said as the window's own measure, before its day: `a 5 hour downtime period … at 8pm`, `a two-hour maintenance window`. */
const SIZED_WINDOW =
  /\b(\d{1,2}(?:\.5)?|one|two|three|four|five|six|eight|twelve)[\s-]?(hours?|hrs?|minutes?|mins?)\s+(?:(?:maintenance|downtime|outage|service|upgrade|scheduled|planned)\s+){0,2}(?:window|period|downtime|outage|maintenance)\b[^.!?\n]{0,100}$/i;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, twelve: 12 };
const RANGE_JOIN = /^\s*(?:and|until|till|to|through|thru|-|–|—)(?:\s+(?:ending|ends?|finishing|finishes)(?:\s+(?:at|on))?)?\s*$/i;
const RANGE_OPEN = /\b(?:between|from|(?:starting|beginning|begins|starts)(?:\s+(?:at|on|from))?)\s*$/i;
/** `moved from March 1 to June 1`: a date that replaces another, not a window from one to the other. */
const MOVED_FROM = /\b(?:extended|moved|postponed|pushed|changed|delayed|rescheduled|updated|brought\s+forward)\s+(?:back\s+)?(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:\d{1,2}\s+)?$/i;
/** Days that share one time range: `on February 18 and March 11, from 14:00 to 22:00 UTC`. */
const DAY_LIST = /^\s*(?:,|and|&|,\s*and)\s*$/i;
/** A count of hours or minutes from the message date keeps its time of day: `within 48 hours`. */
const HOURS_AHEAD = /\b\d{1,3}\s*(?:hours?|hrs?|minutes?|mins?)\b/i;
/**
 * A count of seconds is a timeout (`responds within 5 seconds`), and `in a day` a time a task takes
 * (`Most teams finish in a day`): neither is a day a notice names.
 */
const SPAN_ONLY = /\bsec(?:ond)?s?\b|^(?:in|within)\s+(?:a|an|one)\s+(?:day|hour|minute)\b/i;
/** `in the week of 11 November`: the period named after it, not the one after the message date. */
const PERIOD_OF = /^\s*of\b/i;
const PERIOD = /\b(?:week|month)\b/i;
/** The same time written twice in two zones, where chrono read both: `10:00 am PDT / 5:00 pm UTC`. */
const RESTATED = /^\s*(?:\/|\||\(|\)\s*\(|or)?\s*\(?\s*$/i;

const CLOCK_WORD = /^(?:noon|midnight)\b/i;
/** `available 24/7`, `24/365`: around the clock, not 24 July; a day is what a preposition points at (`on 24/7`). */
const AROUND_THE_CLOCK = /^24\/(?:7|365)$/;
const POINTS_AT_DAY = /\b(?:on|by|before|until|till|from|after|since|of|the)\s*$/i;
const aroundTheClock = (prose: string, p: Phrase): boolean => AROUND_THE_CLOCK.test(p.text) && !POINTS_AT_DAY.test(prose.slice(Math.max(0, p.index - 12), p.index));
/** `12 noon`: chrono reads the word, and the digits before it are the same time. */
const TWELVE = /\b12\s+$/;
const twelve = (prose: string, p: Phrase): Phrase => {
  const digits = TWELVE.exec(prose.slice(Math.max(0, p.index - 4), p.index))?.[0].length;
  if (digits === undefined) return p;
  const index = p.index - digits;
  return { ...p, index, text: prose.slice(index, p.end) };
};

/** Every date in the text, with time-only phrases joined to their day and ranges kept as windows. */
export function findDates(prose: string, receivedAt: Date, order: DayOrder = 'month-first'): Found[] {
  const zone = statedZone(prose) ?? UTC;
  const counted = grammarText(prose, order);
  // A year a century away is a build number (`version 10.1.2507`), not a day a notice names.
  const lastYear = receivedAt.getUTCFullYear() + 100;
  const parsed = parseDates(counted.text, receivedAt)
    .map((p) => (counted.spans.has(p.index) ? { ...p, end: counted.spans.get(p.index) ?? p.end } : p))
    .filter((p) => p.start.year <= lastYear && !/^for\b/i.test(p.text) && !aroundTheClock(prose, p) && !(p.relative && SPAN_ONLY.test(p.text)) && !(p.relative && PERIOD.test(p.text) && PERIOD_OF.test(prose.slice(p.end, p.end + 6))))
    .map((p) => (p.relative && !p.start.hasTime && HOURS_AHEAD.test(p.text) ? { ...p, start: { ...p.start, hasTime: true, offset: 0 } } : p))
    .map((p) => (CLOCK_WORD.test(p.text) ? twelve(prose, p) : p));
  const phrases = listedDays(prose, joinRanges(prose, joinTimes(prose, joinRanges(prose, parsed.flatMap((p) => splitMoved(prose, p)), true), receivedAt)));
  const found: Found[] = [];
  for (const p of phrases) {
    if (!p.start.hasDay && !p.monthOnly) continue;
    const written = zoneAfterTime(prose.slice(p.index, p.end)) ?? zoneAt(prose.slice(p.end, p.end + 60)) ?? zoneAfterClockWord(prose.slice(p.end, p.end + 60)) ?? zone;
    const local = localZoneOf(prose.slice(p.index, p.end));
    // A zone written once at the end of a range (`14/05 22:00 - 15/05 02:00 CEST`) holds for its start too.
    const startMoment = p.start.offset === null && p.until && p.until.offset !== null ? { ...p.start, offset: p.until.offset } : p.start;
    const start = local ? resolve({ ...p.start, offset: null }, local) : resolve(startMoment, written);
    // A zone written once for a range (`12pm - 1pm EST`, `07:00 PDT to 09:00`) holds for both ends.
    const untilZone = p.start.offset !== null ? { offset: p.start.offset } : written;
    let until = p.until ? resolve(p.until, p.until.offset === null ? untilZone : { offset: p.until.offset }) : null;
    if (p.until && local) until = resolve({ ...p.until, offset: null }, local);
    if (!until && p.start.hasTime) until = durationEnd(p, prose, start.at);
    if (until && until.at < start.at && start.precision !== 'day') until.at = new Date(until.at.getTime() + 24 * HOUR);
    // The words as written, not as rewritten for the grammar (`12/06/2025`, not `06/12/2025`).
    const base = { index: p.index, end: p.end, text: prose.slice(p.index, p.end).replace(/\s+/g, ' '), relative: p.relative, monthOnly: p.monthOnly };
    if (!until || until.at.getTime() === start.at.getTime()) {
      // A week (`next week`) keeps the day it is counted to; a month spans to its last.
      found.push(p.monthOnly && !p.start.hasDay ? { ...base, ...start, spanEnd: monthEnd(start.at) } : { ...base, ...start });
      continue;
    }
    found.push({ ...base, ...start, window: 'start' }, { ...base, ...until, window: 'end' });
  }
  // A month the grammar read inside a period of two (`May 2026` of `between March and May 2026`) is that period's end.
  const periods = findMonthRanges(prose);
  const outside = periods.length === 0 ? found : found.filter((f) => !periods.some((r) => f.index >= r.index && f.end <= r.end));
  outside.push(...findSpans(prose), ...periods);
  return dropRestatedRelatives(outside.sort((a, b) => a.index - b.index));
}

const dayOf = (d: Date): number => Math.floor(d.getTime() / (24 * HOUR));

function resolve(m: Moment, zone: Zone): { at: Date; precision: Precision; localDay?: number } {
  const day = dayInstant(m.year, m.month, m.day);
  if (!m.hasTime) return { at: day, precision: 'day' };
  const at = instantIn(m, m.offset === null ? zone : { offset: m.offset });
  return { at, precision: m.hasSecond ? 'second' : 'minute', localDay: dayOf(day) };
}

/** `for 2 hours starting at 20:00` and `20:00 UTC for 2 hours`: a window whose end the text implies. */
function durationEnd(p: Phrase, prose: string, start: Date): { at: Date; precision: Precision } | null {
  const m = DURATION.exec(prose.slice(Math.max(0, p.index - 40), p.end + 60)) ?? SIZED_WINDOW.exec(prose.slice(Math.max(0, p.index - 160), p.index));
  if (!m?.[1] || !m[2]) return null;
  const n = WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  const ms = /^h/i.test(m[2]) ? n * HOUR : n * 60_000;
  return { at: new Date(start.getTime() + ms), precision: 'minute' };
}

/**
 * A time with no day (`starting at 20:00 UTC`) takes the day written next to it in the same
 * paragraph; a time that restates a neighbouring one in another zone is dropped; the rest are dropped.
 */
function joinTimes(prose: string, phrases: Phrase[], sent: Date): Phrase[] {
  const out: Phrase[] = [];
  const anyDay = phrases.some((q) => q.start.hasDay || q.monthOnly);
  phrases.forEach((p, i) => {
    if (p.start.hasDay || p.monthOnly) {
      if (p.start.hasTime) for (const other of chainedDays(prose, phrases, i)) out.push(onDay(p, other));
      return out.push(p);
    }
    const next = phrases[i + 1];
    const prev = phrases[i - 1];
    if (next?.start.hasTime && next.index - p.end <= 6 && RESTATED.test(prose.slice(p.end, next.index))) {
      // `12:00 noon` is one time: the word keeps the digits, so the cue before them (`by 12:00 noon`) stays its cue.
      if (CLOCK_WORD.test(next.text) && /^\s*$/.test(prose.slice(p.end, next.index))) phrases[i + 1] = { ...next, index: p.index, text: prose.slice(p.index, next.end) };
      return;
    }
    if (prev?.start.hasTime && prev.start.hasDay && p.index - prev.end <= 6 && RESTATED.test(prose.slice(prev.end, p.index))) return;
    const pointed = pointedDay(prose, phrases, i);
    const timeline = pointed ? null : timelineDay(prose, phrases, i);
    const near = pointed ? { day: pointed, adjacent: false } : timeline ? { ...timeline, adjacent: false } : nearestDay(prose, phrases, i);
    // A write-up that names no day at all (`errors rose between 02:36 UTC and 04:02 UTC`) tells of the day it was sent:
    // a time with its zone written keeps the message date the grammar counted it from.
    // A time that recurs (`Tuesdays 19:00 to 23:00 UTC`, `every night at 02:00 UTC`) is no day.
    if (!near && p.start.offset !== null && !p.relative && !anyDay && !RECURS.test(prose.slice(Math.max(0, p.index - 60), p.index))) {
      return out.push(onSentDay(p, sent));
    }
    if (!near) return;
    const { day, adjacent } = near;
    const start: Moment = { ...p.start, year: day.start.year, month: day.start.month, day: day.start.day + (timeline?.days ?? 0), hasDay: true };
    // A day written next to the time makes one phrase with it; a day from elsewhere only lends its date.
    const index = adjacent ? Math.min(p.index, day.index) : p.index;
    const end = adjacent ? Math.max(p.end, day.end) : p.end;
    // A time that took a written day is no longer counted from the message date (`noon Eastern on June 30`).
    const joined: Phrase = { ...p, index, end, text: prose.slice(index, end).replace(/\s+/g, ' '), start, relative: day.relative };
    if (p.until) joined.until = { ...p.until, year: start.year, month: start.month, day: start.day, hasDay: true };
    out.push(joined);
    if (adjacent) for (const other of chainedDays(prose, phrases, phrases.indexOf(day))) out.push(onDay(p, other));
  });
  // A day that lent itself to a time is the same fact as the joined phrase: keep the timed one.
  out.sort((a, b) => a.index - b.index);
  return out.filter((p) => p.start.hasTime || !out.some((q) => q !== p && q.start.hasTime && q.index <= p.index && q.end >= p.end));
}

const RECURS = /\b(?:every|each|daily|nightly|weekly|weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b[^.;\n]{0,40}$/i;

/** A time with no day put on the day the message was sent (UTC), as are the ends of its range. */
function onSentDay(p: Phrase, sent: Date): Phrase {
  const day = { year: sent.getUTCFullYear(), month: sent.getUTCMonth() + 1, day: sent.getUTCDate(), hasDay: true };
  const moved: Phrase = { ...p, start: { ...p.start, ...day } };
  if (p.until) moved.until = { ...p.until, ...day };
  return moved;
}

/** The time phrase `p` moved to the day of `day`, spanning only the day's text. */
function onDay(p: Phrase, day: Phrase): Phrase {
  const moved: Phrase = { ...day, start: { ...p.start, year: day.start.year, month: day.start.month, day: day.start.day, hasDay: true } };
  if (p.until) moved.until = { ...p.until, year: day.start.year, month: day.start.month, day: day.start.day, hasDay: true };
  return moved;
}

/** The days listed just before phrase `i` (`February 18, 2025 and March 11, 2025`). */
function chainedDays(prose: string, phrases: Phrase[], i: number): Phrase[] {
  const out: Phrase[] = [];
  for (let k = i; k > 0; k--) {
    const cur = phrases[k];
    const prev = phrases[k - 1];
    if (!cur || !prev || !prev.start.hasDay || prev.start.hasTime || prev.until || !DAY_LIST.test(prose.slice(prev.end, cur.index))) break;
    out.push(prev);
  }
  return out;
}

/** Words that make a time recur (`Tuesdays 19:00 to 23:00`): no single day owns it. */
const RECURRING = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)days|\bevery(?:\s+\w+)?|\beach(?:\s+\w+)?|\bdaily|\bnightly|\bweekly)[,:]?\s*(?:from|between|at)?\s*$/i;

/**
 * The day a time belongs to: a day written next to it in the same sentence, else (a report's
 * `Between 13:05 and 14:31 UTC` above its `Jul 23, 14:45 UTC` stamp) any day in the same paragraph.
 */
function nearestDay(prose: string, phrases: Phrase[], i: number): { day: Phrase; adjacent: boolean } | null {
  const p = phrases[i];
  if (!p || RECURRING.test(prose.slice(Math.max(0, p.index - 25), p.index))) return null;
  let best: Phrase | null = null;
  let bestGap = 81;
  for (const q of [phrases[i - 1], phrases[i + 1]]) {
    if (!q || !q.start.hasDay || q.start.hasTime || q.relative) continue;
    const gap = q.index < p.index ? p.index - q.end : q.index - p.end;
    const between = q.index < p.index ? prose.slice(q.end, p.index) : prose.slice(p.end, q.index);
    if (gap < bestGap && !/\n\s*\n|[.!?]\s/.test(between)) {
      best = q;
      bestGap = gap;
    }
  }
  if (best) return { day: best, adjacent: true };
  for (const q of [phrases[i + 1], phrases[i - 1]]) {
    if (!q || !q.start.hasDay || q.relative) continue;
    const between = q.index < p.index ? prose.slice(q.end, p.index) : prose.slice(p.end, q.index);
    if (between.length <= 400 && !/\n\s*\n/.test(between)) return { day: q, adjacent: false };
  }
  return null;
}

/**
 * `between X and Y`, `starting at X and ending at Y`: two phrases that chrono read apart are one
 * window. The first pass joins times (`between 07:00 and 08:00 CEST`), the second days.
 */
function joinRanges(prose: string, phrases: Phrase[], timesOnly = false): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const a = phrases[i];
    const b = phrases[i + 1];
    if (!a) continue;
    const between = b ? prose.slice(a.end, b.index) : '';
    if (b && !a.until && !b.until && joinable(a, timesOnly) && joinable(b, timesOnly) && RANGE_JOIN.test(between)) {
      // Two days each with a time and a dash or `to` between them are one window, `from` or not.
      const timedPair = a.start.hasTime && b.start.hasTime && !/\band\b/i.test(between);
      const moved = MOVED_FROM.test(prose.slice(Math.max(0, a.index - 40), a.index));
      if (!moved && (timesOnly || timedPair || RANGE_OPEN.test(prose.slice(Math.max(0, a.index - 20), a.index)))) {
        const start = yearOfEnd(a.start.offset === null ? { ...a.start, offset: b.start.offset } : a.start, b.start);
        out.push({ ...a, start, end: b.end, text: prose.slice(a.index, b.end).replace(/\s+/g, ' '), until: b.start });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** What a pass of joinRanges joins: times without a day, or days. */
const joinable = (p: Phrase, timesOnly: boolean): boolean => (timesOnly ? !p.start.hasDay && p.start.hasTime : p.start.hasDay);

/** A range chrono read across `moved from X to Y`: the two days it names, apart. */
function splitMoved(prose: string, p: Phrase): Phrase[] {
  if (!p.until || !MOVED_FROM.test(prose.slice(Math.max(0, p.index - 40), p.index))) return [p];
  const written = prose.slice(p.index, p.end);
  const join = /\s(?:to|until|till)\s/i.exec(written);
  if (!join) return [p];
  const second = p.index + join.index + join[0].length;
  const first: Phrase = { ...p, end: p.index + join.index, text: written.slice(0, join.index), until: undefined };
  return [first, { ...p, index: second, text: prose.slice(second, p.end), start: p.until, until: undefined }];
}

/** `in 9 days (on 02 May 17 18:58 +0000)`: the written date wins over the count that restates it. */
function dropRestatedRelatives(found: Found[]): Found[] {
  return found.filter(
    (f) =>
      !f.relative ||
      !found.some((g) => !g.relative && Math.abs(g.index - f.end) <= 40 && Math.abs(dayOf(g.at) - dayOf(f.at)) <= 1),
  );
}
