import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../src/start.ts';
import { rdsNotice } from '../support/app-harness.ts';
import { nextCall, parseMetrics, startTestBot, tempDir } from './prod-rig.ts';

describe('/metrics of a started bot', () => {
  let tmp: ReturnType<typeof tempDir>;
  let bot: RunningBot;
  beforeEach(async () => {
    tmp = tempDir('nb-metrics-');
    bot = await startTestBot(tmp.dir);
  });
  afterEach(async () => {
    await bot.stop();
    tmp.remove();
  });

  const scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${bot.port}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    return { text, samples: parseMetrics(text) };
  };

  it('reports every family with plausible values after a notice is ingested and posted', async () => {
    const sandbox = bot.sandbox;
    if (!sandbox) throw new Error('expected the sandbox');
    const posted = nextCall(sandbox, (c) => c.method === 'chat.postMessage' && c.ok);
    const result = await bot.core.ingest.ingest(rdsNotice());
    expect(result.outcome).toBe('created');
    await posted;
    // a failing source, as the health tracker records it
    await bot.core.store.sourceHealth.put({
      source: 'imap:env',
      lastSuccessAt: null,
      lastErrorAt: new Date(),
      lastError: 'connection refused',
      consecutiveFailures: 3,
      failingSince: new Date(),
      alerted: false,
    });

    const { text, samples } = await scrape();
    for (const family of [
      'noticeboard_notices_ingested_total',
      'noticeboard_tasks',
      'noticeboard_outbox_pending',
      'noticeboard_outbox_failed',
      'noticeboard_outbox_oldest_pending_seconds',
      'noticeboard_slack_requests_total',
      'noticeboard_source_consecutive_failures',
      'noticeboard_source_failing',
      'noticeboard_extraction_seconds_total',
      'noticeboard_leader',
    ]) {
      expect(text, family).toContain(`# TYPE ${family} `);
    }
    expect(samples.get('noticeboard_notices_ingested_total{outcome="created",source="imap"}')).toBe(1);
    expect(samples.get('noticeboard_tasks{state="open"}')).toBe(1);
    expect(samples.get('noticeboard_tasks{state="done"}')).toBe(0);
    expect(samples.get('noticeboard_source_consecutive_failures{source="imap:env"}')).toBe(3);
    expect(samples.get('noticeboard_source_failing{source="imap:env"}')).toBe(1);
    expect(samples.get('noticeboard_slack_requests_total{method="chat.postMessage",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('noticeboard_leader')).toBe(1);
    const extraction = samples.get('noticeboard_extraction_seconds_total') ?? -1;
    expect(extraction).toBeGreaterThan(0);
    expect(extraction).toBeLessThan(5);
    expect(samples.get('noticeboard_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('counts 429s and errors from Slack by method', async () => {
    const sandbox = bot.sandbox;
    if (!sandbox) throw new Error('expected the sandbox');
    sandbox.failNext(1, { status: 429, retryAfter: 1, method: 'chat.postMessage' });
    const posted = nextCall(sandbox, (c) => c.method === 'chat.postMessage' && c.ok);
    await bot.core.ingest.ingest(rdsNotice());
    await posted;
    const { samples } = await scrape();
    expect(samples.get('noticeboard_slack_rate_limited_total{method="chat.postMessage"}')).toBe(1);
  });
});
