import type { Found } from './dates.ts';
import { MONTH_NAMES } from './grammar.ts';

/**
 * Dates that name a span rather than a day: a month (`November 2025`), a quarter (`Q3 2025`,
 * `the third quarter of 2025`) or a year after a limit (`until the end of 2026`). Which end of the span a notice means depends on the words before it:
 * `by`, `until`, `through`, `end of` name its last day (`by the end of Q3 2025` → September 30);
 * everything else its first (`before November 2025`, `beginning in November 2025` → November 1),
 * the earlier reading where a change may land on any day of the span.
 */

/**
 * A quarter (`Q3 2025`), or a year written alone after a word that makes it a limit (`until the end of
 * 2026`, `by 2027`, `before 2026`); a year elsewhere (`our 2026 roadmap`, `in 2025 we`) names no time.
 */
const SPAN =
  /\b(?:(?:Q([1-4])|(first|second|third|fourth)\s+quarter(?:\s+of)?)\s*,?\s+(20\d{2})\b|(?:by|until|till|through|thru|before|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:the\s+)?(?:calendar\s+)?year\s+)?(20\d{2})\b(?![-/.]\d|,?\s*\d))/gi;
/** What every match of SPAN holds: a text without it is not scanned at every word. */
const SPAN_WORD = /q[1-4]|quarter|20\d\d/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const TO_LAST_DAY = /\b(?:by|until|till|through|thru|(?:by\s+)?(?:the\s+)?end\s+of|no\s+later\s+than(?:\s+the\s+end\s+of)?)\s+(?:the\s+)?(?:(?:calendar\s+)?year\s+|late[\s-]+)?$/i;

/** Past these, quarters and years are not what a notice is about: the bound keeps the cost of a flood linear. */
const MAX_SPANS = 50;
const MAX_SPAN_TEXT = 32_000;

/** Quarters, and years after a limit, in the text: spans from the first day of their first month to the last of their last. */
export function findSpans(text: string): Found[] {
  const out: Found[] = [];
  if (!SPAN_WORD.test(text)) return out;
  for (const m of text.slice(0, MAX_SPAN_TEXT).matchAll(SPAN)) {
    if (out.length >= MAX_SPANS) break;
    // A year alone spans its four quarters.
    const year = Number(m[3] ?? m[4]);
    const q = m[4] ? 1 : m[1] ? Number(m[1]) : (ORDINAL[(m[2] ?? '').toLowerCase()] ?? 1);
    const last = m[4] ? 4 : q;
    // The words that make a year a limit are its cue, not its text.
    const index = m[4] ? m.index + m[0].length - 4 : m.index;
    out.push({
      index,
      end: m.index + m[0].length,
      text: m[4] ?? m[0],
      at: new Date(Date.UTC(year, (q - 1) * 3, 1)),
      spanEnd: new Date(Date.UTC(year, last * 3, 0)),
      precision: 'day',
      relative: false,
      monthOnly: true,
      wide: true,
    });
  }
  return out;
}

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/**
 * Two months and one year (`September–October 2026`, `from Sep to Nov 2026`, `between March and May 2026`): a
 * period from the first day of the first to the last day of the second. `and` joins a range only after `between`
 * (`in March and May 2026` names two months).
 */
const MONTH_RANGE = new RegExp(String.raw`(\b[Bb]etween\s+)?\b${MONTH}(?:\s*[-–—/]\s*|\s+(to|through|thru|until|till|and)\s+)${MONTH},?\s+(20\d{2})\b(?![-/.]\d)`, 'g');
const monthOf = (name: string): number => Math.max(0, MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()));

/** Periods of two months in the text, each as a window's start and end. */
export function findMonthRanges(text: string): Found[] {
  const out: Found[] = [];
  if (!SPAN_WORD.test(text)) return out;
  for (const m of text.slice(0, MAX_SPAN_TEXT).matchAll(MONTH_RANGE)) {
    if (out.length >= MAX_SPANS * 2) break;
    const [, between, first = '', joiner, second = '', written = ''] = m;
    if (joiner?.toLowerCase() === 'and' && !between) continue;
    const year = Number(written);
    const from = monthOf(first);
    const to = monthOf(second);
    // `November–February 2027`: the period starts in the year before the one written.
    const start = new Date(Date.UTC(from > to ? year - 1 : year, from, 1));
    const end = new Date(Date.UTC(year, to + 1, 0));
    const index = m.index + (between?.length ?? 0);
    const base = { index, end: m.index + m[0].length, text: m[0].slice(between?.length ?? 0), precision: 'day' as const, relative: false, monthOnly: false };
    out.push({ ...base, at: start, window: 'start' }, { ...base, at: end, window: 'end' });
  }
  return out;
}

/** The last day of the month that starts at `first`. */
export function monthEnd(first: Date): Date {
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
}

/** The day a span stands for, given the words written before it. */
export function spanDay<T extends Found>(f: T, before: string): T {
  if (!f.spanEnd || !TO_LAST_DAY.test(before.slice(-40))) return f;
  return { ...f, at: f.spanEnd };
}
