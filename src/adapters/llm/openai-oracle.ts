import { setTimeout as wait } from 'node:timers/promises';
import OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { Notice } from '../../domain/notice.ts';
import type { LlmProposal } from '../../extraction/grounding.ts';
import type { Clock, FactsOracle, Logger, OracleStats, ProposalCache } from '../../app/ports.ts';
import { CircuitBreaker } from './breaker.ts';
import { LruProposalCache } from './lru-cache.ts';
import { Pacer } from './pacer.ts';
import { cacheKey, estimateTokens, noticeMessage, SYSTEM_PROMPT } from './prompt.ts';
import { classify, retryDelay, type FailureCode } from './retry.ts';
import { readProposal, responseFormat } from './schema.ts';

/** A reply that came back but says nothing usable. */
type ReplyProblem = 'truncated' | 'empty' | 'not-json' | 'wrong-shape';

export interface OracleTuning {
  requestsPerMinute: number;
  tokensPerMinute: number;
  windowMs: number;
  maxConcurrent: number;
  timeoutMs: number;
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  breakerThreshold: number;
  breakerCoolDownMs: number;
  /** Longer notice bodies are cut: the facts are nearly always near the top, the cost is per token. */
  maxNoticeChars: number;
  maxCompletionTokens: number;
  cacheSize: number;
}

// Well inside a first-tier OpenAI account's limits for small models, so a shared key still has room.
export const DEFAULT_TUNING: OracleTuning = {
  requestsPerMinute: 60,
  tokensPerMinute: 100_000,
  windowMs: 60_000,
  maxConcurrent: 4,
  timeoutMs: 30_000,
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  breakerThreshold: 5,
  breakerCoolDownMs: 5 * 60_000,
  maxNoticeChars: 24_000,
  maxCompletionTokens: 1_500,
  cacheSize: 500,
};

export interface OpenAiOracleOptions {
  apiKey: string;
  /** Any OpenAI-compatible server: Azure OpenAI (…/openai/v1/), vLLM, Ollama (…/v1). */
  baseUrl?: string;
  model: string;
  log: Logger;
  clock: Clock;
  fetch?: typeof globalThis.fetch;
  cache?: ProposalCache;
  /** Waits between retries; tests pass one that records instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  tuning?: Partial<OracleTuning>;
}

export interface OpenAiOracle extends FactsOracle {
  close(): Promise<void>;
}

export function createOpenAiOracle(options: OpenAiOracleOptions): OpenAiOracle {
  const { model, log, clock } = options;
  const tuning: OracleTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const sleep = options.sleep ?? ((ms: number) => wait(ms));
  const random = options.random ?? Math.random;
  const cache = options.cache ?? new LruProposalCache(tuning.cacheSize);
  const breaker = new CircuitBreaker({ threshold: tuning.breakerThreshold, coolDownMs: tuning.breakerCoolDownMs }, clock);
  const pacer = new Pacer({
    requestsPerMinute: tuning.requestsPerMinute,
    tokensPerMinute: tuning.tokensPerMinute,
    windowMs: tuning.windowMs,
    maxConcurrent: tuning.maxConcurrent,
  });
  // maxRetries 0: the retry policy below is the only one, so waits and the breaker see every failure.
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: tuning.timeoutMs,
    logLevel: 'off',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const counts = { calls: 0, retries: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, failures: 0, refusals: 0, shortCircuited: 0 };
  const inflight = new Map<string, Promise<LlmProposal | null>>();

  function fail(code: FailureCode | ReplyProblem, attempts: number, status?: number): null {
    counts.failures += 1;
    const opened = breaker.failure();
    log.warn({ model, code, status, attempts }, 'llm request failed');
    if (opened) log.warn({ model, coolDownMs: tuning.breakerCoolDownMs }, 'llm circuit opened');
    return null;
  }

  async function read(completion: ChatCompletion, billed: number, attempts: number): Promise<LlmProposal | null> {
    const usage = completion.usage;
    if (usage) {
      counts.promptTokens += usage.prompt_tokens;
      counts.completionTokens += usage.completion_tokens;
      await pacer.settle(billed, usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens);
    }
    const choice = completion.choices[0];
    if (choice?.message.refusal) {
      counts.refusals += 1;
      breaker.success();
      log.warn({ model }, 'llm refused');
      return null;
    }
    if (choice?.finish_reason === 'length') return fail('truncated', attempts);
    const reply = readProposal(choice?.message.content);
    if (!reply.ok) return fail(reply.code, attempts);
    breaker.success();
    return reply.proposal;
  }

  async function ask(message: string): Promise<LlmProposal | null> {
    if (!breaker.tryAcquire()) {
      counts.shortCircuited += 1;
      return null;
    }
    try {
      return await attempt(message);
    } catch (err) {
      // Whatever broke, the breaker hears of it: a half-open trial left hanging would pause it for good.
      log.error({ model, err }, 'llm proposal failed');
      return fail('unexpected', 0);
    }
  }

  async function attempt(message: string): Promise<LlmProposal | null> {
    const billed = pacer.weigh(estimateTokens(SYSTEM_PROMPT, message) + tuning.maxCompletionTokens);
    for (let n = 0; ; n += 1) {
      let completion: ChatCompletion;
      try {
        completion = await pacer.run(billed, () => {
          counts.calls += 1;
          return client.chat.completions.create({
            model,
            messages: [
              { role: 'system', content: SYSTEM_PROMPT },
              { role: 'user', content: message },
            ],
            response_format: responseFormat,
            max_completion_tokens: tuning.maxCompletionTokens,
          });
        });
      } catch (err) {
        const failure = classify(err, clock.now());
        // A rejected request did no work upstream: its tokens go back into the budget.
        if (failure.status !== undefined && failure.status < 500) await pacer.settle(billed, 0);
        const delay = retryDelay(n, failure, tuning, random);
        if (delay === null) return fail(failure.code, n + 1, failure.status);
        counts.retries += 1;
        log.debug({ model, code: failure.code, status: failure.status, attempt: n, delayMs: delay }, 'llm request retried');
        await sleep(delay);
        continue;
      }
      return read(completion, billed, n + 1);
    }
  }

  async function lookUpOrAsk(key: string, message: string): Promise<LlmProposal | null> {
    const cached = await cache.get(key).catch((err: unknown) => {
      log.warn({ err }, 'llm cache read failed');
      return undefined;
    });
    if (cached) {
      counts.cacheHits += 1;
      return cached;
    }
    const proposal = await ask(message);
    if (proposal) await cache.set(key, proposal).catch((err: unknown) => log.warn({ err }, 'llm cache write failed'));
    return proposal;
  }

  function propose(notice: Notice): Promise<LlmProposal | null> {
    const message = noticeMessage(notice, tuning.maxNoticeChars);
    const key = cacheKey(model, message);
    // The same notice asked about twice at once (mail and feed together) shares one request.
    const pending = inflight.get(key);
    if (pending) {
      counts.cacheHits += 1;
      return pending;
    }
    const answer = lookUpOrAsk(key, message).finally(() => inflight.delete(key));
    inflight.set(key, answer);
    return answer;
  }

  const stats = (): OracleStats => ({ ...counts, breaker: breaker.state() });
  return { propose, stats, close: () => pacer.stop() };
}
