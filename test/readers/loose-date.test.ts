import { describe, expect, it } from 'vitest';
import { headerOffset, parseLooseDate } from '../../src/readers/loose-date.ts';

describe('parseLooseDate', () => {
  it.each([
    ['Gmail US', 'Tue, Mar 5, 2024 at 10:12 AM', 0, '2024-03-05T10:12:00Z'],
    ['Gmail UK', 'Tue, 5 Mar 2024 at 10:12', 0, '2024-03-05T10:12:00Z'],
    ['Gmail, forwarder in -08:00', 'Tue, Mar 5, 2024 at 10:12 PM', -480, '2024-03-06T06:12:00Z'],
    ['Outlook US', 'Tuesday, March 5, 2024 10:12 AM', 0, '2024-03-05T10:12:00Z'],
    ['Outlook UK', 'Tuesday, 5 March 2024 10:12', 60, '2024-03-05T09:12:00Z'],
    ['Outlook numeric, 12-hour clock', 'Tue 3/5/2024 10:12 AM', 0, '2024-03-05T10:12:00Z'],
    ['numeric, 24-hour clock', '05/03/2024 10:12', 0, '2024-03-05T10:12:00Z'],
    ['numeric, unambiguous', '25.03.2024 08:00', 0, '2024-03-25T08:00:00Z'],
    ['Apple US', 'March 5, 2024 at 10:12:33 AM GMT+1', 0, '2024-03-05T09:12:33Z'],
    ['Apple UK', '5 March 2024 at 10:12:33 CET', 0, '2024-03-05T09:12:33Z'],
    ['RFC 5322', 'Tue, 5 Mar 2024 10:12:00 +0000 (UTC)', 120, '2024-03-05T10:12:00Z'],
    ['RFC 5322 negative offset', 'Tue, 05 Mar 2024 22:12:00 -0500', 0, '2024-03-06T03:12:00Z'],
    ['zone abbreviation', 'March 5, 2024 10:12 PM PST', 0, '2024-03-06T06:12:00Z'],
    ['ISO', '2024-03-05T10:12:00Z', 60, '2024-03-05T10:12:00Z'],
    ['ISO with space', '2024-03-05 10:12', 0, '2024-03-05T10:12:00Z'],
    ['noon and midnight', 'March 5, 2024 12:00 AM', 0, '2024-03-05T00:00:00Z'],
    ['ordinal day', 'March 5th, 2024 12:30 PM', 0, '2024-03-05T12:30:00Z'],
    ['asctime', 'Tue Mar  5 10:12:00 2024', 0, '2024-03-05T10:12:00Z'],
    ['date only', 'Tuesday, March 5, 2024', 0, '2024-03-05T00:00:00Z'],
    ['Outlook German', 'Dienstag, 5. März 2024 10:12', 60, '2024-03-05T09:12:00Z'],
    ['Gmail French', 'mar. 5 mars 2024 à 10:12', 60, '2024-03-05T09:12:00Z'],
    ['French weekday that spells a month', 'mar. 12 avril 2024 à 10:12', 120, '2024-04-12T08:12:00Z'],
    ['Outlook Spanish', 'martes, 5 de marzo de 2024 10:12', 0, '2024-03-05T10:12:00Z'],
    ['Apple Dutch', '5 mrt 2024 om 10:12', 0, '2024-03-05T10:12:00Z'],
    ['abbreviation with a dot', '5 Sept. 2024 10:12', 0, '2024-09-05T10:12:00Z'],
  ])('%s: %s', (_name, text, offset, expected) => {
    expect(parseLooseDate(text, offset)?.toISOString().replace('.000', '')).toBe(expected);
  });

  it.each([['no date here'], [''], ['February 30, 2024 10:00'], ['March 2024'], ['Tue, 5 Mar 2024 25:61']])('%s → null', (text) => {
    expect(parseLooseDate(text)).toBeNull();
  });
});

describe('headerOffset', () => {
  it.each([
    ['Tue, 5 Mar 2024 11:02:10 -0800', -480],
    ['Tue, 5 Mar 2024 10:20:00 +0100 (CET)', 60],
    ['Tue, 5 Mar 2024 10:20:00 GMT', 0],
    ['Tue, 5 Mar 2024 10:20:00', null],
  ])('%s → %s', (header, offset) => {
    expect(headerOffset(header)).toBe(offset);
  });
});
