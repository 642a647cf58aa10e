import { DateTime, IANAZone } from 'luxon';
import { matchesOf } from './anchored.ts';

/** A time zone as a notice states it: a fixed offset, or a named zone whose offset depends on the date. */
export type Zone = { offset: number } | { iana: string };

export const UTC: Zone = { offset: 0 };

/** Zones written out in words, the US ones also with the country before them (`US Eastern time`); chrono knows the abbreviations (PST, CEST, …) but not these. */
const LONG_NAMES: Array<[RegExp, string]> = [
  [/^(?:U\.?S\.?\s+)?pacific(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, 'America/Los_Angeles'],
  // Before `eastern`: `Eastern European Time` is Athens', not New York's.
  [/^eastern\s+european(?:\s+(?:summer|standard))?\s+time\b/i, 'Europe/Athens'],
  [/^western\s+european(?:\s+(?:summer|standard))?\s+time\b/i, 'Europe/Lisbon'],
  [/^china\s+standard\s+time\b/i, 'Asia/Shanghai'],
  // Anywhere on Earth: the last zone where the day is still running, UTC-12.
  [/^(?:AoE|anywhere\s+on\s+earth)\b/i, 'Etc/GMT+12'],
  [/^(?:U\.?S\.?\s+)?eastern(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, 'America/New_York'],
  [/^central\s+european(?:\s+(?:summer|standard))?\s+time\b/i, 'Europe/Berlin'],
  // `5 p.m. Central` alone is US Central; `Central Europe`, `Central India` are other places.
  [/^(?:U\.?S\.?\s+)?central(?:\s+(?:standard|daylight))?(?:\s+time)?\b(?!\s+(?:europe|european|asia|africa|america|india|us)\b)/i, 'America/Chicago'],
  [/^(?:U\.?S\.?\s+)?mountain(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, 'America/Denver'],
  [/^coordinated\s+universal\s+time\b/i, 'UTC'],
  [/^greenwich\s+mean\s+time\b/i, 'UTC'],
  [/^british\s+summer\s+time\b/i, 'Europe/London'],
  [/^india(?:n)?\s+standard\s+time\b/i, 'Asia/Kolkata'],
  [/^japan\s+standard\s+time\b/i, 'Asia/Tokyo'],
  [/^singapore(?:\s+standard)?\s+time\b/i, 'Asia/Singapore'],
  [/^australian\s+eastern(?:\s+(?:standard|daylight))?\s+time\b/i, 'Australia/Sydney'],
];

const IANA = /^(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)\/[A-Za-z_]{2,30}(?:\/[A-Za-z_]{2,30})?\b/;
const ABBREVIATION: Record<string, Zone> = {
  UTC: UTC, GMT: UTC, Z: UTC, PT: { iana: 'America/Los_Angeles' }, ET: { iana: 'America/New_York' },
  CT: { iana: 'America/Chicago' }, MT: { iana: 'America/Denver' }, PST: { offset: -480 }, PDT: { offset: -420 },
  EST: { offset: -300 }, EDT: { offset: -240 }, CST: { offset: -360 }, CDT: { offset: -300 }, MST: { offset: -420 },
  MDT: { offset: -360 }, CET: { iana: 'Europe/Berlin' }, CEST: { offset: 120 }, BST: { offset: 60 }, IST: { offset: 330 },
  JST: { offset: 540 }, AEST: { offset: 600 }, AEDT: { offset: 660 }, SGT: { offset: 480 },
};

/** Local time named after a city: `(Paris time, UTC+2)`. */
const CITY_TIME: Record<string, string> = {
  paris: 'Europe/Paris', berlin: 'Europe/Berlin', frankfurt: 'Europe/Berlin', london: 'Europe/London',
  uk: 'Europe/London', amsterdam: 'Europe/Amsterdam', dublin: 'Europe/Dublin', madrid: 'Europe/Madrid', stockholm: 'Europe/Stockholm',
  'new york': 'America/New_York', chicago: 'America/Chicago', 'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles', toronto: 'America/Toronto', 'sao paulo': 'America/Sao_Paulo',
  tokyo: 'Asia/Tokyo', singapore: 'Asia/Singapore', sydney: 'Australia/Sydney', mumbai: 'Asia/Kolkata',
  'hong kong': 'Asia/Hong_Kong', beijing: 'Asia/Shanghai', shanghai: 'Asia/Shanghai', seoul: 'Asia/Seoul',
  melbourne: 'Australia/Melbourne', auckland: 'Pacific/Auckland', dubai: 'Asia/Dubai', moscow: 'Europe/Moscow',
  zurich: 'Europe/Zurich', vienna: 'Europe/Vienna', warsaw: 'Europe/Warsaw', helsinki: 'Europe/Helsinki',
  denver: 'America/Denver', vancouver: 'America/Vancouver', 'mexico city': 'America/Mexico_City',
};
const OFFSET = /^\(?(?:[A-Za-z][A-Za-z ]{0,20}\s+time,?\s*)?(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\b/i;
const CITY = /^\(?([A-Za-z][A-Za-z ]{1,20}?)\s+time\b/i;

/** A zone named at the very start of `text` (what follows a time): `Pacific Time`, `Europe/Berlin`, `(UTC+2)`. */
export function zoneAt(text: string): Zone | null {
  const head = text.replace(/^[\s,(]{0,3}/, '').slice(0, 60);
  const offset = OFFSET.exec(head);
  if (offset?.[2]) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return { offset: offset[1] === '+' ? minutes : -minutes };
  }
  const city = CITY_TIME[CITY.exec(head)?.[1]?.toLowerCase() ?? ''];
  if (city) return { iana: city };
  const iana = IANA.exec(head);
  if (iana && IANAZone.isValidZone(iana[0])) return { iana: iana[0] };
  for (const [re, name] of LONG_NAMES) if (re.test(head)) return { iana: name };
  return null;
}

/** The word that names the time just read, between it and its zone: `at 12:00 noon Eastern`, `12:00 PM (noon) EST`. */
const CLOCK_WORD_AFTER = /^\s*\(?(?:noon|midnight)\b\)?/i;

/** The zone written after a clock word that follows the phrase's time, which the grammar stops before. */
export function zoneAfterClockWord(text: string): Zone | null {
  const word = CLOCK_WORD_AFTER.exec(text);
  if (!word) return null;
  const rest = text.slice(word[0].length);
  const abbreviation = /^\s*\(?([A-Z]{1,5})\b/.exec(rest)?.[1];
  return zoneAt(rest) ?? (abbreviation ? (ABBREVIATION[abbreviation] ?? null) : null);
}

/** A time of day inside a date phrase: `12:00 p.m.`, `9 am`, `noon`, `12:00 noon`. */
const TIME_OF_DAY = /\b\d{1,2}(?:(?::\d{2}){1,2}(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)(?:\s+(?:noon|midnight)\b)?|\b12\s+(?:noon|midnight)\b|\b(?:noon|midday|midnight)\b/i;

/**
 * A zone written between the time and the day (`12:00 p.m. Central Time on February 6`, `23:59 UK
 * time on 31/03/2026`): the grammar reads the phrase across it but not the zone's words.
 */
export function zoneAfterTime(phrase: string): Zone | null {
  // In a range (`6 a.m. to 9 p.m. Pacific Time on January 9`) the zone follows the second time and holds for both.
  for (const time of phrase.matchAll(TIMES_OF_DAY)) {
    const rest = phrase.slice(time.index + time[0].length);
    if (/^\s*$/.test(rest)) return null;
    const zone = zoneAt(rest);
    if (zone) return zone;
  }
  return null;
}
const TIMES_OF_DAY = new RegExp(TIME_OF_DAY.source, 'gi');

const STATEMENT =
  /\b(?:all\s+)?times?\s+(?:(?:are|is|listed|shown|given|below|above|in\s+this\s+(?:notice|message|e-?mail))\s+){0,3}(?:in|are)\s+(?:the\s+)?([A-Za-z][A-Za-z/_ ]{1,40}(?:[+-−]\s?\d{1,2}(?::?\d{2})?)?)/gi;

/**
 * Abbreviations that name a region's local time rather than an offset: `CET` written in July means
 * the summer time most writers intend, `ET` means EDT or EST by the date. The grammar gives them the
 * offset of the message date; the day they qualify decides instead.
 */
const LOCAL_ABBREVIATION = /\b(CET|PT|ET|CT|MT)\b/;

/** The local zone an abbreviation in a date phrase names, if it is one of those. */
export function localZoneOf(phrase: string): Zone | null {
  const abbreviation = LOCAL_ABBREVIATION.exec(phrase)?.[1];
  return abbreviation ? (ABBREVIATION[abbreviation] ?? null) : null;
}

/** A zone that labels the times of a table column or a field: `Maintenance time (UTC+08:00)`, `Time (PT)`. */
const LABEL = /\b(?:[Tt]ime|TIME)[sS]?\s*\(\s*((?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::\d{2})?|[A-Z]{2,4})\s*\)/;

/** A zone the notice states for all its times ("All times are in Pacific Time"), if any. */
export function statedZone(prose: string): Zone | null {
  for (const m of matchesOf(prose.slice(0, 50_000), STATEMENT)) {
    const words = (m[1] ?? '').trim();
    // `Times above are UTC+9 (JST)`: an offset after the abbreviation says more than the abbreviation.
    const offset = OFFSET.test(words) ? zoneAt(words) : null;
    const abbreviation = /^[A-Z]{1,5}\b/.exec(words)?.[0];
    const zone = offset ?? (abbreviation && ABBREVIATION[abbreviation] ? ABBREVIATION[abbreviation] : zoneAt(words));
    if (zone) return zone;
  }
  const label = LABEL.exec(prose.slice(0, 50_000));
  return label?.[1] ? (ABBREVIATION[label[1]] ?? zoneAt(label[1])) : null;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A wall-clock time in a zone → the instant. */
export function instantIn(wall: WallClock, zone: Zone): Date {
  if ('offset' in zone) {
    return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - zone.offset * 60_000);
  }
  const { year, month, day, hour, minute, second } = wall;
  return DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: zone.iana }).toJSDate();
}

/** A calendar day → 00:00 UTC of that day, whatever zone the notice is in (precision `day`). */
export function dayInstant(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
