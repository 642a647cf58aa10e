import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, secretScrubber } from '../../src/adapters/log.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../../src/adapters/slack/loopback/server.ts';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.ts';
import type { RunningBot } from '../../src/start.ts';
import { rdsNotice } from '../support/app-harness.ts';
import { sendSlashCommand } from '../support/slack-signing.ts';
import { startTestBot, tempDir } from './prod-rig.ts';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-0000-SECRETBOTTOKEN7f3a',
  SLACK_SIGNING_SECRET: 'SECRETSIGNING9c41e2d0b7',
  IMAP_PASSWORD: 'SECRETIMAPPASS-h4x!q',
  OPENAI_API_KEY: 'sk-SECRETOPENAIKEY55d1',
  AWS_HEALTH_WEBHOOK_TOKEN: 'SECRETAWSHOOK0a9b8c',
  CALENDAR_TOKEN: 'SECRETCALENDAR3e7f21',
};

/** A loopback port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('no secret reaches the log', () => {
  const output: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: () => void }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString();
      output.push(text);
      for (const w of waiters.splice(0)) (w.match(text) ? w.resolve : () => waiters.push(w))();
      done();
    },
  });
  const logged = (match: (line: string) => boolean) =>
    new Promise<void>((resolve) => {
      if (output.some(match)) return resolve();
      waiters.push({ match, resolve });
    });
  let tmp: ReturnType<typeof tempDir>;
  let slack: LoopbackSlack;
  let bot: RunningBot;

  beforeAll(async () => {
    tmp = tempDir('nb-secrets-');
    slack = await startLoopbackSlack({ tokens: [SECRETS.SLACK_BOT_TOKEN], port: 0 });
    const imapPort = await closedPort();
    const openaiPort = await closedPort();
    bot = await startTestBot(
      tmp.dir,
      {
        ...SECRETS,
        SLACK_API_URL: slack.apiUrl,
        IMAP_HOST: '127.0.0.1',
        IMAP_PORT: String(imapPort),
        IMAP_USER: 'ops@example.com',
        IMAP_TLS: 'false',
        OPENAI_BASE_URL: `http://127.0.0.1:${openaiPort}/v1`,
        OPENAI_TIMEOUT_MS: '2000',
        LOG_LEVEL: 'trace',
      },
      { log: createLogger('trace', sink) },
    );
  });
  afterAll(async () => {
    await bot?.stop();
    await slack?.close();
    tmp?.remove();
  });

  it('keeps every token and password out of trace-level output while things fail', async () => {
    const base = `http://127.0.0.1:${bot.port}`;
    const mailboxFailed = logged((l) => l.includes('mailbox connection failed') || l.includes('mailbox poll failed'));

    const wrongHook = await fetch(`${base}/hooks/aws-health`, { method: 'POST', headers: { authorization: `Bearer ${SECRETS.AWS_HEALTH_WEBHOOK_TOKEN}x` }, body: '{}' });
    expect(wrongHook.status).toBe(401);
    const rightHookBadBody = await fetch(`${base}/hooks/aws-health`, { method: 'POST', headers: { authorization: `Bearer ${SECRETS.AWS_HEALTH_WEBHOOK_TOKEN}` }, body: 'not json' });
    expect(rightHookBadBody.status).toBeGreaterThanOrEqual(400);

    expect((await fetch(`${base}/calendar.ics?token=${SECRETS.CALENDAR_TOKEN}`)).status).toBe(200);
    expect((await fetch(`${base}/calendar.ics?token=${SECRETS.CALENDAR_TOKEN}-wrong`)).status).toBe(401);

    const slash = await sendSlashCommand(`${base}${SLACK_EVENTS_PATH}`, SECRETS.SLACK_SIGNING_SECRET, {
      text: 'list',
      userId: 'U0OPS',
      channelId: 'C0OPS',
      responseUrl: slack.responseUrl(),
    });
    expect(slash.status).toBe(200);

    // a notice: the second opinion fails on its closed port, the post goes to Slack with the bot token
    const posted = new Promise<void>((resolve) => slack.on('call', (c: { method: string }) => c.method === 'chat.postMessage' && resolve()));
    await bot.core.ingest.ingest(rdsNotice());
    await posted;
    await mailboxFailed;

    const all = output.join('');
    expect(all).toContain('mailbox');
    expect(all.length).toBeGreaterThan(1000);
    for (const [name, value] of Object.entries(SECRETS)) expect(all, name).not.toContain(value);
  });
});

describe('secretScrubber', () => {
  it.each([
    ['an error message', (p: string) => `LOGIN failed for ops with ${p}`],
    ['a URL query', (p: string) => `GET /calendar.ics?token=${encodeURIComponent(p)}`],
    ['a JSON-escaped value', (p: string) => JSON.stringify({ m: p }).slice(1, -1)],
  ])('takes a configured secret out of %s', (_case, make) => {
    const secret = 'pa"ss w/ord\\42';
    const scrub = secretScrubber([secret, undefined, 'short']);
    expect(scrub?.(make(secret))).not.toContain('ord');
    expect(scrub?.('short words stay')).toBe('short words stay');
  });

  it('scrubs the line a real logger writes when a password rides in an error', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    const log = createLogger('trace', sink, { secrets: [SECRETS.IMAP_PASSWORD] });
    log.warn({ err: new Error(`auth with ${SECRETS.IMAP_PASSWORD} refused`), url: `imap://u:${SECRETS.IMAP_PASSWORD}@h` }, 'mailbox connection failed');
    expect(lines.join('')).toContain('mailbox connection failed');
    expect(lines.join('')).not.toContain(SECRETS.IMAP_PASSWORD);
  });
});
