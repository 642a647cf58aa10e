import * as chrono from 'chrono-node';
import type { Precision } from '../domain/facts.ts';

export interface SpanReading {
  /** The calendar day as written (YYYY-MM-DD), before any time zone shifts it. */
  day: string;
  at: Date;
  precision: Precision;
}

const pad = (n: number) => String(n).padStart(2, '0');

function reading(c: chrono.ParsedComponents): SpanReading | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const calendarDay = `${year}-${pad(month)}-${pad(day)}`;
  if (!c.isCertain('hour')) return { day: calendarDay, at: new Date(Date.UTC(year, month - 1, day)), precision: 'day' };
  return { day: calendarDay, at: c.date(), precision: c.isCertain('second') ? 'second' : 'minute' };
}

/**
 * Every day a short span can be read as. "04/08/2024" is April 8th in the US and 4 August in Britain,
 * and "March 5" may mean the coming one or the last one: a model's day that matches any reading of a
 * span found in the notice is borne out by it. Relative phrases resolve against the received time;
 * a span with no zone is UTC.
 */
export function readSpanDates(span: string, receivedAt: Date): SpanReading[] {
  const ref = { instant: receivedAt, timezone: 'UTC' };
  const out = new Map<string, SpanReading>();
  for (const parser of [chrono.casual, chrono.en.GB]) {
    for (const forwardDate of [false, true]) {
      for (const result of parser.parse(span, ref, { forwardDate })) {
        for (const c of [result.start, result.end]) {
          const r = c ? reading(c) : null;
          if (r) out.set(`${r.day} ${r.at.toISOString()}`, r);
        }
      }
    }
  }
  return [...out.values()];
}
