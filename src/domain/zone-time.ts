import { IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Every zone in use changes its offset on a quarter hour, so one look-up serves a whole quarter. */
const BUCKET_MS = 15 * MINUTE_MS;

const zones = new Map<string, { zone: IANAZone; offsets: Map<number, number> }>();

function zoneNamed(name: string) {
  let entry = zones.get(name);
  if (!entry) {
    const zone = IANAZone.create(name);
    if (!zone.isValid) throw new Error(`unknown time zone "${name}"`);
    entry = { zone, offsets: new Map() };
    zones.set(name, entry);
  }
  return entry;
}

export function isValidZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/** The zone's offset from UTC in minutes at `ms`; luxon reads the rules, the result is kept per quarter hour. */
export function offsetAt(ms: number, name: string): number {
  const { zone, offsets } = zoneNamed(name);
  const bucket = Math.floor(ms / BUCKET_MS);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    offset = zone.offset(bucket * BUCKET_MS);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(bucket, offset);
  }
  return offset;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 (Mon) … 7 (Sun). */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

/** What the clocks on the wall in `zone` show at `ms`. */
export function wallTime(ms: number, zone: string): WallTime {
  const local = new Date(ms + offsetAt(ms, zone) * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/**
 * The instant a wall time names in `zone`. A wall time that a DST change skips resolves forward by
 * the size of the gap, as luxon does; one that happens twice resolves to its first occurrence.
 */
export function fromWallTime(year: number, month: number, day: number, minutes: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  // Offsets a day either side: at most one change lies between them.
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const valid = [before, after].map((o) => wall - o * MINUTE_MS).filter((t) => wall - offsetAt(t, zone) * MINUTE_MS === t);
  if (valid.length > 0) return Math.min(...valid);
  return wall - Math.min(before, after) * MINUTE_MS;
}
