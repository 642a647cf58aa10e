export interface FetchLimits {
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Decoded body bytes; the download is aborted past it. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** HTTP validators for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; contentType: string; body: string; bytes: number; validators: Validators };

export type FeedErrorCode = 'timeout' | 'too-large' | 'http-status' | 'too-many-redirects' | 'not-a-feed' | 'bad-document';

/** An expected way for a feed to fail, with words an operator can act on. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FeedError';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'noticeboard (provider notice poller)';

/**
 * GET a feed conditionally (If-None-Match / If-Modified-Since), following at most `maxRedirects`
 * http(s) redirects, within one timeout, reading the body as a stream and aborting past `maxBytes`.
 */
export async function fetchFeed(
  url: string,
  validators: Validators,
  limits: FetchLimits = DEFAULT_LIMITS,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchOutcome> {
  // One controller ends the exchange, on time-out or past the size cap. The timer holds it strongly: a
  // timeout signal inside AbortSignal.any() may be garbage-collected before it fires (Node issue 57736),
  // and a feed that never answers would then hang its poll for good.
  const stop = new AbortController();
  const timeout = new FeedError('timeout', `no complete answer within ${limits.timeoutMs} ms`);
  const timer = setTimeout(() => stop.abort(timeout), limits.timeoutMs);
  const signal = stop.signal;
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
    'user-agent': USER_AGENT,
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;

  let current = url;
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await fetchImpl(current, { headers, redirect: 'manual', signal });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new FeedError('http-status', `HTTP ${response.status} without a Location header`);
        if (hop + 1 > limits.maxRedirects) {
          throw new FeedError('too-many-redirects', `more than ${limits.maxRedirects} redirects (last to ${location})`);
        }
        const next = new URL(location, current);
        if (next.protocol !== 'https:' && next.protocol !== 'http:') {
          throw new FeedError('http-status', `redirected to a ${next.protocol} URL`);
        }
        current = next.href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', url: current };
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        throw new FeedError('http-status', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const bytes = await readCapped(response, limits.maxBytes, stop);
      return {
        status: 'ok',
        url: current,
        contentType,
        body: decode(bytes, contentType),
        bytes: bytes.length,
        validators: {
          etag: response.headers.get('etag') ?? undefined,
          lastModified: response.headers.get('last-modified') ?? undefined,
        },
      };
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    if (signal.reason === timeout) throw timeout;
    throw err;
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}

async function readCapped(response: Response, maxBytes: number, stop: AbortController): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    stop.abort();
    throw new FeedError('too-large', `the body is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  // An abort that lands while the last bytes arrive can leave Node's fetch body stream open for good
  // (undici issue 4089): each read also ends when the exchange is aborted, so the timeout always holds.
  const { signal } = stop;
  const aborted = new Promise<never>((_, reject) => {
    const fail = (): void => reject(signal.reason);
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        stop.abort();
        throw new FeedError('too-large', `the body is over the ${maxBytes}-byte limit; download stopped`);
      }
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    throw err;
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, contentType: string): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const prolog = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  for (const label of [declared, prolog, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next hint.
    }
  }
  return bytes.toString('utf8');
}
