import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';

const RECEIVED = new Date('2024-03-10T12:00:00Z');
const instants = (text: string) => findDates(text, RECEIVED).map((f) => f.at.toISOString().slice(0, 16));

describe('the times of a timeline under the day that heads it', () => {
  it.each([
    [
      'What happened on March 4th, 2024:\n\n- 23:40 UTC - alerts fired on the build queue\n- 23:55 UTC - traffic shifted away\n- 00:20 UTC - queue drained',
      ['2024-03-04T00:00', '2024-03-04T23:40', '2024-03-04T23:55', '2024-03-05T00:20'],
    ],
    [
      'Timeline for 4 March 2024:\n\n09:05 UTC: a bad config reached the edge.\n\n09:30 UTC: the change was rolled back.',
      ['2024-03-04T09:05', '2024-03-04T09:30'],
    ],
    [
      'On March 4, 2024:\n* 22:10 UTC first errors seen\n* 01:15 UTC fix deployed\n* 03:00 UTC all regions healthy',
      ['2024-03-04T00:00', '2024-03-04T22:10', '2024-03-05T01:15', '2024-03-05T03:00'],
    ],
    [
      'What we saw, starting on March 4, 2024:\n- 23:50 UTC - writes failed\n- 00:10 UTC - writes resumed',
      ['2024-03-04T00:00', '2024-03-04T23:50', '2024-03-05T00:10'],
    ],
  ])('%s', (text, expected) => {
    expect(instants(text)).toEqual(expected);
  });

  it.each([
    // A sentence after the day, not a list of times, breaks the timeline: the times below belong to no written day.
    ['On March 4, 2024 we moved the queue to new hosts.\n\nThe steps ran at 23:40 UTC and 00:20 UTC.', ['2024-03-04T00:00']],
    ['Our office reopens on March 4, 2024.\n\n- 09:00 UTC - doors open', ['2024-03-04T00:00']],
  ])('leaves times that no heading day owns: %s', (text, expected) => {
    expect(instants(text)).toEqual(expected);
  });
});
