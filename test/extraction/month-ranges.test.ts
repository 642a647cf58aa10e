import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const read = (text: string) => findDates(text, RECEIVED).map((f) => `${f.at.toISOString().slice(0, 10)}${f.window ? `/${f.window}` : ''}`);

describe('two months and one year name a period', () => {
  it.each([
    ['August-September 2025\nWe email every maintainer a second time.', ['2025-08-01/start', '2025-09-30/end']],
    ['Reminders go out from Oct to Dec 2025.', ['2025-10-01/start', '2025-12-31/end']],
    ['Between April and June 2025 we copy the archives to cold storage.', ['2025-04-01/start', '2025-06-30/end']],
    ['The freeze runs Nov–Feb 2026, then releases resume.', ['2025-11-01/start', '2026-02-28/end']],
    ['Expect two short read-only periods in May through July 2025.', ['2025-05-01/start', '2025-07-31/end']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Two months joined by `and` without `between` are two months; a month with a day is that day.
    ['Brownouts run in March and May 2025.', ['2025-05-01']],
    ['The old API closes on June 30, 2025.', ['2025-06-30']],
  ])('leaves what is no period of two months: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
