import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { extract } from '../../src/extraction/index.ts';
import { cueDates } from '../../src/extraction/roles.ts';
import { aNotice, iso } from './notice-builder.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const days = (text: string) => findDates(text, RECEIVED).map((f) => iso(f.at)?.slice(0, 10));
const spanDays = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => iso(c.at)?.slice(0, 10));
const cues = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.cue);
const readings = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => (c.harmOnly ? 'harm' : c.cue));
const deadlineOf = (text: string) => iso(extract(aNotice({ text, receivedAt: RECEIVED })).deadline?.at)?.slice(0, 10);

describe('days written in other spellings and idioms', () => {
  it.each([
    ['The racks move on 12 Octobre 2024.', '2024-10-12'],
    ['Wartung am 3. Dezember 2024 geplant; starting 3 Dezember 2024 the host is replaced.', '2024-12-03'],
    ['Work runs from 4 Septembre 2024.', '2024-09-04'],
    ['Le 9 décembre 2024, we reboot the cluster.', '2024-12-09'],
    ['Frankfurt hosts are patched on 15 Oktober 2024.', '2024-10-15'],
  ])('reads a month written the French or German way: %s', (text, day) => {
    expect(days(text)).toContain(day);
  });

  it.each([
    ["In one year's time the old stack is switched off.", '2025-03-01'],
    ["Your plan changes in two weeks' time.", '2024-03-15'],
    ['In 3 months’ time we retire the v1 endpoints.', '2024-06-01'],
    ['Within 2 months the old dashboard goes away.', '2024-05-01'],
  ])('reads a count of weeks, months or years from the message date as a day: %s', (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it.each([
    ["It was a long time coming, and it took us a year's work."],
    ["Give yourself plenty of time to prepare."],
  ])('reads no day where no count from the message is written: %s', (text) => {
    expect(days(text)).toEqual([]);
  });
});

describe('spans that name no single day', () => {
  it.each([
    ['Redirects keep working until the end of 2026.', '2026-12-31'],
    ['Old keys are honoured through 2027.', '2027-12-31'],
    ['Every account must be moved by the end of the year 2025.', '2025-12-31'],
    ['The legacy plan cannot be bought before 2026.', '2026-01-01'],
  ])('reads a year after a limit as its span: %s', (text, day) => {
    expect(spanDays(text)).toEqual([day]);
  });

  it.each([
    ['Our 2026 roadmap is out.'],
    ['In 2025 we served a billion requests.'],
    ['Invoice ref 2025 is attached.'],
    ['Please pay by 2025-04-01 at the latest.'],
  ])('reads no year span where the year is no limit: %s', (text) => {
    expect(days(text).filter((d) => d?.endsWith('-12-31') || d?.endsWith('-01-01'))).toEqual([]);
  });

  it.each([
    ['Heads-up: the mirror changes next week.\n\nYou must point your config at the new mirror address on Tuesday, March 12.', '2024-03-12'],
    ['Coming next week\n\nThe console login moves to a new domain on Wednesday, March 13. Update your bookmarks.', '2024-03-13'],
  ])('gives way to the day written where a week is counted from the message date: %s', (text, day) => {
    expect(deadlineOf(text)).toBe(day);
  });
});

describe('what the reader may do until a date', () => {
  it.each([
    ['Orders may be placed for until 30 June 2024.'],
    ['New licences can still be bought until 30 June 2024.'],
    ['You can export your boards until 30 June 2024; after that they are gone.'],
    ['Customers may request a refund until 30 June 2024.'],
  ])('is due at that date: %s', (text) => {
    expect(cues(text)).toEqual(['due']);
  });

  it.each([
    ['Users may experience slow pages until 30 June 2024.'],
    ['The lounge is open until 30 June 2024.'],
  ])('is no deadline where nothing is allowed: %s', (text) => {
    expect(cues(text)).not.toContain('due');
  });

  it.each([
    ['Keys issued by 30 June 2024 stay valid for a year.', 'neutral'],
    ['Keys must be issued by 30 June 2024.', 'due'],
  ])('tells a date that picks which things are meant from one that asks: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });
});

describe('what breaks on a day', () => {
  it.each([
    ['When the new root is deployed on 4 May 2024, older agents will not be able to connect.', 'harm'],
    ['On 4 May 2024 we rotate the key, and scripts on the old key won’t be able to sign in.', 'harm'],
    ['From 4 May 2024, new projects can no longer be created in the old region.', 'effective'],
  ])('reads an inability as what breaks, and a new thing of the provider as no limit on new things: %s', (text, cue) => {
    expect(readings(text)).toEqual([cue]);
  });

  it.each([
    [
      'the day that breaks before a month that only expires',
      'Our signing certificate expires in June 2024. On May 20, 2024 we replace it, and clients older than 3.1 will not be able to verify downloads. Upgrade before then.',
      '2024-05-20',
    ],
    ['a month due where no day is due', 'Our signing certificate expires in June 2024. Upgrade your clients before then.', '2024-06-01'],
  ])('is %s', (_what, text, day) => {
    expect(deadlineOf(text)).toBe(day);
  });
});
