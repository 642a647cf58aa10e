// A Slack Web API on 127.0.0.1 that behaves like Slack where the bot can tell the difference:
// bearer tokens, form and JSON bodies, Block Kit limits, per-channel and per-method rate limits
// with `429 Retry-After`, message timestamps, threads and updates. It records every call, counts
// requests that ignored a Retry-After, can be told to fail, and emits what happens.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../../app/ports.ts';
import { systemClock } from '../../clock.ts';
import { FailurePlan, type Failure } from './failures.ts';
import { METHODS, type Args, type MethodContext, type Reply } from './methods.ts';
import { RateLimiter, SLACK_TIERS_PER_MINUTE, tierLimit, type BucketLimit } from './rate-limits.ts';
import { SOCKET_MODE_PATH, SocketModeHub } from './socket-mode.ts';
import { parseBody, readBody } from './wire.ts';
import { Workspace, type LoopbackUser, type StoredMessage } from './workspace.ts';

export interface LoopbackSlackOptions {
  /** Accepted bot tokens; the first one is what `token` reports. */
  tokens?: string[];
  /** Accepted app-level tokens (`xapp-…`), for Socket Mode's apps.connections.open. */
  appTokens?: string[];
  clock?: Clock;
  /** chat.postMessage per channel; null turns the limit off. Slack: about 1 a second with a small burst. */
  perChannel?: BucketLimit | null;
  /** Per-method limits per minute (Slack's tiers by default); null turns them off. */
  methodsPerMinute?: Record<string, number> | null;
  users?: LoopbackUser[];
  usergroups?: Record<string, string[]>;
  team?: { id: string; name: string };
  bot?: { userId: string; botId: string; name: string };
  port?: number;
}

export interface CallRecord {
  seq: number;
  method: string;
  args: Args;
  at: Date;
  status: number;
  ok: boolean;
  error?: string;
  /** The rate-limit key the call was counted under (`channel:C1`, `method:chat.update`). */
  key: string;
  /** It arrived while a Retry-After for its key was in force. */
  violation: boolean;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  context: Record<string, string>;
}

export const DEFAULT_PER_CHANNEL: BucketLimit = { perSecond: 1, burst: 3 };
export const DEFAULT_TOKEN = 'xoxb-loopback-token';
export const DEFAULT_APP_TOKEN = 'xapp-1-loopback-token';

export class LoopbackSlack extends EventEmitter {
  readonly ws = new Workspace();
  readonly limiter = new RateLimiter();
  readonly calls: CallRecord[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly tokens: string[];
  readonly appTokens: string[];
  readonly socketMode: SocketModeHub;
  readonly clock: Clock;
  perChannel: BucketLimit | null;
  methodLimits: Record<string, BucketLimit>;
  readonly #ctx: Omit<MethodContext, 'nowMs'>;
  readonly #server: Server;
  readonly #failures = new FailurePlan();
  readonly #responseContexts = new Map<string, Record<string, string>>();
  #seq = 0;
  #url = '';
  /** Serves what is not the Web API (the sandbox page); unset, such paths are 404. */
  pages: ((req: IncomingMessage, res: ServerResponse, url: URL, raw: string) => Promise<void> | void) | null = null;

  constructor(options: LoopbackSlackOptions = {}) {
    super();
    this.tokens = options.tokens ?? [DEFAULT_TOKEN];
    this.appTokens = options.appTokens ?? [DEFAULT_APP_TOKEN];
    this.socketMode = new SocketModeHub('A0LOOPBACK');
    this.clock = options.clock ?? systemClock;
    this.perChannel = options.perChannel === undefined ? DEFAULT_PER_CHANNEL : options.perChannel;
    const tiers = options.methodsPerMinute === undefined ? SLACK_TIERS_PER_MINUTE : (options.methodsPerMinute ?? {});
    this.methodLimits = Object.fromEntries(Object.entries(tiers).map(([m, n]) => [m, tierLimit(n)]));
    for (const user of options.users ?? []) this.ws.users.set(user.id, user);
    for (const [group, users] of Object.entries(options.usergroups ?? {})) this.ws.usergroups.set(group, users);
    const team = options.team ?? { id: 'T0LOOPBACK', name: 'Loopback' };
    this.#ctx = {
      ws: this.ws,
      team: { ...team, url: 'https://loopback.slack.invalid/' },
      bot: options.bot ?? { userId: 'UBOTLOOP', botId: 'BBOTLOOP', name: 'noticeboard' },
      emit: (event, payload) => this.emit(event, payload),
    };
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on('upgrade', (req, socket) => {
      if ((req.url ?? '').startsWith(SOCKET_MODE_PATH)) this.socketMode.upgrade(req, socket);
      else socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
    });
    this.#server.keepAliveTimeout = 30_000;
  }

