import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { startLoopbackSlack, type LoopbackSlack, type LoopbackSlackOptions } from '../../fakes/slack-server.ts';

const T0 = '2024-08-01T09:00:00.000Z';

interface CallOptions {
  json?: boolean;
  token?: string | null;
}

/** A raw Web API call, encoded the way Slack's clients encode it. */
async function api(slack: LoopbackSlack, method: string, args: Record<string, unknown>, options: CallOptions = {}) {
  const token = options.token === undefined ? slack.token : options.token;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  let body: string;
  if (options.json) {
    headers['content-type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(args);
  } else {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(args)) form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    body = form.toString();
  }
  const res = await fetch(`${slack.apiUrl}${method}`, { method: 'POST', headers, body });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, any> };
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('loopback Slack Web API', () => {
  let slack: LoopbackSlack;
  let clock: ManualClock;
  const start = async (options: LoopbackSlackOptions = {}) => {
    clock = new ManualClock(T0);
    slack = await startLoopbackSlack({ clock, ...options });
  };
  beforeEach(() => start());
  afterEach(() => slack.close());

  describe('authentication', () => {
    it.each([
      ['no token', null, 'not_authed'],
      ['a wrong token', 'xoxb-wrong', 'invalid_auth'],
    ])('refuses a call with %s', async (_name, token, error) => {
      const { status, body } = await api(slack, 'auth.test', {}, { token });
      expect(status).toBe(200);
      expect(body).toMatchObject({ ok: false, error });
    });

    it('answers auth.test with the bot identity for the right token', async () => {
      const { body } = await api(slack, 'auth.test', {});
      expect(body).toMatchObject({ ok: true, user_id: slack.bot.userId, bot_id: slack.bot.botId, team_id: slack.team.id });
    });

    it('accepts the token as a form field, as Slack does for form posts', async () => {
      const { body } = await api(slack, 'auth.test', { token: slack.token }, { token: null });
      expect(body.ok).toBe(true);
    });
  });

  describe('bodies', () => {
    it('parses a form body whose blocks are a JSON string', async () => {
      const { body } = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'fallback', blocks: [section('hello')] });
      expect(body.ok).toBe(true);
      expect(slack.messages('C1')[0]?.blocks).toEqual([section('hello')]);
    });

    it('parses a JSON body', async () => {
      const { body } = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'hi', blocks: [section('json')] }, { json: true });
      expect(body).toMatchObject({ ok: true, channel: 'C1', message: { text: 'hi' } });
      expect(slack.messages('C1')[0]?.blocks).toEqual([section('json')]);
    });

    it('refuses blocks that are not JSON', async () => {
      const { body } = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'x', blocks: '[{' });
      expect(body).toMatchObject({ ok: false, error: 'invalid_blocks_format' });
    });

    it('refuses a message with neither text nor blocks', async () => {
      const { body } = await api(slack, 'chat.postMessage', { channel: 'C1' });
      expect(body).toMatchObject({ ok: false, error: 'no_text' });
    });
  });

  describe('Block Kit limits', () => {
    const button = (label: string) => ({ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: label } }] });
    it.each([
      ['50 blocks', Array.from({ length: 50 }, () => section('x')), true],
      ['51 blocks', Array.from({ length: 51 }, () => section('x')), false],
      ['a 3000-character section', [section('x'.repeat(3000))], true],
      ['a 3001-character section', [section('x'.repeat(3001))], false],
      ['a 75-character button label', [button('b'.repeat(75))], true],
      ['a 76-character button label', [button('b'.repeat(76))], false],
    ])('a message with %s is accepted: %s', async (_name, blocks, ok) => {
      const { body } = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'x', blocks });
      expect(body.ok).toBe(ok);
      if (!ok) {
        expect(body.error).toBe('invalid_blocks');
        expect(body.response_metadata.messages[0]).toMatch(/json-pointer:\/blocks/);
      }
    });

    const modal = (title: string, count = 1) => ({ type: 'modal', title: { type: 'plain_text', text: title }, blocks: Array.from({ length: count }, () => section('x')) });
    it.each([
      ['a 24-character title', modal('t'.repeat(24)), true],
      ['a 25-character title', modal('t'.repeat(25)), false],
      ['100 blocks', modal('ok', 100), true],
      ['101 blocks', modal('ok', 101), false],
    ])('a modal with %s opens: %s', async (_name, view, ok) => {
      const { body } = await api(slack, 'views.open', { trigger_id: '123.456', view });
      expect(body.ok).toBe(ok);
      if (!ok) expect(body.error).toBe('invalid_arguments');
    });
  });

  describe('rate limits', () => {
    beforeEach(async () => {
      await slack.close();
      await start({ perChannel: { perSecond: 1, burst: 2 } });
    });

    it('answers 429 with Retry-After once a channel has used its burst, and frees it after that long', async () => {
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: '1' })).status).toBe(200);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: '2' })).status).toBe(200);
      const limited = await api(slack, 'chat.postMessage', { channel: 'C1', text: '3' });
      expect(limited).toMatchObject({ status: 429, retryAfter: '1', body: { ok: false, error: 'ratelimited' } });
      expect((await api(slack, 'chat.postMessage', { channel: 'C2', text: 'other channel' })).status).toBe(200);
      clock.advance(999);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'too early' })).status).toBe(429);
      clock.advance(1);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'on time' })).status).toBe(200);
      expect(slack.violations).toBe(1);
      expect(slack.limiter.violationsByKey.get('channel:C1')).toBe(1);
      expect(slack.messages('C1').map((m) => m.text)).toEqual(['1', '2', 'on time']);
    });

    it('limits other methods by their tier per minute', async () => {
      await slack.close();
      await start({ methodsPerMinute: { 'users.info': 2 }, users: [{ id: 'U1', name: 'ada' }] });
      for (let i = 0; i < 2; i++) expect((await api(slack, 'users.info', { user: 'U1' })).status).toBe(200);
      const limited = await api(slack, 'users.info', { user: 'U1' });
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBe(30);
    });
  });

  describe('messages, threads and updates', () => {
    it('returns strictly increasing ts values even within one millisecond', async () => {
      const a = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'a' });
      const b = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'b' });
      expect(a.body.ts).toMatch(/^\d{10}\.\d{6}$/);
      expect(Number(b.body.ts)).toBeGreaterThan(Number(a.body.ts));
      expect(a.body.ts.startsWith(String(Date.parse(T0) / 1000))).toBe(true);
    });

    it('keeps replies in the thread of their parent, and a reply to a reply in the same thread', async () => {
      const parent = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'parent' });
      const reply = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'r1', thread_ts: parent.body.ts });
      await api(slack, 'chat.postMessage', { channel: 'C1', text: 'r2', thread_ts: reply.body.ts });
      expect(slack.messages('C1').map((m) => m.text)).toEqual(['parent']);
      expect(slack.replies('C1', parent.body.ts).map((m) => [m.text, m.threadTs])).toEqual([
        ['r1', parent.body.ts],
        ['r2', parent.body.ts],
      ]);
    });

    it('refuses a reply to a thread that does not exist', async () => {
      const { body } = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'r', thread_ts: '1.000001' });
      expect(body).toMatchObject({ ok: false, error: 'thread_not_found' });
    });

    it('applies chat.update to the stored message and emits it', async () => {
      const posted = await api(slack, 'chat.postMessage', { channel: 'C1', text: 'v1' });
      const updated = slack.waitFor<{ text: string }>('update');
      const { body } = await api(slack, 'chat.update', { channel: 'C1', ts: posted.body.ts, text: 'v2', blocks: [section('v2')] });
      expect(body).toMatchObject({ ok: true, ts: posted.body.ts, text: 'v2' });
      expect((await updated).text).toBe('v2');
      expect(slack.messages('C1')[0]).toMatchObject({ text: 'v2', edits: 1, blocks: [section('v2')] });
    });

    it('refuses to update a message that does not exist', async () => {
      const { body } = await api(slack, 'chat.update', { channel: 'C1', ts: '1.000001', text: 'x' });
      expect(body).toMatchObject({ ok: false, error: 'message_not_found' });
    });

    it('posts to a user id in the app DM, the channel conversations.open returns', async () => {
      const opened = await api(slack, 'conversations.open', { users: 'U42' });
      const posted = await api(slack, 'chat.postMessage', { channel: 'U42', text: 'psst' });
      expect(posted.body.channel).toBe(opened.body.channel.id);
      expect(slack.messages('U42').map((m) => m.text)).toEqual(['psst']);
    });

    it('keeps ephemeral messages apart from the channel', async () => {
      const { body } = await api(slack, 'chat.postEphemeral', { channel: 'C1', user: 'U1', text: 'only you' });
      expect(body.ok).toBe(true);
      expect(slack.ws.ephemerals).toMatchObject([{ channel: 'C1', user: 'U1', text: 'only you' }]);
      expect(slack.messages('C1')).toEqual([]);
    });
  });

  describe('directory and views', () => {
    beforeEach(async () => {
      await slack.close();
      await start({ users: [{ id: 'U1', name: 'ada', tz: 'Europe/Berlin' }], usergroups: { S1: ['U1', 'U2'] } });
    });

    it('answers users.info and usergroups.users.list from its directory', async () => {
      expect((await api(slack, 'users.info', { user: 'U1' })).body.user).toMatchObject({ id: 'U1', name: 'ada', tz: 'Europe/Berlin' });
      expect((await api(slack, 'users.info', { user: 'U9' })).body).toMatchObject({ ok: false, error: 'user_not_found' });
      expect((await api(slack, 'usergroups.users.list', { usergroup: 'S1' })).body.users).toEqual(['U1', 'U2']);
      expect((await api(slack, 'usergroups.users.list', { usergroup: 'S9' })).body.error).toBe('no_such_subteam');
    });

    it('publishes a Home tab and refuses an update with a stale hash', async () => {
      const home = { type: 'home', blocks: [section('home')] };
      const first = await api(slack, 'views.publish', { user_id: 'U1', view: home });
      expect(first.body.ok).toBe(true);
      const second = await api(slack, 'views.publish', { user_id: 'U1', view: home, hash: first.body.view.hash });
      expect(second.body.ok).toBe(true);
      const stale = await api(slack, 'views.publish', { user_id: 'U1', view: home, hash: first.body.view.hash });
      expect(stale.body).toMatchObject({ ok: false, error: 'hash_conflict' });
      expect(slack.ws.homes.get('U1')?.updates).toBe(1);
    });
  });

  describe('told to fail', () => {
    it('fails the next N calls with 500, then answers normally', async () => {
      slack.failNext(2, { status: 500 });
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'a' })).status).toBe(500);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'b' })).status).toBe(500);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'c' })).status).toBe(200);
      expect(slack.messages('C1').map((m) => m.text)).toEqual(['c']);
    });

    it('forces a 429 whose Retry-After counts later early calls as violations', async () => {
      slack.failNext(1, { status: 429, retryAfter: 3, method: 'chat.postMessage' });
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'a' })).retryAfter).toBe('3');
      clock.advance(2000);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'b' })).status).toBe(429);
      clock.advance(1000);
      expect((await api(slack, 'chat.postMessage', { channel: 'C1', text: 'c' })).status).toBe(200);
      expect(slack.violations).toBe(1);
    });

    it('fails every call for a span of the clock', async () => {
      slack.failFor(5000, { status: 503 });
      expect((await api(slack, 'auth.test', {})).status).toBe(503);
      clock.advance(5000);
      expect((await api(slack, 'auth.test', {})).status).toBe(200);
    });

    it('drops the connection to simulate a network failure', async () => {
      slack.failNext(1, { status: 'reset' });
      await expect(api(slack, 'auth.test', {})).rejects.toThrow();
      expect((await api(slack, 'auth.test', {})).status).toBe(200);
    });
  });

  it('records every call with its outcome, without the token', async () => {
    await api(slack, 'chat.postMessage', { channel: 'C1', text: 'a', token: slack.token }, { token: null });
    await api(slack, 'auth.test', {}, { token: 'bad' });
    expect(slack.calls.map((c) => [c.method, c.status, c.ok, c.error])).toEqual([
      ['chat.postMessage', 200, true, undefined],
      ['auth.test', 200, false, 'invalid_auth'],
    ]);
    expect(slack.calls[0]?.args).not.toHaveProperty('token');
  });

  it('keeps what is posted to a response_url with its context', async () => {
    const url = slack.responseUrl({ channel: 'C1', user: 'U1' });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hi', response_type: 'ephemeral' }) });
    expect(res.status).toBe(200);
    expect(slack.responses).toMatchObject([{ body: { text: 'hi' }, context: { channel: 'C1', user: 'U1' } }]);
  });
});
