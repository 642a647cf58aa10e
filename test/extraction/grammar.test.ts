import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { readerFor } from '../../src/extraction/grammar.ts';

const REFERENCE = { instant: new Date('2024-03-01T12:00:00Z'), timezone: 0 };
const read = (reader: chrono.Chrono, text: string) =>
  reader.parse(text, REFERENCE, { forwardDate: true }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

describe('chrono given only the parsers a text can match', () => {
  it.each([
    'in 3 days',
    'within 48 hours',
    'two weeks ago',
    '3 weeks later',
    'next week, and the week after',
    'tomorrow at noon',
    'this morning and tonight',
    'by the end of the month',
    'last day of month',
    '2024-05-01T10:00:00Z',
    '2024/05/01 and 2024.05.02',
    '12/05/2024 or 12-05-24',
    'in 5/2025',
    'March 2025',
    '2025 March',
    'on the 3rd of April',
    'Tue, 4 Mar 10:00 PST',
    'every weekday from 9am to 5pm',
    'at 14:30 UTC',
    'the remaining text holds no date at all',
  ])('%s', (text) => {
    expect(read(readerFor(text), text)).toEqual(read(chrono.casual, text));
  });

  it('leaves out a parser whose words are missing', () => {
    expect(readerFor('at 14:30').parsers.length).toBeLessThan(chrono.casual.parsers.length);
  });
});
