import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackSlack, type LoopbackSlack } from '../../src/adapters/slack/loopback/server.ts';
import type { RunningBot } from '../../src/start.ts';
import { startTestBot, tempDir } from './prod-rig.ts';
import { HOOK_TOKEN, postHealthEvent } from './prod-process.ts';

const TOKEN = 'xoxb-flaky-test-token';

/** A seeded generator, so a failing run can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * In front of the loopback Slack: until `until`, a share of the requests is answered 500 or 429
 * (Retry-After 1) here, without reaching Slack. Counts requests that arrive for a key while a
 * Retry-After it gave is in force.
 */
async function flakyProxy(upstream: string, random: () => number, until: number) {
  const blockedUntil = new Map<string, number>();
  const stats = { injected500: 0, injected429: 0, violations: 0 };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString();
    const method = (req.url ?? '').split('/').pop() ?? '';
    const channel = new URLSearchParams(body).get('channel');
    const key = method === 'chat.postMessage' && channel ? `channel:${channel}` : `method:${method}`;
    const now = Date.now();
    if ((blockedUntil.get(key) ?? 0) > now) stats.violations += 1;
    const roll = random();
    if (now < until && roll < 0.15) {
      stats.injected500 += 1;
      res.writeHead(500).end('internal error');
      return;
    }
    if (now < until && roll < 0.3) {
      stats.injected429 += 1;
      blockedUntil.set(key, now + 1000);
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
      return;
    }
    const answer = await fetch(new URL(req.url?.replace(/^\//, '') ?? '', upstream), {
      method: req.method,
      headers: { 'content-type': String(req.headers['content-type'] ?? ''), authorization: String(req.headers.authorization ?? '') },
      body: req.method === 'POST' ? body : undefined,
    });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, stats, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const postsOf = (slack: LoopbackSlack, shard: number) =>
  slack.calls.filter((c) => c.method === 'chat.postMessage' && c.ok && !c.args.thread_ts && new RegExp(`orders-shard-${shard}\\b`).test(JSON.stringify(c.args))).length;

describe('Slack answering 500 and 429 at random', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it('delivers every post exactly once and sends nothing during a Retry-After', { timeout: 120_000 }, async () => {
    const tmp = tempDir('nb-flaky-');
    closers.push(async () => tmp.remove());
    const slack = await startLoopbackSlack({ tokens: [TOKEN], port: 0 });
    closers.push(() => slack.close());
    const proxy = await flakyProxy(slack.url, mulberry32(8), Date.now() + 15_000);
    closers.push(proxy.close);
    const bot: RunningBot = await startTestBot(tmp.dir, {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: 'flaky-test-signing-secret',
      SLACK_API_URL: `${proxy.url}api/`,
      AWS_HEALTH_WEBHOOK_TOKEN: HOOK_TOKEN,
    });
    closers.push(() => bot.stop());
    const base = `http://127.0.0.1:${bot.port}`;
    const shards = Array.from({ length: 12 }, (_, i) => i + 1);
    for (const n of shards) expect(await postHealthEvent(base, n)).toBe(200);

    await new Promise<void>((resolve) => {
      const check = () => shards.every((n) => postsOf(slack, n) >= 1) && (slack.off('call', check), resolve());
      slack.on('call', check);
      check();
    });
    expect((await bot.core.store.outbox.stats()).failed).toBe(0);
    // stopping drains what is still queued: a late duplicate would show in the counts below
    await bot.stop();
    expect(shards.map((n) => postsOf(slack, n))).toEqual(shards.map(() => 1));
    expect(proxy.stats.injected500).toBeGreaterThan(0);
    expect(proxy.stats.injected429).toBeGreaterThan(0);
    expect(proxy.stats.violations).toBe(0);
    expect(slack.violations).toBe(0);
  });
});
