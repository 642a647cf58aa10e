// The Slack client the outbox sends through. It paces itself below Slack's limits so a 429 is
// the exception: chat.postMessage about once a second per channel (Slack's "special" limit),
// every other method by its tier per minute. Each channel and each method is a queue with one
// request in flight, so a 429 is seen before the next request to it leaves; the queue then waits
// exactly the Retry-After, and the other queues go on.
//
// Two choices, both measured on this project's machines against the loopback Slack:
// - Own HTTP calls (web-transport.ts) rather than @slack/web-api: the outbox needs five write
//   methods whose wire format is one form POST, and every retry decision must be ours, so the
//   library's queue, retry policy and rate-limit handling would all be turned off; what remains
//   cost ~1.6-2.9 ms of CPU per call against ~0.6-0.9 ms for undici.request. Bolt's own
//   WebClient still serves the interactive handlers.
// - Own pacing (pacer.ts) rather than bottleneck: a Bottleneck.Group job cost ~0.7 ms of CPU and
//   ~47 ms of latency under load (several timer hops per job), which caps a channel far below
//   what a backlog needs, and its `minTime` counts from when a job actually started, so every
//   late timer adds up. The pacer books slots on a fixed timeline and reads the injected clock.
import type { Clock, Logger, OutboxMethod, SlackApi, SlackCallResult } from '../../app/ports.ts';
import { KeyedQueue, Pacer, type PaceLimit } from './pacer.ts';
import { WebTransport, type WireOutcome } from './web-transport.ts';
import { systemClock } from '../clock.ts';

/** Slack's tiers, calls per minute, for the methods the bot uses. */
export const METHOD_TIERS_PER_MINUTE: Record<string, number> = {
  'chat.update': 50,
  'chat.postEphemeral': 100,
  'views.publish': 100,
  'views.open': 100,
  'views.update': 100,
  'reactions.add': 50,
  'conversations.open': 50,
  'users.info': 100,
  'usergroups.users.list': 20,
  'auth.test': 100,
};
const UNKNOWN_METHOD_PER_MINUTE = 20;

/** Platform errors that say "try again later" rather than "this will never work". */
const RETRYABLE_PLATFORM_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

export interface PacingOptions {
  /** chat.postMessage per channel per second; Slack allows about 1. */
  perChannelPerSecond?: number;
  /** Posts to one channel allowed back to back; 2 absorbs a late timer without drifting. */
  perChannelBurst?: number;
  tiersPerMinute?: Record<string, number>;
  /** 429s answered in a row for one call before it is handed back as a retryable failure. */
  maxRateLimitWaits?: number;
}

export interface PacedClientDeps {
  token: string;
  /** SLACK_API_URL; Slack's own when absent. */
  apiUrl?: string;
  log: Logger;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  pacing?: PacingOptions;
  /** A response slower than this is a network failure (retryable). */
  timeoutMs?: number;
  /** Told of every answer Slack gives (or does not), 429s included; for /metrics. */
  onOutcome?: (outcome: { method: string; kind: WireOutcome['kind']; error: string | null }) => void;
}

export class PacedSlackClient implements SlackApi {
  readonly #transport: WebTransport;
  readonly #queues = new KeyedQueue();
  readonly #pacer: Pacer;
  readonly #channelPace: PaceLimit;
  readonly #tiers: Record<string, number>;
  readonly #maxWaits: number;
  readonly #log: Logger;
  readonly #onOutcome: PacedClientDeps['onOutcome'];
  /** Times a send waited for a Retry-After; for reports. */
  rateLimitWaits = 0;

  constructor(deps: PacedClientDeps) {
    const pacing = deps.pacing ?? {};
    const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.#pacer = new Pacer(deps.clock ?? systemClock, sleep);
    this.#channelPace = { intervalMs: 1000 / (pacing.perChannelPerSecond ?? 1), burst: pacing.perChannelBurst ?? 2 };
    this.#tiers = { ...METHOD_TIERS_PER_MINUTE, ...pacing.tiersPerMinute };
    this.#maxWaits = pacing.maxRateLimitWaits ?? 5;
    this.#log = deps.log;
    this.#onOutcome = deps.onOutcome;
    this.#transport = new WebTransport({ token: deps.token, apiUrl: deps.apiUrl ?? 'https://slack.com/api/', timeoutMs: deps.timeoutMs });
  }

  async call(method: OutboxMethod | string, args: Record<string, unknown>): Promise<SlackCallResult> {
    const channel = typeof args.channel === 'string' ? args.channel : null;
    if (method === 'chat.postMessage' && channel) {
      const key = `channel:${channel}`;
      return this.#queues.run(key, () => this.#attempt(key, this.#channelPace, method, args));
    }
    const key = `method:${method}`;
    return this.#queues.run(key, () => this.#attempt(key, this.#tierPace(method), method, args));
  }

  /** Close the kept-alive connections (tests and shutdown). */
  async stop(): Promise<void> {
    await this.#transport.close();
  }

  async #attempt(key: string, pace: PaceLimit, method: string, args: Record<string, unknown>): Promise<SlackCallResult> {
    for (let waits = 0; ; waits++) {
      // never before the key's Retry-After has passed, never faster than its pace
      await this.#pacer.take(key, pace);
      const outcome = await this.#transport.call(method, args);
      this.#onOutcome?.({ method, kind: outcome.kind, error: outcomeError(outcome) });
      if (outcome.kind !== 'rate-limited') return toResult(outcome);
      this.#pacer.block(key, outcome.retryAfterSeconds);
      this.rateLimitWaits += 1;
      this.#log.warn({ key, method, retryAfterSeconds: outcome.retryAfterSeconds }, 'slack rate limited, waiting');
      if (waits + 1 >= this.#maxWaits) return { ok: false, error: 'ratelimited', retryable: true };
    }
  }

  /** Slack tolerates short bursts within a tier: a tenth of the minute's allowance. */
  #tierPace(method: string): PaceLimit {
    const perMinute = this.#tiers[method] ?? UNKNOWN_METHOD_PER_MINUTE;
    return { intervalMs: 60_000 / perMinute, burst: Math.max(1, Math.floor(perMinute / 10)) };
  }
}

function outcomeError(outcome: WireOutcome): string | null {
  if (outcome.kind === 'platform-error') return outcome.error;
  if (outcome.kind === 'http-error') return `http_${outcome.status}`;
  return outcome.kind === 'network-error' ? 'network_error' : null;
}

function toResult(outcome: Exclude<WireOutcome, { kind: 'rate-limited' }>): SlackCallResult {
  switch (outcome.kind) {
    case 'ok': {
      const { ts, message_ts: messageTs, channel } = outcome.body;
      return {
        ok: true,
        channel: typeof channel === 'string' ? channel : null,
        ts: typeof ts === 'string' ? ts : typeof messageTs === 'string' ? messageTs : null,
      };
    }
    case 'platform-error':
      return { ok: false, error: outcome.error, retryable: RETRYABLE_PLATFORM_ERRORS.has(outcome.error) };
    case 'http-error':
      return { ok: false, error: `http_${outcome.status}`, retryable: outcome.status >= 500 || outcome.status === 408 };
    case 'network-error':
      return { ok: false, error: 'network_error', retryable: true };
  }
}
