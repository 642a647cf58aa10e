// The Slack client the outbox sends through. It paces itself below Slack's limits so a 429 is
// the exception: chat.postMessage about once a second per channel (Slack's "special" limit),
// every other method by its tier per minute. When Slack still answers 429, that channel's or
// method's queue waits exactly the Retry-After before anything else goes to it.
//
// Built on @slack/web-api (the client Bolt hands its listeners) with its own retries off
// (`retries: 0`) and `rejectRateLimitedCalls`, so every retry decision is made here: the library
// serialises arguments the way Slack expects and types its errors (rate limited with
// `retryAfter`, HTTP status, network, platform `error`), which is all a raw fetch would add.
import Bottleneck from 'bottleneck';
import { webApi } from '@slack/bolt';
import type { Clock, Logger, OutboxMethod, SlackApi, SlackCallResult } from '../../app/ports.ts';
import { slackLogger } from './slack-logger.ts';
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
  /** Request timeout, so a hung connection becomes a retryable failure. */
  timeoutMs?: number;
}

export class PacedSlackClient implements SlackApi {
  readonly web: webApi.WebClient;
  readonly #channels: Bottleneck.Group;
  readonly #methods = new Map<string, Bottleneck>();
  readonly #blockedUntil = new Map<string, number>();
  readonly #clock: Clock;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #tiers: Record<string, number>;
  readonly #maxWaits: number;
  readonly #log: Logger;
  /** Times a send waited for a Retry-After; for reports. */
  rateLimitWaits = 0;

  constructor(deps: PacedClientDeps) {
    const pacing = deps.pacing ?? {};
    this.#clock = deps.clock ?? systemClock;
    this.#sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#tiers = { ...METHOD_TIERS_PER_MINUTE, ...pacing.tiersPerMinute };
    this.#maxWaits = pacing.maxRateLimitWaits ?? 5;
    this.#log = deps.log;
    this.web = new webApi.WebClient(deps.token, {
      slackApiUrl: deps.apiUrl ?? 'https://slack.com/api/',
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: deps.timeoutMs ?? 30_000,
      logger: slackLogger(deps.log),
    });
    // one at a time per channel: a 429 is seen before the next request to that channel leaves
    this.#channels = new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.ceil(1000 / (pacing.perChannelPerSecond ?? 1)) });
  }

  async call(method: OutboxMethod | string, args: Record<string, unknown>): Promise<SlackCallResult> {
    const channel = typeof args.channel === 'string' ? args.channel : null;
    if (method === 'chat.postMessage' && channel) {
      return this.#channels.key(channel).schedule(() => this.#attempt(`channel:${channel}`, method, args));
    }
    return this.#methodLimiter(method).schedule(() => this.#attempt(`method:${method}`, method, args));
  }

  /** Drop the limiters' timers (tests and shutdown). */
  async stop(): Promise<void> {
    await Promise.all([...this.#methods.values()].map((l) => l.disconnect()));
    for (const key of this.#channels.keys()) await this.#channels.deleteKey(key);
  }

  async #attempt(key: string, method: string, args: Record<string, unknown>): Promise<SlackCallResult> {
    for (let waits = 0; ; waits++) {
      // never send to a key before its Retry-After has passed
      let wait = (this.#blockedUntil.get(key) ?? 0) - this.#clock.now().getTime();
      while (wait > 0) {
        await this.#sleep(wait);
        wait = (this.#blockedUntil.get(key) ?? 0) - this.#clock.now().getTime();
      }
      try {
        const response = { ...(await this.web.apiCall(method, args)) } as Record<string, unknown>;
        const ts = typeof response.ts === 'string' ? response.ts : typeof response.message_ts === 'string' ? response.message_ts : null;
        return { ok: true, channel: typeof response.channel === 'string' ? response.channel : null, ts };
      } catch (err) {
        const retryAfter = rateLimitedFor(err);
        if (retryAfter === null) return classify(err);
        this.#blockedUntil.set(key, this.#clock.now().getTime() + retryAfter * 1000);
        this.rateLimitWaits += 1;
        this.#log.warn({ key, method, retryAfterSeconds: retryAfter }, 'slack rate limited, waiting');
        if (waits + 1 >= this.#maxWaits) return { ok: false, error: 'ratelimited', retryable: true };
      }
    }
  }

  #methodLimiter(method: string): Bottleneck {
    let limiter = this.#methods.get(method);
    if (limiter) return limiter;
    const perMinute = this.#tiers[method] ?? UNKNOWN_METHOD_PER_MINUTE;
    // a token bucket: a minute's worth at once, then one every 60/perMinute seconds
    limiter = new Bottleneck({
      maxConcurrent: 1,
      reservoir: perMinute,
      reservoirIncreaseAmount: 1,
      reservoirIncreaseInterval: Math.ceil(60_000 / perMinute),
      reservoirIncreaseMaximum: perMinute,
    });
    this.#methods.set(method, limiter);
    return limiter;
  }
}

interface SlackErrorShape {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  message?: string;
}

function rateLimitedFor(err: unknown): number | null {
  const e = err as SlackErrorShape;
  if (e?.code === 'slack_webapi_rate_limited_error') return Math.max(0, Number(e.retryAfter ?? 1));
  return null;
}

function classify(err: unknown): SlackCallResult {
  const e = err as SlackErrorShape;
  switch (e?.code) {
    case 'slack_webapi_platform_error': {
      const error = e.data?.error ?? 'unknown_error';
      return { ok: false, error, retryable: RETRYABLE_PLATFORM_ERRORS.has(error) };
    }
    case 'slack_webapi_http_error': {
      const status = e.statusCode ?? 0;
      return { ok: false, error: `http_${status}`, retryable: status >= 500 || status === 408 };
    }
    case 'slack_webapi_request_error':
      return { ok: false, error: 'network_error', retryable: true };
    default:
      return { ok: false, error: e?.message ?? String(err), retryable: true };
  }
}
