import { describe, expect, it } from 'vitest';
import type { GroundedProposal } from '../../src/extraction/grounding.ts';
import { llmFactLines, mergeGrounded } from '../../src/extraction/llm-merge.ts';
import { aDate, anExtraction, aSureishExtraction } from '../adapters/llm/builders.ts';

const received = new Date('2025-08-01T09:00:00Z');

function grounded(overrides: Partial<GroundedProposal> = {}): GroundedProposal {
  return { provider: null, service: null, kind: 'informational', actionRequired: false, dates: [], resources: [], regions: [], accounts: [], ...overrides };
}
const llmDate = (day: string, role: GroundedProposal['dates'][number]['role'], text = day) =>
  aDate({ at: new Date(`${day}T00:00:00Z`), role, text, origin: 'llm' });

describe('mergeGrounded: what the model may add', () => {
  it('fills a missing deadline, and a deadline means action is required', () => {
    const det = anExtraction({ kind: 'certificate' });
    const deadline = llmDate('2025-09-15', 'deadline', '15 September 2025');
    const merged = mergeGrounded(det, grounded({ dates: [deadline] }), received);
    expect(merged.deadline).toBe(deadline);
    expect(merged.dates).toContain(deadline);
    expect(merged.actionRequired).toBe(true);
    expect(merged.fromLlm?.fields).toEqual(expect.arrayContaining(['deadline', 'actionRequired']));
  });

  it('still fills a deadline for a notice whose received time is unusable', () => {
    const deadline = llmDate('2025-09-15', 'deadline');
    expect(mergeGrounded(anExtraction(), grounded({ dates: [deadline] }), new Date(Number.NaN)).deadline).toBe(deadline);
  });

  it('moves the deadline to an earlier day the model found', () => {
    const late = aDate({ at: new Date('2025-09-30T00:00:00Z'), text: '30 September 2025' });
    const det = aSureishExtraction({ deadline: late, dates: [late] });
    const earlier = llmDate('2025-09-15', 'deadline');
    const merged = mergeGrounded(det, grounded({ dates: [earlier] }), received);
    expect(merged.deadline).toBe(earlier);
    expect(merged.dates).toEqual([late, earlier]);
  });

  it('gives a role to a date the grammar could only call mentioned, and marks it as the model\'s', () => {
    const mentioned = aDate({ role: 'mentioned' });
    const det = anExtraction({ dates: [mentioned] });
    const merged = mergeGrounded(det, grounded({ dates: [llmDate('2025-09-15', 'window-start', 'Sept 15th, 2025')] }), received);
    expect(merged.dates).toEqual([{ ...mentioned, role: 'window-start', origin: 'llm' }]);
  });

  it('treats one day spelled two ways, or timed in another zone, as one date', () => {
    const det = anExtraction({ dates: [aDate({ role: 'effective', text: 'August 22, 2024', at: new Date('2024-08-22T00:00:00Z') })] });
    const timed = aDate({ role: 'effective', precision: 'minute', text: '11:59 PM PDT on August 22, 2024', at: new Date('2024-08-23T06:59:00Z'), origin: 'llm' });
    const merged = mergeGrounded(det, grounded({ dates: [timed] }), received);
    expect(merged).toBe(det);
  });

  it('adds resources, regions and accounts it found, once each, after the deterministic ones', () => {
    const det = aSureishExtraction({ regions: ['eu-west-1'] });
    const merged = mergeGrounded(det, grounded({ resources: ['DB-ORDERS-7', 'db-billing-2'], regions: ['eu-west-1', 'eu-central-1'], accounts: ['123456789012'] }), received);
    expect(merged.resources).toEqual(['db-orders-7', 'db-billing-2']);
    expect(merged.regions).toEqual(['eu-west-1', 'eu-central-1']);
    expect(merged.fromLlm).toEqual({ fields: [], resources: ['db-billing-2'], regions: ['eu-central-1'], accounts: ['123456789012'] });
  });

  it('fills provider, service and a specific kind only where the deterministic pass had none', () => {
    const merged = mergeGrounded(anExtraction(), grounded({ provider: 'nimbus', service: 'databases', kind: 'certificate' }), received);
    expect(merged).toMatchObject({ provider: 'nimbus', service: 'databases', kind: 'certificate' });
    const kept = mergeGrounded(anExtraction({ provider: 'aws', service: 'rds', kind: 'maintenance' }), grounded({ provider: 'nimbus', service: 'db', kind: 'security' }), received);
    expect(kept).toMatchObject({ provider: 'aws', service: 'rds', kind: 'maintenance' });
  });

  it('returns the deterministic result itself when the model adds nothing', () => {
    const det = aSureishExtraction();
    expect(mergeGrounded(det, grounded({ kind: 'certificate', dates: [llmDate('2025-09-15', 'deadline')], resources: ['db-orders-7'] }), received)).toBe(det);
  });
});

describe('mergeGrounded: what the model may not take away', () => {
  it.each([
    ['an informational reading with nothing in it', grounded()],
    ['a later deadline', grounded({ kind: 'certificate', actionRequired: true, dates: [llmDate('2025-12-31', 'deadline')] })],
    ['a deadline before the notice arrived', grounded({ dates: [llmDate('2025-07-01', 'deadline')] })],
    ['a same-day, less precise deadline', grounded({ dates: [llmDate('2025-09-15', 'deadline', 'mid September')] })],
    ['another role for the deadline day', grounded({ dates: [llmDate('2025-09-15', 'mentioned', '15 September 2025')] })],
  ])('keeps deadline, action, kind and resources against %s', (_label, proposal) => {
    const det = aSureishExtraction();
    const merged = mergeGrounded(det, proposal, received);
    expect(merged.deadline).toBe(det.deadline);
    expect(merged.actionRequired).toBe(true);
    expect(merged.kind).toBe('certificate');
    expect(merged.resources).toEqual(expect.arrayContaining(det.resources));
    expect(merged.dates).toEqual(expect.arrayContaining(det.dates));
  });

  it('does not change the role of a date the grammar gave a role', () => {
    const window = aDate({ role: 'window-start', at: new Date('2025-09-20T00:00:00Z'), text: '20 September 2025' });
    const det = anExtraction({ dates: [window] });
    const merged = mergeGrounded(det, grounded({ dates: [llmDate('2025-09-20', 'deadline', '20 September 2025')] }), received);
    expect(merged.dates).toEqual([window]);
    expect(merged.deadline).toBeNull();
  });

  it('keeps a required action that the model calls informational', () => {
    const det = anExtraction({ actionRequired: true, kind: 'informational' });
    expect(mergeGrounded(det, grounded({ actionRequired: false }), received).actionRequired).toBe(true);
  });
});

describe('llmFactLines', () => {
  it('lists what the model contributed, one fact a line, and nothing for a deterministic result', () => {
    const deadline = llmDate('2025-09-15', 'deadline', '15 September 2025');
    const merged = mergeGrounded(anExtraction(), grounded({ provider: 'nimbus', dates: [deadline], resources: ['db-billing-2'] }), received);
    expect(llmFactLines(merged)).toEqual([
      'date deadline 2025-09-15T00:00:00.000Z "15 September 2025"',
      'deadline 2025-09-15T00:00:00.000Z',
      'provider nimbus',
      'actionRequired true',
      'resource db-billing-2',
    ]);
    expect(llmFactLines(aSureishExtraction())).toEqual([]);
  });
});
