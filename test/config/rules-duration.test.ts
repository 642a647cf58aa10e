import { describe, expect, it } from 'vitest';
import { DURATION_PATTERN, durationMinutes, formatDuration, SIGNED_DURATION_PATTERN, stepIdFor } from '../../src/config/rules-duration.ts';

const DAY = 24 * 60;

describe('durations in rules', () => {
  it.each([
    ['0', 0],
    [0, 0],
    ['-30d', -30 * DAY],
    ['+1d', DAY],
    ['-12h', -12 * 60],
    ['90m', 90],
    ['2w', 14 * DAY],
    ['-1d12h', -(DAY + 12 * 60)],
  ] as const)('%s is %i minutes', (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
  });

  it.each(['30', '1x', 'd', '-', '+', '', '12h1d', '1.5d', ' 1d'])('refuses %j', (text) => {
    expect(new RegExp(SIGNED_DURATION_PATTERN).test(text)).toBe(false);
  });

  it('takes no sign where only a length makes sense', () => {
    expect(new RegExp(DURATION_PATTERN).test('14d')).toBe(true);
    expect(new RegExp(DURATION_PATTERN).test('-14d')).toBe(false);
  });

  it.each([
    [-60 * DAY, 'd-60'],
    [-12 * 60, 'h-12'],
    [-90, 'm-90'],
    [0, 'deadline'],
    [DAY, 'd+1'],
  ])('names a step at %i minutes %s', (minutes, id) => {
    expect(stepIdFor(minutes)).toBe(id);
  });

  it.each([
    [0, '0'],
    [DAY + 12 * 60, '1d12h'],
    [-30 * DAY, '-30d'],
    [61, '1h1m'],
  ])('prints %i minutes as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
