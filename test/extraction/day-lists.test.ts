import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';

const RECEIVED = new Date('2024-06-10T09:00:00Z');
const days = (text: string) => findDates(text, RECEIVED).map((f) => f.at.toISOString().slice(0, 10));

describe('days listed under a month written once', () => {
  it.each([
    ['The mirrors were rebuilt on March 3, 4 and 5, 2024.', ['2024-03-03', '2024-03-04', '2024-03-05']],
    ['Backups ran late on April 7 & 8, 2024.', ['2024-04-07', '2024-04-08']],
    ['We moved the cluster over the weekend of May 4th/5th, 2024.', ['2024-05-04', '2024-05-05']],
    ['Both runs, on Feb. 10th/11th, 2024, were rebuilt by hand.', ['2024-02-10', '2024-02-11']],
    ['Night shifts of Jan 20th / 21st, 2024 saw the queue back up.', ['2024-01-20', '2024-01-21']],
  ])('each is a day of its own: %s', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  it.each([
    ['The window opened on March 3, 2024 and 10:00 UTC was the first check.', ['2024-03-03']],
    ['The cutover of June 3rd / 14:00 UTC went as planned, 2024 being its year.', ['2024-06-03']],
    ['On May 4 and 5 hours later the index was rebuilt.', ['2024-05-04']],
    ['On May 4th/5 hours after the alert the index was rebuilt.', ['2024-05-04']],
  ])('a number that is no day stays out: %s', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });
});
