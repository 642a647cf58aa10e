import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../src/adapters/feeds/fetch.ts';

/**
 * Node's fetch can leave a body stream open after its signal aborts, when the abort lands as the last
 * bytes arrive. A fetch whose body ignores the signal stands for that: the timeout must still end the read.
 */
const bodyIgnoringAbort: typeof fetch = async () => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('<rss><channel>'));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/rss+xml' } });
};

describe('fetchFeed', () => {
  it('ends a body read that the aborted exchange left open, with the timeout error', async () => {
    const outcome = fetchFeed('http://feeds.invalid/rss.xml', {}, { timeoutMs: 50, maxBytes: 1024, maxRedirects: 0 }, bodyIgnoringAbort);

    await expect(outcome).rejects.toMatchObject({ code: 'timeout', message: 'no complete answer within 50 ms' });
  });

  it('still reads a body that ends normally', async () => {
    const whole: typeof fetch = async () => new Response('<rss/>', { status: 200, headers: { 'content-type': 'application/rss+xml' } });

    await expect(fetchFeed('http://feeds.invalid/rss.xml', {}, { timeoutMs: 1000, maxBytes: 1024, maxRedirects: 0 }, whole)).resolves.toMatchObject({ status: 'ok', body: '<rss/>', bytes: 6 });
  });

  it('times out even while the garbage collector runs, which can collect a timeout signal before it fires', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', 'bin/run-ts.js', 'test/adapters/feeds/gc-timeout.script.ts'], { timeout: 20_000 });

    expect(stdout.trim()).toBe('timeout');
  });
});
