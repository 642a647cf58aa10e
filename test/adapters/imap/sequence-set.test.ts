import { describe, expect, it } from 'vitest';
import { sequenceSet } from '../../../src/adapters/imap/batch.ts';

describe('sequenceSet', () => {
  it.each([
    [[7], '7'],
    [[1, 2, 3], '1:3'],
    [[1, 2, 3, 7, 9, 10], '1:3,7,9:10'],
    [[4, 6, 8], '4,6,8'],
  ])('%j → %s', (uids, set) => {
    expect(sequenceSet(uids)).toBe(set);
  });
});
