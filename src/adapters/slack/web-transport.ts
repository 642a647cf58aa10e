// One Slack Web API call over HTTP, with no retries and no queue: `POST {apiUrl}{method}` with the
// bearer token and a form body whose structured arguments (blocks, view) are JSON strings, the
// encoding every Web API method accepts. Every way a call can end becomes one typed outcome.
import { Agent, request } from 'undici';

export type WireOutcome =
  | { kind: 'ok'; body: Record<string, unknown> }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'http-error'; status: number }
  | { kind: 'platform-error'; error: string }
  | { kind: 'network-error'; message: string };

export interface WebTransportOptions {
  token: string;
  /** Ends with `/`: `https://slack.com/api/` or SLACK_API_URL. */
  apiUrl: string;
  timeoutMs?: number;
}

export function encodeForm(args: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    form.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form.toString();
}

export class WebTransport {
  readonly #agent: Agent;
  readonly #apiUrl: string;
  readonly #auth: string;
  readonly #timeoutMs: number;

  constructor(options: WebTransportOptions) {
    this.#apiUrl = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;
    this.#auth = `Bearer ${options.token}`;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: this.#timeoutMs, bodyTimeout: this.#timeoutMs });
  }

  async call(method: string, args: Record<string, unknown>): Promise<WireOutcome> {
    let status: number;
    let headers: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const res = await request(`${this.#apiUrl}${method}`, {
        method: 'POST',
        dispatcher: this.#agent,
        headers: { authorization: this.#auth, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: encodeForm(args),
      });
      status = res.statusCode;
      headers = res.headers;
      text = await res.body.text();
    } catch (err) {
      return { kind: 'network-error', message: err instanceof Error ? err.message : String(err) };
    }
    if (status === 429) {
      const header = headers['retry-after'];
      const seconds = Number.parseInt(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''), 10);
      // Slack always sends it; without one, a second is the least that is safe
      return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : 1 };
    }
    if (status !== 200) return { kind: 'http-error', status };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: 'http-error', status: 502 };
    }
    if (typeof body !== 'object' || body === null) return { kind: 'http-error', status: 502 };
    const record = body as Record<string, unknown>;
    if (record.ok !== true) return { kind: 'platform-error', error: typeof record.error === 'string' ? record.error : 'unknown_error' };
    return { kind: 'ok', body: record };
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }
}
