import { afterEach, describe, expect, it } from 'vitest';
import { parseMetrics, tempDir } from './prod-rig.ts';
import { outboxByStatus, postHealthEvent, spawnBot, type BotProcess } from './prod-process.ts';

describe('noticeboard start on SIGTERM', () => {
  let tmp: ReturnType<typeof tempDir> | null = null;
  let bot: BotProcess | null = null;
  afterEach(() => {
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
    tmp?.remove();
  });

  it('stops intake, sends what is queued, and exits 0', { timeout: 60_000 }, async () => {
    tmp = tempDir('nb-sigterm-');
    bot = await spawnBot(tmp.dir);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
    // several posts to one channel: at Slack's pace of about one a second, some are still queued
    for (let n = 1; n <= 5; n++) expect(await postHealthEvent(bot.base, n)).toBe(200);
    const before = parseMetrics(await (await fetch(`${bot.base}/metrics`)).text());
    const pendingAtSignal = before.get('noticeboard_outbox_pending') ?? 0;
    expect(pendingAtSignal).toBeGreaterThan(0);

    bot.child.kill('SIGTERM');
    const { code } = await bot.exited;
    expect(code, bot.output()).toBe(0);
    expect(bot.output()).toContain('SIGTERM: stopping intake');
    const rows = outboxByStatus(tmp.dir);
    expect(rows.pending ?? 0).toBe(0);
    expect(rows.failed ?? 0).toBe(0);
    expect(rows.sent ?? 0).toBeGreaterThanOrEqual(5);
  });
});
