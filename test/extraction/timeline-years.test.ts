import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';

const days = (text: string, receivedAt: Date) => findDates(text, receivedAt).map((f) => f.at.toISOString().slice(0, 10));

describe('a day without a year, told as what already happened', () => {
  const received = new Date('2024-06-10T09:00:00Z');
  it.each([
    ['On February 3 a flaw in the agent was disclosed to the vendor.', '2024-02-03'],
    ['On February 3rd, the first reports were filed.', '2024-02-03'],
    ['March 12: we rotated every signing key.', '2024-03-12'],
    ['On April 2 it happened again in a second zone.', '2024-04-02'],
    ['By March 30 they had moved half of the fleet.', '2024-03-30'],
  ])('stays in the year of the message: %s', (text, day) => {
    expect(days(text, received)).toEqual([day]);
  });

  it.each([
    ['On February 3 the agent will stop reporting.', '2025-02-03'],
    ['Upgrade the agent before February 3.', '2025-02-03'],
    ['On February 3 we need a new contact for your account.', '2025-02-03'],
    ['On February 3 the old keys are going to be revoked, as was announced.', '2025-02-03'],
  ])('is the next one ahead otherwise: %s', (text, day) => {
    expect(days(text, received)).toEqual([day]);
  });
});
