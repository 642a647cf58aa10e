import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice, iso } from './notice-builder.ts';

const deadlineOf = (text: string) => iso(extract(aNotice({ text })).deadline?.at);

describe('a quarter or a year due, and a phase that starts on a day before it', () => {
  it.each([
    ['Effective from: 10 June 2024. From June 10, 2024 the list endpoint stops returning closed tickets. Please call the history endpoint instead. We plan to retire the v1 endpoints by the end of 2024.', '2024-06-10T00:00:00Z'],
    ['Starting May 20, 2024, exports skip archived rows; use the archive export instead. The old export API is retired by Q4 2024.', '2024-05-20T00:00:00Z'],
    // A month is not coarse: a month due still comes first.
    ['Starting May 20, 2024, exports skip archived rows. You must move to the new API by April 2024.', '2024-04-30T00:00:00Z'],
    // No day of a phase before the year: the year's last day stands.
    ['You must migrate your projects to the new runtime by the end of 2024.', '2024-12-31T00:00:00Z'],
  ])('%s → %s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('the date in the sentence that asks readers named in the third person', () => {
  it.each([
    ['The signing certificate expires on June 20, 2024, and logins with it keep working until June 19, 2024. Tenants who turned on request signing will need to upload the new metadata before June 20, 2024.', '2024-06-20T00:00:00Z'],
    ['Old tokens keep working until May 9, 2024. Apps that call the v1 API will need to request new tokens before May 10, 2024.', '2024-05-10T00:00:00Z'],
  ])('%s → %s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});