  get token(): string {
    return this.tokens[0] ?? DEFAULT_TOKEN;
  }
  get appToken(): string {
    return this.appTokens[0] ?? DEFAULT_APP_TOKEN;
  }
  get bot() {
    return this.#ctx.bot;
  }
  get team() {
    return this.#ctx.team;
  }
  /** `http://127.0.0.1:PORT/` once listening. */
  get url(): string {
    return this.#url;
  }
  /** What SLACK_API_URL should be. */
  get apiUrl(): string {
    return `${this.#url}api/`;
  }
  get violations(): number {
    return this.limiter.violations;
  }

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = this.#server.address() as AddressInfo;
    this.#url = `http://127.0.0.1:${address.port}/`;
    return this;
  }

  async close(): Promise<void> {
    this.socketMode.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next `count` calls (of `method`, if given) fail this way. */
  failNext(count: number, failure: Failure): void {
    this.#failures.next(count, failure);
  }

  /** Calls (of `failure.method`, if given) fail this way until the clock reaches `ms` from now. */
  failFor(ms: number, failure: Failure): void {
    this.#failures.until(this.clock.now().getTime() + ms, failure);
  }

  /** A response_url Bolt can `respond()` to; what is posted there is kept with `context`. */
  responseUrl(context: Record<string, string> = {}): string {
    const id = `R${String(this.#responseContexts.size + 1).padStart(6, '0')}`;
    this.#responseContexts.set(id, context);
    return `${this.#url}response/${id}`;
  }

  /** Top-level messages of a channel (a user id finds the app's DM with them). */
  messages(channel: string): StoredMessage[] {
    return this.ws.channels.get(this.ws.resolveChannel(channel))?.messages ?? [];
  }

  replies(channel: string, ts: string): StoredMessage[] {
    return this.ws.message(this.ws.resolveChannel(channel), ts)?.replies ?? [];
  }

  /** Resolves with the first event `name` whose payload satisfies `match`. */
  waitFor<T = unknown>(name: string, match: (payload: T) => boolean = () => true): Promise<T> {
    return new Promise((resolve) => {
      const listener = (payload: T) => {
        if (!match(payload)) return;
        this.off(name, listener);
        resolve(payload);
      };
      this.on(name, listener);
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      if (url.pathname.startsWith('/response/')) return this.#responseUrl(url.pathname.slice('/response/'.length), raw, res);
      if (!url.pathname.startsWith('/api/') && this.pages) return await this.pages(req, res, url, raw);
      if (!url.pathname.startsWith('/api/')) return send(res, 404, { ok: false, error: 'not_found' });
      const method = url.pathname.slice('/api/'.length);
      const parsed = parseBody(req.headers['content-type'], raw, url.searchParams);
      return this.#call(method, parsed, req.headers.authorization, res);
    } catch (err) {
      send(res, 500, { ok: false, error: 'internal_error', detail: String(err) });
    }
  }

  #call(method: string, parsed: ReturnType<typeof parseBody>, authorization: string | undefined, res: ServerResponse): void {
    const now = this.clock.now();
    const nowMs = now.getTime();
    const args = parsed.ok ? parsed.args : {};
    const { token: bodyToken, ...recorded } = args;
    const channel = typeof args.channel === 'string' ? this.ws.resolveChannel(args.channel) : null;
    const key = method === 'chat.postMessage' && channel ? `channel:${channel}` : `method:${method}`;
    const record = (status: number, reply: Reply | null, violation = false) => {
      const call: CallRecord = { seq: ++this.#seq, method, args: recorded, at: now, status, ok: reply?.ok ?? false, key, violation };
      if (reply && !reply.ok && typeof reply.error === 'string') call.error = reply.error;
      this.calls.push(call);
      this.emit('call', call);
    };

    const forced = this.#failures.take(method, nowMs);
    if (forced) {
      if (forced.status === 'reset') {
        record(0, null);
        res.socket?.destroy();
        return;
      }
      if (forced.status === 429) {
        const admission = this.limiter.admit(key, null, nowMs);
        this.limiter.block(key, nowMs, forced.retryAfter);
        record(429, null, !admission.ok && admission.violation);
        return send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(forced.retryAfter) });
      }
      record(forced.status, null);
      return send(res, forced.status, { ok: false, error: 'internal_error' });
    }

    const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1] ?? (typeof bodyToken === 'string' ? bodyToken : undefined);
    if (!token) return this.#reply(record, res, { ok: false, error: 'not_authed' });
    if (method === 'apps.connections.open') {
      // only an app-level token opens a Socket Mode connection
      if (this.tokens.includes(token)) return this.#reply(record, res, { ok: false, error: 'not_allowed_token_type' });
      if (!this.appTokens.includes(token)) return this.#reply(record, res, { ok: false, error: 'invalid_auth' });
      return this.#reply(record, res, { ok: true, url: this.socketMode.open(this.#url) });
    }
    if (!this.tokens.includes(token)) return this.#reply(record, res, { ok: false, error: 'invalid_auth' });
    if (!parsed.ok) return this.#reply(record, res, { ok: false, error: parsed.error });
    const impl = METHODS[method];
    if (!impl) return this.#reply(record, res, { ok: false, error: 'unknown_method' });

    const limit = key.startsWith('channel:') ? this.perChannel : (this.methodLimits[method] ?? null);
    const admission = this.limiter.admit(key, limit, nowMs);
    if (!admission.ok) {
      record(429, null, admission.violation);
      return send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(admission.retryAfterSeconds) });
    }
    this.#reply(record, res, impl({ ...this.#ctx, nowMs }, args));
  }

  #reply(record: (status: number, reply: Reply) => void, res: ServerResponse, reply: Reply): void {
    record(200, reply);
    send(res, 200, reply);
  }

  #responseUrl(id: string, raw: string, res: ServerResponse): void {
    const context = this.#responseContexts.get(id);
    if (!context) return send(res, 404, { ok: false, error: 'expired_url' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return send(res, 400, { ok: false, error: 'invalid_json' });
    }
    const post = { id, body, context };
    this.responses.push(post);
    this.emit('response', post);
    send(res, 200, { ok: true });
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Start a loopback Slack on 127.0.0.1 (port 0 unless told). */
export async function startLoopbackSlack(options: LoopbackSlackOptions = {}): Promise<LoopbackSlack> {
  return new LoopbackSlack(options).listen(options.port ?? 0);
}
