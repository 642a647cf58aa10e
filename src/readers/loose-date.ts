// Dates as mail clients print them in a forwarded header block, which are not RFC 5322:
//   Gmail    "Tue, Mar 5, 2024 at 10:12 AM", "Tue, 5 Mar 2024 at 10:12"
//   Outlook  "Tuesday, March 5, 2024 10:12 AM", "Tuesday, 5 March 2024 10:12", "Tue 3/5/2024 10:12 AM"
//   Apple    "March 5, 2024 at 10:12:33 AM GMT+1", "5 March 2024 at 10:12:33 CET"
//   others   "Tue, 5 Mar 2024 10:12:00 +0000 (UTC)", "2024-03-05 10:12"
// Clients print the forwarder's local time, usually without a zone: the caller passes the offset of
// the forwarding message's own Date header as the best guess.

// Month names in the languages whose header keys forwarded.ts knows (English, German, French, Spanish,
// Dutch, Italian), full and abbreviated.
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'januari', 'gennaio', 'gen'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'februari', 'febbraio'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'mei', 'maggio', 'mag'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre'],
];
const MONTH_INDEX = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const MONTH_WORD = new RegExp(
  `(?<![\\p{L}])(${[...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])\\.?`,
  'giu',
);
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?=\b|T)/;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const YEAR = /\b(19\d{2}|20\d{2})\b/;
const TIME = /(?:^|[^\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap])?\.?\s*(m\b\.?)?/i;
const NAMED_OFFSET = /\b(?:GMT|UTC|UT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b/i;
const NUMERIC_OFFSET = /(?:^|\s)([+-])(\d{2}):?(\d{2})\b/;
const ZONE_WORD = /\b([A-Z]{1,5})\b/g;

/** Offsets in minutes of the zone abbreviations clients print; ambiguous ones take the commonest meaning. */
const ZONES: Record<string, number> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, WET: 0, BST: 60, WEST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120,
  EET: 120, EEST: 180, MSK: 180, IST: 330, SGT: 480, HKT: 480, AWST: 480, JST: 540, KST: 540,
  ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, HST: -600, AKST: -540, AKDT: -480,
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  AST: -240, ADT: -180, NST: -210, NDT: -150,
};

interface DayParts {
  year: number;
  month: number;
  day: number;
  rest: string;
}

/** The instant a forwarded block's date names, or null when it names none unambiguously. */
export function parseLooseDate(text: string, defaultOffsetMinutes = 0): Date | null {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  const day = dayOf(cleaned);
  if (!day) return null;
  // asctime-style dates put the year after the time of day.
  const time = TIME.exec(day.rest) ?? TIME.exec(cleaned);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let afterTime = day.rest;
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    const meridiem = time[5] ? time[4]?.toLowerCase() : undefined;
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    afterTime = time.input.slice(time.index + time[0].length);
  }
  if (hour > 23 || minute > 59 || second > 60) return null;
  const offset = offsetOf(afterTime) ?? offsetOf(day.rest) ?? defaultOffsetMinutes;
  const utc = Date.UTC(day.year, day.month - 1, day.day, hour, minute, Math.min(second, 59));
  return new Date(utc - offset * 60_000);
}

function dayOf(text: string): DayParts | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]), cut(text, iso));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const rest = cut(text, numeric);
    if (a > 12) return valid(Number(numeric[3]), b, a, rest);
    if (b > 12) return valid(Number(numeric[3]), a, b, rest);
    // Both readings possible: a 12-hour clock means a US client (month first), otherwise day first.
    const usClock = /\d\s*[ap]\.?m\b/i.test(rest);
    return usClock ? valid(Number(numeric[3]), a, b, rest) : valid(Number(numeric[3]), b, a, rest);
  }
  const year = YEAR.exec(text);
  if (!year) return null;
  // Weekday abbreviations can spell a month ("mar." is Tuesday in French): the month is the one nearest the year.
  let month: RegExpExecArray | null = null;
  for (const m of text.matchAll(MONTH_WORD)) {
    if (!month || Math.abs(m.index - year.index) < Math.abs(month.index - year.index)) month = m;
  }
  if (!month) return null;
  const monthIndex = MONTH_INDEX.get(month[1]!.toLowerCase()) ?? 0;
  const before = text.slice(0, month.index);
  const after = text.slice(month.index + month[0].length);
  const dayAfter = /^\s*(\d{1,2})(?:st|nd|rd|th)?\b/i.exec(after);
  const dayBefore = /\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s*(?:of\s+|de\s+)?$/i.exec(before);
  const dayText = dayAfter?.[1] ?? dayBefore?.[1];
  if (!dayText) return null;
  let rest = text.slice(year.index + year[0].length);
  if (dayAfter && year.index < month.index) rest = after.slice(dayAfter[0].length);
  return valid(Number(year[1]), monthIndex, Number(dayText), rest);
}

function cut(text: string, match: RegExpExecArray): string {
  return text.slice(match.index + match[0].length);
}

function valid(year: number, month: number, day: number, rest: string): DayParts | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : { year, month, day, rest };
}

function offsetOf(text: string): number | null {
  const named = NAMED_OFFSET.exec(text);
  if (named) return sign(named[1]) * (Number(named[2]) * 60 + Number(named[3] ?? 0));
  const numeric = NUMERIC_OFFSET.exec(text);
  if (numeric) return sign(numeric[1]) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  for (const m of text.matchAll(ZONE_WORD)) {
    const zone = ZONES[m[1]!];
    if (zone !== undefined) return zone;
  }
  return null;
}

function sign(s: string | undefined): number {
  return s === '-' ? -1 : 1;
}

/** The offset of an RFC 5322 Date header (`… +0100`, `… GMT`), in minutes; null when it states none. */
export function headerOffset(dateHeader: string): number | null {
  const m = /([+-])(\d{2})(\d{2})\s*(?:\(.*\))?\s*$/.exec(dateHeader.trim());
  if (m) return sign(m[1]) * (Number(m[2]) * 60 + Number(m[3]));
  return /\b(?:GMT|UTC?|Z)\s*(?:\(.*\))?$/i.test(dateHeader.trim()) ? 0 : null;
}
