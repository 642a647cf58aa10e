import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import Libsql from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackSlack, type LoopbackSlack } from '../../src/adapters/slack/loopback/server.ts';
import { tempDir } from './prod-rig.ts';
import { postHealthEvent, spawnBot, type BotProcess } from './prod-process.ts';

const TOKEN = 'xoxb-crash-test-token';

/**
 * Forwards to the loopback Slack; while `hold` matches a request, Slack gets it and answers, but the
 * answer is kept from the bot: the bot dies between Slack accepting a post and hearing so.
 */
async function holdingProxy(upstream: string, hold: (body: string) => boolean): Promise<{ url: string; held: Promise<void>; server: Server; release(): void }> {
  let heldRes: ServerResponse | null = null;
  let signal: () => void = () => {};
  const held = new Promise<void>((r) => (signal = r));
  let holding = true;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString();
    const answer = await fetch(new URL(req.url?.replace(/^\//, '') ?? '', upstream), {
      method: req.method,
      headers: { 'content-type': String(req.headers['content-type'] ?? ''), authorization: String(req.headers.authorization ?? '') },
      body: req.method === 'POST' ? body : undefined,
    });
    const text = await answer.text();
    if (holding && hold(decodeURIComponent(body.replace(/\+/g, ' ')))) {
      holding = false;
      heldRes = res;
      signal();
      return;
    }
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', ...(answer.headers.get('retry-after') ? { 'retry-after': answer.headers.get('retry-after') ?? '' } : {}) });
    res.end(text);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, held, server, release: () => heldRes?.destroy() };
}

const postsOf = (slack: LoopbackSlack, shard: number) =>
  slack.calls.filter((c) => c.method === 'chat.postMessage' && c.ok && !c.args.thread_ts && new RegExp(`orders-shard-${shard}\\b`).test(JSON.stringify(c.args))).length;

describe('kill -9 of noticeboard start during a send', () => {
  let tmp: ReturnType<typeof tempDir> | null = null;
  const bots: BotProcess[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const bot of bots.splice(0)) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    for (const close of closers.splice(0)) await close();
    tmp?.remove();
  });

  it('loses nothing; the one post Slack took before the crash goes out again once its lease ends', { timeout: 90_000 }, async () => {
    tmp = tempDir('nb-crash-');
    const slack = await startLoopbackSlack({ tokens: [TOKEN], port: 0 });
    closers.push(() => slack.close());
    const proxy = await holdingProxy(slack.url, (body) => body.includes('orders-shard-'));
    closers.push(() => new Promise<void>((r) => proxy.server.close(() => r())));
    const env = { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 'crash-test-signing-secret', SLACK_API_URL: `${proxy.url}api/` };

    const first = await spawnBot(tmp.dir, env);
    bots.push(first);
    for (let n = 1; n <= 3; n++) expect(await postHealthEvent(first.base, n)).toBe(200);
    await proxy.held;
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    proxy.release();
    expect(postsOf(slack, 1) + postsOf(slack, 2) + postsOf(slack, 3)).toBe(1);

    const second = await spawnBot(tmp.dir, env);
    bots.push(second);
    // the dead sender's leases run ten minutes; end them as the clock would
    const db = new Libsql(join(tmp.dir, 'bot.db'));
    db.exec('PRAGMA busy_timeout = 10000');
    const leased = db.prepare("update outbox set leased_until = '2000-01-01T00:00:00.000Z' where status = 'pending' and leased_until is not null").run();
    db.close();
    expect(leased.changes).toBeGreaterThanOrEqual(1);
    await new Promise<void>((resolve) => {
      const check = () => [1, 2, 3].every((n) => postsOf(slack, n) >= 1) && (slack.off('call', check), resolve());
      slack.on('call', check);
      check();
    });
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const counts = [1, 2, 3].map((n) => postsOf(slack, n)).sort();
    expect(counts).toEqual([1, 1, 2]);
    expect(slack.violations).toBe(0);
  });
});
