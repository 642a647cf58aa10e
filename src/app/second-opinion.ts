import type { Notice } from '../domain/notice.ts';
import type { Extraction } from '../domain/facts.ts';
import { groundProposal } from '../extraction/grounding.ts';
import { mergeGrounded } from '../extraction/llm-merge.ts';
import { unsureReasons } from '../extraction/llm-unsure.ts';
import type { FactsOracle, Logger, OracleStats } from './ports.ts';

export interface SecondOpinionStats extends OracleStats {
  /** Notices the deterministic pass was unsure of, so the model was asked. */
  asked: number;
  /** Notices it was sure of: nothing asked. */
  skipped: number;
  /** Model facts the notice did not bear out. */
  dropped: number;
  /** Notices whose extraction the model's answer changed. */
  changed: number;
}

export interface SecondOpinion {
  /** The deterministic result, with what a model found that the notice bears out. Never throws, never weakens. */
  refine(notice: Notice, deterministic: Extraction): Promise<Extraction>;
  stats(): SecondOpinionStats;
}

const idleStats = (): SecondOpinionStats => ({
  calls: 0,
  retries: 0,
  promptTokens: 0,
  completionTokens: 0,
  cacheHits: 0,
  failures: 0,
  refusals: 0,
  shortCircuited: 0,
  breaker: 'closed',
  asked: 0,
  skipped: 0,
  dropped: 0,
  changed: 0,
});

/** No model configured: the deterministic result as it is. */
export const noSecondOpinion: SecondOpinion = {
  refine: async (_notice, deterministic) => deterministic,
  stats: idleStats,
};

const noticeRef = (notice: Notice) => notice.messageId ?? notice.eventId ?? notice.subject.slice(0, 80);

export function createSecondOpinion(deps: { oracle: FactsOracle; log: Logger }): SecondOpinion {
  const { oracle, log } = deps;
  const counts = { asked: 0, skipped: 0, dropped: 0, changed: 0 };

  async function refine(notice: Notice, deterministic: Extraction): Promise<Extraction> {
    const reasons = unsureReasons(notice, deterministic);
    if (reasons.length === 0) {
      counts.skipped += 1;
      return deterministic;
    }
    counts.asked += 1;
    const ref = noticeRef(notice);
    try {
      const proposal = await oracle.propose(notice);
      if (proposal === null) return deterministic;
      const { grounded, dropped } = groundProposal(notice, proposal);
      for (const d of dropped) log.warn({ notice: ref, field: d.field, value: d.value, why: d.why }, 'llm fact dropped');
      counts.dropped += dropped.length;
      const merged = mergeGrounded(deterministic, grounded, notice.receivedAt);
      if (merged !== deterministic) {
        counts.changed += 1;
        log.info({ notice: ref, reasons, fromLlm: merged.fromLlm }, 'llm facts merged');
      }
      return merged;
    } catch (err) {
      log.error({ notice: ref, err }, 'llm second opinion failed');
      return deterministic;
    }
  }

  return { refine, stats: () => ({ ...oracle.stats(), ...counts }) };
}
