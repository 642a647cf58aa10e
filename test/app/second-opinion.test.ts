import { describe, expect, it } from 'vitest';
import type { FactsOracle, OracleStats } from '../../src/app/ports.ts';
import { createSecondOpinion, noSecondOpinion } from '../../src/app/second-opinion.ts';
import type { LlmProposal } from '../../src/extraction/grounding.ts';
import type { Notice } from '../../src/domain/notice.ts';
import { aNotice, anExtraction, aProposal, aSureishExtraction, recordingLogger } from '../adapters/llm/builders.ts';

/** An oracle that answers from a list and remembers what it was asked. */
class ScriptedOracle implements FactsOracle {
  readonly asked: Notice[] = [];
  constructor(private readonly answer: LlmProposal | null | Error) {}
  async propose(notice: Notice): Promise<LlmProposal | null> {
    this.asked.push(notice);
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  }
  stats(): OracleStats {
    return { calls: this.asked.length, retries: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, failures: 0, refusals: 0, shortCircuited: 0, breaker: 'closed' };
  }
}

const fullAnswer = aProposal({
  provider: { id: 'nimbus', text: 'Nimbus Cloud' },
  kind: 'certificate',
  actionRequired: true,
  dates: [
    { text: 'before 15 September 2025', day: '2025-09-15', role: 'deadline' },
    { text: '1 October 2025', day: '2025-10-01', role: 'effective' },
  ],
  resources: ['db-orders-7', 'db-billing-2', 'db-invented-9'],
});

describe('createSecondOpinion', () => {
  it('does not ask when the deterministic pass is sure', async () => {
    const oracle = new ScriptedOracle(fullAnswer);
    const opinion = createSecondOpinion({ oracle, log: recordingLogger() });
    const det = aSureishExtraction({ provider: 'nimbus' });
    expect(await opinion.refine(aNotice(), det)).toBe(det);
    expect(oracle.asked).toEqual([]);
    expect(opinion.stats()).toMatchObject({ asked: 0, skipped: 1 });
  });

  it('asks when unsure and keeps only what the notice bears out, logging each dropped fact', async () => {
    const oracle = new ScriptedOracle(fullAnswer);
    const log = recordingLogger();
    const opinion = createSecondOpinion({ oracle, log });
    const merged = await opinion.refine(aNotice(), anExtraction({ kind: 'certificate', resources: ['db-orders-7'] }));

    expect(oracle.asked).toHaveLength(1);
    expect(merged.deadline).toMatchObject({ at: new Date('2025-09-15T00:00:00Z'), origin: 'llm', text: 'before 15 September 2025' });
    expect(merged.provider).toBe('nimbus');
    expect(merged.resources).toEqual(['db-orders-7', 'db-billing-2']);
    expect(merged.fromLlm).toEqual({ fields: ['deadline', 'actionRequired', 'provider'], resources: ['db-billing-2'], regions: [], accounts: [] });
    const drops = log.entries.filter((e) => e.msg === 'llm fact dropped').map((e) => [e.obj.field, e.obj.why]);
    expect(drops).toEqual([
      ['dates', 'not-in-notice'],
      ['resources', 'not-in-notice'],
    ]);
    expect(opinion.stats()).toMatchObject({ asked: 1, dropped: 2, changed: 1 });
  });

  it.each([
    ['no answer', null],
    ['an oracle that throws', new Error('socket hang up')],
  ])('returns the deterministic result itself on %s', async (_label, answer) => {
    const log = recordingLogger();
    const opinion = createSecondOpinion({ oracle: new ScriptedOracle(answer), log });
    const det = anExtraction();
    expect(await opinion.refine(aNotice(), det)).toBe(det);
    if (answer instanceof Error) expect(log.entries.map((e) => e.msg)).toContain('llm second opinion failed');
  });

  it('reports the oracle\'s own figures alongside its own', async () => {
    const opinion = createSecondOpinion({ oracle: new ScriptedOracle(null), log: recordingLogger() });
    await opinion.refine(aNotice(), anExtraction());
    expect(opinion.stats()).toMatchObject({ calls: 1, asked: 1, breaker: 'closed' });
  });
});

describe('noSecondOpinion', () => {
  it('returns its input and counts nothing', async () => {
    const det = anExtraction();
    expect(await noSecondOpinion.refine(aNotice(), det)).toBe(det);
    expect(noSecondOpinion.stats()).toMatchObject({ calls: 0, asked: 0 });
  });
});
