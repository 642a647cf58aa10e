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
