import { describe, expect, it } from 'vitest';
import { asksForAction, unsureReasons } from '../../src/extraction/llm-unsure.ts';
import { aDate, aNotice, anExtraction, aSureishExtraction } from '../adapters/llm/builders.ts';

describe('asksForAction', () => {
  it.each([
    ['Action required: upgrade your clusters', true],
    ['Please update your client libraries.', true],
    ['You will need to migrate the functions by then.', true],
    ['Complete the change no later than June 3.', true],
    ['The v1 API is deprecated and will stop working.', true],
    ['Your certificate expires soon.', true],
    ['A software update is required for your search domain.', true],
    ['The following servers must be patched.', true],
    ['We strongly recommend upgrading to the new runtime.', true],
    ['We resolved the elevated error rates in the dashboard.', false],
    ['Our new region is now generally available.', false],
  ])('%j → %s', (text, expected) => {
    expect(asksForAction(aNotice({ subject: 'Notice', text }))).toBe(expected);
  });
});

describe('unsureReasons', () => {
  const informational = aNotice({ subject: 'New region available', text: 'A new region opened today.' });

  it('is empty when the deterministic pass found provider, deadline and resources', () => {
    expect(unsureReasons(aNotice(), aSureishExtraction({ provider: 'nimbus' }))).toEqual([]);
  });

  it('is empty for an informational notice from a known provider', () => {
    expect(unsureReasons(informational, anExtraction({ provider: 'nimbus' }))).toEqual([]);
  });

  it.each([
    ['a notice asking for action without a deadline', aNotice(), aSureishExtraction({ provider: 'nimbus', deadline: null, dates: [] }), ['no-deadline-despite-action']],
    ['action required without a deadline, whatever the words', informational, anExtraction({ provider: 'nimbus', actionRequired: true, resources: ['x-1'] }), ['no-deadline-despite-action']],
    ['an unknown provider', informational, anExtraction(), ['unknown-provider']],
    ['action but no resources or accounts', aNotice(), aSureishExtraction({ provider: 'nimbus', resources: [] }), ['no-resources']],
    [
      'two deadlines on different days',
      aNotice(),
      aSureishExtraction({ provider: 'nimbus', dates: [aDate(), aDate({ at: new Date('2025-09-30T00:00:00Z') })] }),
      ['conflicting-roles'],
    ],
    [
      'one day with two roles',
      aNotice(),
      aSureishExtraction({ provider: 'nimbus', dates: [aDate(), aDate({ role: 'effective' })] }),
      ['conflicting-roles'],
    ],
    [
      'a window that ends before it starts',
      aNotice(),
      aSureishExtraction({
        provider: 'nimbus',
        dates: [aDate(), aDate({ role: 'window-start', at: new Date('2025-09-20T00:00:00Z') }), aDate({ role: 'window-end', at: new Date('2025-09-19T00:00:00Z') })],
      }),
      ['conflicting-roles'],
    ],
    ['everything at once', aNotice(), anExtraction({ actionRequired: true, dates: [aDate(), aDate({ role: 'effective' })] }), ['no-deadline-despite-action', 'conflicting-roles', 'unknown-provider', 'no-resources']],
  ])('names %s', (_label, notice, ex, expected) => {
    expect(unsureReasons(notice, ex)).toEqual(expected);
  });

  it('does not count a mentioned date on the deadline day as a conflict', () => {
    const ex = aSureishExtraction({ provider: 'nimbus', dates: [aDate(), aDate({ role: 'mentioned' })] });
    expect(unsureReasons(aNotice(), ex)).toEqual([]);
  });
});
