import type { Notice } from '../domain/notice.ts';
import type { LlmProposal } from '../extraction/grounding.ts';

/** The only way the app learns the time: adapters/clock.ts reads the wall clock, tests pass their own. */
export interface Clock {
  now(): Date;
}

/** The subset of pino the app uses: structured fields first, a fixed message second. */
export interface Logger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  child(bindings: object): Logger;
}

export type IngestOutcome = 'created' | 'merged' | 'duplicate' | 'fyi' | 'ignored';

export interface IngestResult {
  outcome: IngestOutcome;
  noticeId: number;
  taskId: number | null;
}

/** Where every source delivers: the ingest use case. Resolves only once the notice is committed. */
export interface NoticeSink {
  ingest(notice: Notice): Promise<IngestResult>;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What asking a model has cost so far, for logs, `/metrics` and the CLI. */
export interface OracleStats {
  /** Requests sent, retries included. */
  calls: number;
  retries: number;
  promptTokens: number;
  completionTokens: number;
  cacheHits: number;
  /** Proposals that ended without an answer (after retries), refusals aside. */
  failures: number;
  refusals: number;
  /** Asked while the breaker was open: answered with nothing, nothing sent. */
  shortCircuited: number;
  breaker: BreakerState;
}

/**
 * A second reader of a notice (an LLM). Its answer is a claim to be checked against the text, never
 * a fact; null when it has none (refused, failed, paused, malformed). Never throws.
 */
export interface FactsOracle {
  propose(notice: Notice): Promise<LlmProposal | null>;
  stats(): OracleStats;
}

/** Answers already paid for, by content hash. In memory by default; a store may keep them across runs. */
export interface ProposalCache {
  get(key: string): Promise<LlmProposal | undefined>;
  set(key: string, proposal: LlmProposal): Promise<void>;
}
