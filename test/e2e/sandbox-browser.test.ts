// `noticeboard start` without a Slack workspace, driven through its sandbox page in headless
// Chromium: the shipped samples become task posts, people sign off as Slack users would, the
// sandbox clock moves and the reminder ladder speaks up in the thread.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxClock } from '../../src/adapters/sandbox/clock.ts';
import { startBot, type RunningBot } from '../../src/start.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`sandbox-browser: skipped, ${CHROMIUM} is missing (apt-get install chromium)`);

const ARTIFACTS = resolve('test-artifacts');
// Tuesday 13:00 in New York (the data team's zone): working hours, a week later too. The samples'
// RDS deadline is 21 days on at 17:00 UTC, so a week on its 14-days-before reminder is due.
const START = '2026-11-24T18:00:00Z';
const DATA_CHANNEL = '#data-notices';
const OWNER = 'U0DATA00001';
const LEAD = 'U0PLATLEAD1';
const OUTSIDER = 'U0PLAT00001';
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

describe.skipIf(!hasChromium)('sandbox page in a browser', () => {
  let dir: string;
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nb-sandbox-'));
    await mkdir(ARTIFACTS, { recursive: true });
    const env = { DATABASE_URL: `file:${join(dir, 'noticeboard.db')}`, RULES_DIR: resolve('rules'), LOG_LEVEL: 'warn', TZ: 'UTC' };
    bot = await startBot(env, { port: 0, clock: new SandboxClock(START), inboxDir: join(dir, 'inbox') });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, timezoneId: 'UTC' });
    page.setDefaultTimeout(15_000);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `sandbox-${name}.png`), fullPage: true });
  const actAs = async (user: string) => {
    await page.selectOption('#acting', user);
    await eventually(() => page.locator('#acting').inputValue()).toBe(user);
  };
  const rdsPost = (): Locator => page.locator('.msg.post', { hasText: /RDS/i }).first();

  it('shows the sample notices as task posts, says it is not Slack, and files them as processed', async () => {
    expect(bot.sandbox).not.toBeNull();
    await page.goto(bot.sandbox?.url ?? '');
    await eventually(() => page.locator('#banner').textContent()).toBe('Local sandbox — this is not Slack');
    await page.locator(`nav button[data-channel="${DATA_CHANNEL}"]`).click();
    await rdsPost().waitFor();
    await eventually(() => rdsPost().locator('button[data-action="task.take_ownership"]').count()).toBe(1);
    expect(await readdir(join(dir, 'inbox', 'processed'))).toEqual(['fyi-elasticache-release.eml', 'lambda-runtime-deprecation.eml', 'rds-ca-rotation.eml']);
    await shot('1-first-run');
  });

  it('the owner schedules and approves, an outsider is refused, the lead approves: the post shows it approved', async () => {
    await actAs(OWNER);
    await rdsPost().locator('button[data-action="task.take_ownership"]').click();
    await eventually(() => rdsPost().locator('.b-fields').textContent()).toContain(`@${OWNER}`);
    await rdsPost().locator('button[data-action="task.schedule"]').click();
    const modal = page.locator('.modal');
    await modal.waitFor();
    await modal.locator('input[name="window_start"]').fill('2026-11-30T09:00');
    await modal.locator('input[name="window_end"]').fill('2026-11-30T11:00');
    await shot('2-schedule-modal');
    await modal.locator('button.primary').click();
    await modal.waitFor({ state: 'detached' });
    const approve = rdsPost().locator('button[data-action="task.approve"]');
    await approve.click();
    const signOffs = rdsPost().locator('.b-section', { hasText: 'Sign-offs' });
    await eventually(() => signOffs.textContent()).toContain(OWNER);

    await actAs(OUTSIDER);
    await approve.click();
    const refusal = page.locator('.msg.ephemeral');
    await refusal.first().waitFor();
    expect(await refusal.first().textContent()).toMatch(/needs owner or platform-lead/);
    await shot('3-refused');

    await actAs(LEAD);
    await approve.click();
    await eventually(() => rdsPost().locator('.b-header, .b-section, .b-context').allTextContents().then((t) => t.join(' '))).toMatch(/approved/i);
    await eventually(() => approve.count()).toBe(0);
    await shot('4-approved');
  });

  it('moving the clock a week on posts a louder reminder in the task thread', async () => {
    const replies = rdsPost().locator('.thread .msg');
    const before = await replies.count();
    await page.locator('#clock button[data-ms="604800000"]').click();
    await eventually(() => replies.count()).toBeGreaterThan(before);
    await eventually(() => page.locator('#now').textContent()).toContain('2026-12-01');
    await shot('5-clock-moved');
  });
}, 60_000);
