import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { MemoryCursorStore } from '../../src/adapters/memory/source-state.ts';
import { silentReporter } from '../../src/app/source-health.ts';
import { buildSources, pollAll, pollCommand } from '../../src/cli/poll.ts';
import { conditional, endless, FeedServer, rss, silence } from '../fakes/feed-server.ts';
import { buildFeed } from '../adapters/feeds/harness.ts';

describe('noticeboard poll --once', () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
    server.route('/good.xml', conditional(() => ({ body: rss([{ guid: 'g1', title: 'Good notice' }]) })));
    server.route('/html', conditional(() => ({ body: '<!doctype html><p>login</p>', contentType: 'text/html' })));
    server.route('/huge.xml', endless(100 * 1024 * 1024));
    server.route('/slow.xml', silence);
  });

  afterEach(async () => {
    await server.close();
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  const feeds = () => {
    const limits = { timeoutMs: 300, maxBytes: 1024 * 1024 };
    return [
      buildFeed({ id: 'html', url: server.url('/html') }, { limits }),
      buildFeed({ id: 'huge', url: server.url('/huge.xml') }, { limits }),
      buildFeed({ id: 'slow', url: server.url('/slow.xml') }, { limits }),
      buildFeed({ id: 'good', url: server.url('/good.xml') }, { limits }),
    ];
  };

  it('reports each failing feed and still delivers the good one', async () => {
    const harnesses = feeds();

    const outcomes = await pollAll(harnesses.map((h) => h.source));

    expect(outcomes).toEqual([
      { source: 'feed:html', error: 'expected a feed but got an HTML page (text/html)' },
      { source: 'feed:huge', error: 'the body is over the 1048576-byte limit; download stopped' },
      { source: 'feed:slow', error: 'no complete answer within 300 ms' },
      { source: 'feed:good' },
    ]);
    expect(harnesses[3]?.sink.committed.map((n) => n.subject)).toEqual(['Good notice']);
  });

  it('prints one line per source and exits non-zero after the others ran', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    let closed = false;
    const harnesses = feeds();
    const command = pollCommand(async () => ({
      sources: harnesses.map((h) => h.source),
      close: async () => void (closed = true),
    }));

    await command.parseAsync(['--once'], { from: 'user' });

    expect(lines.map((l) => l.split(':')[0])).toEqual(['FAIL feed', 'FAIL feed', 'FAIL feed', 'ok   feed']);
    expect(process.exitCode).toBe(1);
    expect(closed).toBe(true);
  });

  it('exits 2 with the reason when the sources cannot be set up', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));

    await pollCommand().parseAsync(['--once'], { from: 'user' });

    expect(errors[0]).toMatch(/noticeboard poll: polling needs the notice store/);
    expect(process.exitCode).toBe(2);
  });
});

describe('buildSources', () => {
  const deps = (env: NodeJS.ProcessEnv) => ({
    sink: { ingest: async () => ({ outcome: 'created' as const, noticeId: 1, taskId: null }) },
    cursors: new MemoryCursorStore(),
    health: silentReporter,
    log: silentLogger,
    clock: new ManualClock('2024-08-20T12:00:00Z'),
    env,
  });
  const mailbox = (id: string, passwordEnv: string) => ({
    id,
    host: 'imap.example.com',
    port: 993,
    user: 'notices',
    passwordEnv,
    tls: true,
    mailbox: 'INBOX',
    processed: { flag: '$Noticeboard' },
    maxMessageBytes: 10 * 1024 * 1024,
  });

  it('builds one source per feed and mailbox', () => {
    const built = buildSources(
      { feeds: [{ id: 'aws', url: 'https://status.aws.example/rss', intervalMinutes: 15 }], mailboxes: [mailbox('ops', 'OPS_PW')] },
      deps({ OPS_PW: 'x' }),
    );

    expect([...built.feeds, ...built.mailboxes].map((s) => s.id)).toEqual(['feed:aws', 'imap:ops']);
  });

  it('names every mailbox whose password is missing from the environment', () => {
    expect(() =>
      buildSources({ feeds: [], mailboxes: [mailbox('ops', 'OPS_PW'), mailbox('billing', 'BILLING_PW')] }, deps({})),
    ).toThrow('mailbox ops: set OPS_PW to its password\nmailbox billing: set BILLING_PW to its password');
  });
});
