import { describe, expect, it } from 'vitest';
import { isActionRequired } from '../../src/extraction/action.ts';

describe('an offer that hangs on what the reader wants, put either way', () => {
  it.each([
    ['We invite you to read the migration guide, should you wish to move your servers before our team does.', 'maintenance', false],
    ['We strongly encourage you to try the new console, should you want to see the graphs early.', 'maintenance', false],
    ['We recommend that you move your volumes yourself if you would like to choose the hour.', 'maintenance', false],
    // A plain ask, or a condition on what the reader has, still asks.
    ['We strongly encourage you to move your volumes before the window.', 'maintenance', true],
    ['Should you run the old agent, you must upgrade it before June 3, 2026.', 'maintenance', false],
    ['We recommend that you rotate the key. Should you want help, write to us.', 'informational', true],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});

describe('what the reader risks, or what must be done to their things, asks', () => {
  it.each([
    ['To avoid errors when your jobs fetch artifacts, your build hosts will need to reach the new mirror.', true],
    ['To avoid problems with the new endpoint, update the client library on your servers.', true],
    ['To avoid issues, we have moved the change to the following week.', false],
    ['To avoid failures during the move, we will keep the old hosts answering for a month.', false],
    ['To avoid errors around daylight saving time, our scheduler now runs every job in UTC.', false],
    ['Firewall rules will need to be manually updated to include the new range.', true],
    ['Your allow lists must be promptly changed once the new addresses are published.', true],
    ['The agent on your machines does not need to be manually updated.', false],
    ['The agent on your machines does not need to be updated.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});

describe('a time given to act, to the reader or to the readers named', () => {
  it.each([
    ['Existing customers will have until 30 June to move their sites to the new panel.', true],
    ['You will have until the end of the month to export your boards.', true],
    ['Subscribers now have 14 days to confirm their billing address.', true],
    // What the readers have that is no time given to act.
    ['Customers have access to the archive until 2027.', false],
    ['Users will have more storage from next week.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});
