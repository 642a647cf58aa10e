import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Timers } from '../../../src/adapters/backoff.ts';
import { FeedScheduler } from '../../../src/adapters/feeds/scheduler.ts';
import { conditional, endless, FeedServer, rss, silence } from '../../fakes/feed-server.ts';
import { buildFeed } from './harness.ts';

const MB = 1024 * 1024;

describe('FeedSource when a feed misbehaves', () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
  });

  afterEach(async () => {
    await server.close();
  });

  it('gives up on a feed that does not answer in time', async () => {
    server.route('/slow.xml', silence);
    const { source, health } = buildFeed({ url: server.url('/slow.xml') }, { limits: { timeoutMs: 150 } });

    await expect(source.pollOnce()).rejects.toMatchObject({ code: 'timeout' });
    expect((await health.get(source.id))?.lastError).toBe('no complete answer within 150 ms');
  });

  it.each([
    ['served as text/html', 'text/html; charset=utf-8', '<!DOCTYPE html><html><body>Sign in</body></html>', /HTML page \(text\/html\)/],
    ['served as XML but HTML inside', 'application/xml', '<html><head><title>502</title></head></html>', /HTML page \(application\/xml\)/],
    ['with an entity declaration', 'application/rss+xml', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss/>', /DOCTYPE or entities; refused/],
    ['that is not XML at all', 'text/plain', 'Service Unavailable', /expected XML but got text\/plain/],
  ])('refuses a document %s with a clear error', async (_what, contentType, body, words) => {
    server.route('/feed', conditional(() => ({ body, contentType })));
    const { source, sink, health } = buildFeed({ url: server.url('/feed'), format: 'rss' });

    await expect(source.pollOnce()).rejects.toThrow(words);
    expect(sink.calls).toBe(0);
    expect((await health.get(source.id))?.lastError).toMatch(words);
  });

  it('stops downloading a 100 MB body shortly past the cap', async () => {
    const huge = endless(100 * MB);
    server.route('/huge.xml', huge);
    const { source } = buildFeed({ url: server.url('/huge.xml') }, { limits: { maxBytes: MB } });

    await expect(source.pollOnce()).rejects.toMatchObject({ code: 'too-large' });
    // Socket buffers let the server write somewhat ahead of what the client read; far from 100 MB.
    expect(huge.sent()).toBeLessThan(16 * MB);
  });

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    const huge = endless(100 * MB, { declareLength: true });
    server.route('/huge.xml', huge);
    const { source } = buildFeed({ url: server.url('/huge.xml') }, { limits: { maxBytes: MB } });

    await expect(source.pollOnce()).rejects.toThrow(/104857600 bytes, over the 1048576-byte limit/);
    expect(huge.sent()).toBeLessThan(16 * MB);
  });

  it('reports an HTTP error status', async () => {
    server.route('/gone.xml', (_req, res) => res.writeHead(410, 'Gone').end());
    const { source, health } = buildFeed({ url: server.url('/gone.xml') });

    await expect(source.pollOnce()).rejects.toMatchObject({ code: 'http-status' });
    expect((await health.get(source.id))?.lastError).toBe('HTTP 410 Gone');
  });

  it('says a feed certificate is self-signed', async () => {
    const tls = join(import.meta.dirname, '../../fixtures/tls');
    const secure = await FeedServer.start({
      cert: readFileSync(join(tls, 'self-signed.pem')),
      key: readFileSync(join(tls, 'self-signed-key.pem')),
    });
    try {
      secure.route('/feed.xml', conditional(() => ({ body: rss([{ guid: 'a' }]) })));
      const { source, health } = buildFeed({ url: secure.url('/feed.xml') });

      await expect(source.pollOnce()).rejects.toThrow();
      expect((await health.get(source.id))?.lastError).toMatch(/self-signed \[DEPTH_ZERO_SELF_SIGNED_CERT\]/);
    } finally {
      await secure.close();
    }
  });
});

describe('FeedScheduler', () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
  });

  afterEach(async () => {
    await server.close();
  });

  /** Timers that only record what was scheduled and fire when the test says so. */
  function manualTimers() {
    const pending: { fn: () => void; ms: number }[] = [];
    const timers: Timers = {
      setTimeout: (fn, ms) => pending.push({ fn, ms }),
      clearTimeout: () => undefined,
    };
    return { timers, pending };
  }

  it('polls every feed, lets one fail without holding the others, and backs the failing one off', async () => {
    server.route('/good.xml', conditional(() => ({ body: rss([{ guid: 'ok', title: 'Fine notice' }]) })));
    server.route('/broken.xml', conditional(() => ({ body: '<html>oops</html>', contentType: 'text/html' })));
    const good = buildFeed({ id: 'good', url: server.url('/good.xml'), intervalMinutes: 10 });
    const broken = buildFeed({ id: 'broken', url: server.url('/broken.xml'), intervalMinutes: 10 });
    const { timers, pending } = manualTimers();
    const delays: [string, number][] = [];
    let scheduled = (): void => undefined;
    const scheduler = new FeedScheduler({
      sources: [broken.source, good.source],
      timers,
      random: () => 0.5,
      onScheduled: (source, ms) => {
        delays.push([source, ms]);
        scheduled();
      },
    });

    const round = (count: number) =>
      new Promise<void>((resolve) => {
        const target = delays.length + count;
        scheduled = () => delays.length >= target && resolve();
      });
    const first = round(2);
    scheduler.start();
    await first;
    for (let i = 0; i < 2; i += 1) {
      const next = round(2);
      for (const timer of pending.splice(0)) timer.fn();
      await next;
    }
    await scheduler.stop();

    expect(good.sink.committed.map((n) => n.subject)).toEqual(['Fine notice']);
    expect(delays.filter(([s]) => s === 'feed:good').map(([, ms]) => ms)).toEqual([600_000, 600_000, 600_000]);
    expect(delays.filter(([s]) => s === 'feed:broken').map(([, ms]) => ms)).toEqual([900_000, 1_800_000, 3_600_000]);
  });
});
