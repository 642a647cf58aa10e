/**
 * Numeric dates: `12/06/2025` is 6 December in New York and 12 June in Paris. The grammar reads
 * slashes month first; a notice that writes day first is recognised from its own evidence and its
 * slashed and dotted dates are rewritten, in place and at the same length, so the grammar reads them
 * right and every offset still points into the original text.
 *
 * Evidence, strongest first: a slashed date that can only be one way (`23/10/2024` day first,
 * `10/23/2024` month first); a dotted date (`03.06.2025`, written day first wherever it is used);
 * a European or Australian zone or city time (`CET`, `Paris time`, `Europe/Berlin`); a sender under
 * a country domain outside North America. With none, slashes stay month first.
 */

const SLASHED = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
/** Dotted dates need a year of this era: `1.30.6`, `10.2.1` and `10.1.2507` are versions. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]|\.\d)/g;
const DAY_FIRST_ZONES =
  /\b(?:CET|CEST|WET|WEST|EET|EEST|BST|MSK|AEST|AEDT|ACST|AWST|NZST|NZDT)\b|\b(?:Paris|Berlin|Frankfurt|London|Amsterdam|Madrid|Rome|Milan|Brussels|Vienna|Warsaw|Stockholm|Helsinki|Oslo|Copenhagen|Dublin|Lisbon|Zurich|Prague|Sydney|Melbourne|Auckland)\s+time\b|\b(?:Europe|Australia)\/[A-Z]/;
/** Country domains that say nothing of the order: month-first countries, and those used as generic names (`.io`, `.co`). */
const NO_DAY_FIRST = new Set(['us', 'ca', 'ph', 'fm', 'io', 'co', 'ai', 'tv', 'me', 'ly', 'to', 'cc', 'ws', 'gg']);

export type DayOrder = 'day-first' | 'month-first';

/** How this notice writes numeric dates. */
export function dayOrderOf(prose: string, from = ''): DayOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of prose.matchAll(SLASHED)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  DOTTED.lastIndex = 0;
  if (DOTTED.test(prose) || DAY_FIRST_ZONES.test(prose)) return 'day-first';
  const tld = /\.([a-z]{2})$/.exec(from.toLowerCase().replace(/[>\s]+$/, ''))?.[1];
  return tld && !NO_DAY_FIRST.has(tld) ? 'day-first' : 'month-first';
}

/**
 * The text with day-first numeric dates rewritten month first (`12/06/2025` → `06/12/2025`,
 * `03.06.2025` → `06/03/2025`): same length, so offsets hold.
 */
export function monthFirst(text: string, order: DayOrder): string {
  // Slashes first: the dotted dates rewritten next are already month first.
  const slashed = order === 'day-first' ? text.replace(SLASHED, swap) : text;
  return slashed.replace(DOTTED, swap);
}

const valid = (day: number, month: number): boolean => day >= 1 && day <= 31 && month >= 1 && month <= 12;
const swap = (all: string, d: string, m: string, y: string): string => (valid(Number(d), Number(m)) ? `${m}/${d}/${y}` : all);
