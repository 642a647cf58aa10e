import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { cueDates } from '../../src/extraction/roles.ts';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const phases = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => `${c.cue}${c.newOnly ? '/new' : ''}${c.calm ? '/calm' : ''}`);

const LIST = 'Rollout by plan:\n\n- Team plans: the switch starts May 6, 2024.\n- Business plans: the switch starts June 3, 2024.';

describe('a sentence that points back at every date listed above it', () => {
  it.each([
    [`${LIST}\n\nAfter these dates, newly created keys use the new format.`, ['effective/new', 'effective/new']],
    [`${LIST}\n\nFrom those dates on, new workspaces can only pick the new region.`, ['effective/new', 'effective/new']],
    [`${LIST}\n\nOn each of these dates, the console shows a banner to remind admins.`, ['effective/calm', 'effective/calm']],
    // What the pointer says breaks, or says of things already made, leaves the phases as they are.
    [`${LIST}\n\nAfter these dates, existing keys stop working.`, ['effective', 'effective']],
    [`${LIST}\n\nAfter this, newly created keys use the new format.`, ['effective', 'effective']],
  ])('%s', (text, expected) => {
    expect(phases(text)).toEqual(expected);
  });

  it('reads only the list it closes, not phases in a paragraph further up', () => {
    const text = `Old keys are disabled starting April 2, 2024.\n\nNotes.\n\n${LIST}\n\nAfter these dates, newly created keys use the new format.`;
    expect(phases(text)).toEqual(['effective', 'effective/new', 'effective/new']);
  });

  it('asks nothing of a notice whose dated phases only change what is newly made', () => {
    const text = `Our issuing chain is changing.\n\n${LIST}\n\nAfter these dates, all newly issued certificates chain to the new root.`;
    const x = extract(aNotice({ subject: 'New certificate chain', text, hints: { kind: 'certificate' } }));
    expect(x.actionRequired).toBe(false);
    expect(x.deadline).toBeNull();
  });
});
