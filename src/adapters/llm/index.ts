import type { Clock, Logger, ProposalCache } from '../../app/ports.ts';
import { createSecondOpinion, noSecondOpinion, type SecondOpinion } from '../../app/second-opinion.ts';
import { createOpenAiOracle, type OracleTuning } from './openai-oracle.ts';

export { createOpenAiOracle, DEFAULT_TUNING, type OracleTuning } from './openai-oracle.ts';
export { LruProposalCache } from './lru-cache.ts';

/** The `openai` part of the configuration (null when OPENAI_API_KEY is unset). */
export interface OpenAiSettings {
  apiKey: string;
  baseUrl?: string;
  model: string;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  timeoutMs?: number;
}

export interface SecondOpinionDeps {
  config: OpenAiSettings | null;
  log: Logger;
  clock: Clock;
  fetch?: typeof globalThis.fetch;
  cache?: ProposalCache;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  tuning?: Partial<OracleTuning>;
}

export interface ConfiguredSecondOpinion extends SecondOpinion {
  /** False when no key is configured: `refine` returns its input and nothing is sent anywhere. */
  readonly enabled: boolean;
  close(): Promise<void>;
}

/** Without a configured key no client exists at all; with one, an OpenAI-compatible second opinion. */
export function makeSecondOpinion(deps: SecondOpinionDeps): ConfiguredSecondOpinion {
  const { config } = deps;
  if (config === null) return { ...noSecondOpinion, enabled: false, close: async () => {} };
  const fromConfig: Partial<OracleTuning> = {};
  if (config.requestsPerMinute !== undefined) fromConfig.requestsPerMinute = config.requestsPerMinute;
  if (config.tokensPerMinute !== undefined) fromConfig.tokensPerMinute = config.tokensPerMinute;
  if (config.timeoutMs !== undefined) fromConfig.timeoutMs = config.timeoutMs;
  const oracle = createOpenAiOracle({
    apiKey: config.apiKey,
    baseUrl: config.baseUrl,
    model: config.model,
    log: deps.log.child({ component: 'llm' }),
    clock: deps.clock,
    fetch: deps.fetch,
    cache: deps.cache,
    sleep: deps.sleep,
    random: deps.random,
    tuning: { ...fromConfig, ...deps.tuning },
  });
  const opinion = createSecondOpinion({ oracle, log: deps.log.child({ component: 'llm' }) });
  return { ...opinion, enabled: true, close: () => oracle.close() };
}
