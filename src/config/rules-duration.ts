/**
 * Durations as people write them in rules/: `30d`, `12h`, `1d12h`, `2w`, `90m`, and `0`.
 * Ladder offsets take a sign: `-30d` is before the deadline, `+1d` after it.
 */

const UNIT_MINUTES = { w: 7 * 24 * 60, d: 24 * 60, h: 60, m: 1 } as const;

/** Source text for the JSON Schema and zod: units in falling order, each at most once. */
export const DURATION_PATTERN = '^(?:0|(?=\\d)(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?)$';
export const SIGNED_DURATION_PATTERN = '^[+-]?(?:0|(?=\\d)(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?)$';

/** Minutes in a duration already validated against one of the patterns above; 0 for a bare `0`. */
export function durationMinutes(text: string | number): number {
  if (typeof text === 'number') return text;
  const sign = text.startsWith('-') ? -1 : 1;
  let total = 0;
  for (const m of text.matchAll(/(\d+)([wdhm])/g)) {
    const unit = m[2] as keyof typeof UNIT_MINUTES;
    total += Number(m[1]) * UNIT_MINUTES[unit];
  }
  return sign * total;
}

/** The step name a ladder offset gets when the YAML gives none: `d-30`, `h-12`, `deadline`, `d+1`. */
export function stepIdFor(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'deadline';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  if (abs % UNIT_MINUTES.d === 0) return `d${sign}${abs / UNIT_MINUTES.d}`;
  if (abs % UNIT_MINUTES.h === 0) return `h${sign}${abs / UNIT_MINUTES.h}`;
  return `m${sign}${abs}`;
}

/** `1d12h`, `30d`, `0`: how `rules check` and `rules test` print a duration. */
export function formatDuration(minutes: number): string {
  if (minutes === 0) return '0';
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  let out = '';
  for (const [unit, size] of [['d', UNIT_MINUTES.d], ['h', UNIT_MINUTES.h], ['m', 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return sign + out;
}
