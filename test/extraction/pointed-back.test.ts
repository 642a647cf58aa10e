import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { extract } from '../../src/extraction/index.ts';
import { cueDates } from '../../src/extraction/roles.ts';
import { aNotice, iso } from './notice-builder.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const deadlineOf = (text: string) => iso(extract(aNotice({ text, receivedAt: RECEIVED })).deadline?.at);

describe('a time whose day is named by pointing back at a date written earlier', () => {
  it.each([
    ['Version 3 reaches end of support on 27.05.2024. Office hours: 03.04.2024.\n\nPlease upgrade by 17:00 CET on the end-of-support date. Drop-in sessions run on 10.04.2024.', '2024-05-27T15:00:00Z'],
    ['The v1 API will be retired on June 10, 2024.\n\nMigrate your clients by 23:59 UTC on the retirement date; our webinar is on April 2, 2024.', '2024-06-10T23:59:00Z'],
    ['Your keys will be revoked on May 20, 2024. Rotate them before 12:00 UTC on that day. Training follows on April 9, 2024.', '2024-05-20T12:00:00Z'],
    ['Legacy tokens stop working on July 1, 2024. Replace them by 09:00 UTC on the same day; the new console ships on April 15, 2024.', '2024-07-01T09:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('lends its day from the day the pointer names, not the nearest one', () => {
    const text = 'The old runtime is removed on June 3, 2024. Billing changes on June 20, 2024.\n\nUpgrade by 10:00 UTC on the removal date.';
    expect(findDates(text, RECEIVED).map((f) => iso(f.at))).toContain('2024-06-03T10:00:00Z');
  });

  it('leaves a time that points at nothing to the day written next to it', () => {
    const text = 'The window opens at 10:00 UTC on June 3, 2024.';
    expect(findDates(text, RECEIVED).map((f) => iso(f.at))).toEqual(['2024-06-03T10:00:00Z']);
  });
});

describe('an ask that points back at the event a date was given for', () => {
  it.each([
    ['The legacy interface will be switched off at the end of Q3 2024. Starting August 3, 2024, responses will include a Deprecation header. Please move your calls before the shutdown.', '2024-09-30T00:00:00Z'],
    ['Classic builds will be turned off on October 15, 2024. From June 1, 2024 the dashboard shows a sunset banner. Move your pipelines ahead of the switch-off.', '2024-10-15T00:00:00Z'],
    ['The v2 endpoints are retired on September 1, 2024. Please migrate your integrations before the retirement.', '2024-09-01T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('an ask due before a window the provider works in opens', () => {
  it.each([
    ['Maintenance window: June 4, 2024, 02:00-04:00 UTC\n\nBefore the window starts, please:\n1. Add the new addresses to your outbound allowlist.\n2. After the window, restart any worker that stays disconnected.', '2024-06-04T02:00:00Z'],
    ['We will upgrade your cluster on May 14, 2024 from 22:00 to 23:00 UTC. Please update your firewall rules before the maintenance begins.', '2024-05-14T22:00:00Z'],
    ['The migration window is April 9, 2024, 08:00-10:00 UTC. Point your DNS records at the new address before the window opens.', '2024-04-09T08:00:00Z'],
    ['Maintenance window: June 4, 2024, 02:00-04:00 UTC. You can move your jobs elsewhere before the window starts if you prefer.', undefined],
    ['Maintenance window: June 4, 2024, 02:00-04:00 UTC. Before the window starts, we will drain your nodes.', undefined],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe("a card's expiry, which breaks nothing until a charge fails", () => {
  it.each([
    ['The credit card we hold for your account expires at the end of March 2024. Your subscriptions renew on 1 April 2024 at 00:00 CET, and we charge the card then. Please add a new card before then.', '2024-03-31T22:00:00Z'],
    ['Your card ending 4242 expires on March 20, 2024. Your plan renews on April 2, 2024. Please update your card before your renewal date.', '2024-04-02T00:00:00Z'],
    ['Your payment card expires on March 20, 2024. Please update it before then.', '2024-03-20T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('a phase that only tells callers about a deprecation', () => {
  const calm = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.calm === true);
  it.each([
    ['Starting August 3, 2024, API responses will include a Deprecation header.', true],
    ['From June 1, 2024, the dashboard shows a sunset banner on every legacy project.', true],
    ['Starting August 3, 2024, requests to v1 print deprecation warnings in the logs.', true],
    ['Starting August 3, 2024, the v1 API is deprecated.', false],
    ['Starting August 3, 2024, responses include a Deprecation header and v1 keys are revoked.', false],
  ])('%s', (text, expected) => {
    expect(calm(text)).toEqual([expected]);
  });
});
