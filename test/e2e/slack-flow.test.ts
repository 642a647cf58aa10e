import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/adapters/clock.ts';
import { ACTION, VIEW, encodeTaskRef } from '../../src/domain/action-ids.ts';
import type { Ephemeral, ResponseUrlPost, StoredMessage, StoredView } from '../fakes/slack-server.ts';
import { blockActionsPayload, sendEvent, sendInteraction, sendSlashCommand, viewSubmissionPayload } from '../support/slack-signing.ts';
import { textsOf } from '../adapters/slack/helpers.ts';
import { fyiNotice, rdsNotice } from '../support/app-harness.ts';
import { SECRET, USERS, startSlackRig, type SlackRig } from './slack-rig.ts';

const CHANNEL = 'C0PLATFORM';
const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
const windowValues = (start: string, end: string) => ({
  window_start: { value: { type: 'datetimepicker', selected_date_time: seconds(start) } },
  window_end: { value: { type: 'datetimepicker', selected_date_time: seconds(end) } },
});

const allText = (m: StoredMessage | undefined): string => (m ? [m.text, ...textsOf(m.blocks).map((t) => t.text)].join('\n') : '');
const actionIds = (m: StoredMessage | undefined): string[] =>
  ((m?.blocks ?? []) as { type: string; elements?: { action_id: string }[] }[]).filter((b) => b.type === 'actions').flatMap((b) => (b.elements ?? []).map((e) => e.action_id));
const topLevelPosts = (r: SlackRig) => r.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.ok && !c.args.thread_ts);

describe('Slack end to end on loopback', () => {
  let r: SlackRig;
  beforeEach(async () => {
    r = await startSlackRig();
  });
  afterEach(() => r.close());

  const click = (user: string, actionId: string, taskId: number, post: StoredMessage, extra: { triggerId?: string } = {}) =>
    sendInteraction(r.url, SECRET, blockActionsPayload({ userId: user, actionId, value: encodeTaskRef({ taskId }), channelId: CHANNEL, messageTs: post.ts, ...extra }));
  const ephemeralFor = (user: string) => r.slack.waitFor<Ephemeral>('ephemeral', (e) => e.user === user);

  async function postedTask(): Promise<{ taskId: number; post: StoredMessage }> {
    const taskId = await r.app.ingestTask(rdsNotice());
    await r.deliver();
    const [post] = r.slack.messages(CHANNEL);
    if (!post) throw new Error('no post');
    return { taskId, post };
  }

  async function schedule(taskId: number, post: StoredMessage, start: string, end: string) {
    const opened = r.slack.waitFor<StoredView>('view');
    await click(USERS.owner, ACTION.schedule, taskId, post, { triggerId: 'trigger-1' });
    const modal = await opened;
    const payload = viewSubmissionPayload({
      userId: USERS.owner,
      callbackId: VIEW.schedule,
      privateMetadata: String(modal.view.private_metadata),
      values: windowValues(start, end),
    });
    return sendInteraction(r.url, SECRET, payload);
  }

  it('takes a notice to an approved plan: post with buttons, two sign-offs, the post updated and the thread told', async () => {
    const { taskId, post } = await postedTask();
    expect(actionIds(post)).toEqual([ACTION.takeOwnership, ACTION.schedule, ACTION.notApplicable, ACTION.snooze, ACTION.done]);

    const taken = r.finished('takeOwnership');
    expect((await click(USERS.owner, ACTION.takeOwnership, taskId, post)).status).toBe(200);
    await taken;
    const scheduled = r.finished('schedule');
    expect(await schedule(taskId, post, '2024-08-01T22:00:00Z', '2024-08-01T23:00:00Z')).toEqual({ status: 200, body: '' });
    await scheduled;

    // the owner role is held through a user group, resolved by asking the loopback Slack
    const ownerTold = ephemeralFor(USERS.groupOwner);
    await click(USERS.groupOwner, ACTION.approve, taskId, post);
    expect((await ownerTold).text).toBe('Signed as owner. Still waiting for: security.');

    const rows = (await r.rows(taskId)).length;
    const refused = ephemeralFor(USERS.bystander);
    await click(USERS.bystander, ACTION.approve, taskId, post);
    expect(await refused).toMatchObject({ channel: CHANNEL, text: 'You cannot sign this task: it needs someone who holds owner or security.' });
    expect(await r.rows(taskId)).toHaveLength(rows);

    const securityTold = ephemeralFor(USERS.security);
    await click(USERS.security, ACTION.approve, taskId, post);
    expect((await securityTold).text).toBe('Signed as security. Every sign-off is in: the plan is approved.');

    await r.deliver();
    expect(await r.app.store.tasks.get(taskId)).toMatchObject({ state: 'approved', owner: USERS.owner });
    const [updated] = r.slack.messages(CHANNEL);
    expect(r.slack.messages(CHANNEL)).toHaveLength(1);
    expect(updated?.edits).toBe(4);
    expect(allText(updated)).toContain('Approved, work planned');
    expect(actionIds(updated)).not.toContain(ACTION.approve);
    expect(r.slack.replies(CHANNEL, post.ts).map((m) => m.text)).toEqual([
      `🙋 <@${USERS.owner}> took ownership`,
      `🗓️ <@${USERS.owner}> scheduled the work for Fri 2 Aug 2024, 00:00 – 01:00 GMT+2`,
      `✍️ <@${USERS.groupOwner}> signed the plan as owner.`,
      `✍️ <@${USERS.security}> signed the plan as security. All sign-offs are in: approved.`,
    ]);
  });

  it('shows a window after the deadline minus the lead time as an error inside the modal', async () => {
    const { taskId, post } = await postedTask();
    const res = await schedule(taskId, post, '2024-08-20T22:00:00Z', '2024-08-20T23:00:00Z');
    expect(JSON.parse(res.body)).toEqual({
      response_action: 'errors',
      errors: { window_end: 'The window must end by Thu 15 Aug 2024, 02:00 GMT+2: the deadline minus the 7-day lead time, so there is room to react if the work goes wrong.' },
    });
    expect(await r.app.store.tasks.get(taskId)).toMatchObject({ window: null, state: 'open' });
  });

  it.each([
    ['a forged signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a request replayed after five minutes', { timestamp: Math.floor(systemClock.now().getTime() / 1000) - 6 * 60 }],
  ])('refuses %s with 401 and changes nothing', async (_name, signing) => {
    const { taskId, post } = await postedTask();
    const rows = (await r.rows(taskId)).length;
    const payload = blockActionsPayload({ userId: USERS.owner, actionId: ACTION.takeOwnership, value: encodeTaskRef({ taskId }), channelId: CHANNEL, messageTs: post.ts });
    expect((await sendInteraction(r.url, SECRET, payload, signing)).status).toBe(401);
    expect(await r.app.store.tasks.get(taskId)).toMatchObject({ owner: null, state: 'open' });
    expect(await r.rows(taskId)).toHaveLength(rows);
  });

  it('delivers what was queued while Slack answered 500, once Slack is back, exactly once', async () => {
    r.slack.failFor(20_000, { status: 500, method: 'chat.postMessage' });
    const taskId = await r.app.ingestTask(rdsNotice());
    await r.app.actions.takeOwnership({ taskId, user: USERS.owner, now: r.clock.now() });
    expect(await r.sender.drain()).toMatchObject({ sent: 0, retrying: 1 });
    expect(r.slack.messages(CHANNEL)).toEqual([]);

    await r.deliver();
    await r.deliver();
    expect(r.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 500).length).toBeGreaterThan(1);
    expect(topLevelPosts(r)).toHaveLength(1);
    const [post] = r.slack.messages(CHANNEL);
    expect(post?.edits).toBe(1);
    expect(r.slack.replies(CHANNEL, post!.ts).map((m) => m.text)).toEqual([`🙋 <@${USERS.owner}> took ownership`]);
  });

  it('posts notice text inert: no broadcast or mention from a provider reaches anyone', async () => {
    const hostile = '<!channel> @here <@U123> <!subteam^S123>';
    await r.app.ingestTask(rdsNotice({ subject: `${hostile} Update your Amazon RDS certificates by August 22, 2024` }));
    expect((await r.app.ingest.ingest(fyiNotice({ subject: hostile, text: `${hostile} Our status page has moved.` }))).outcome).toBe('fyi');
    await r.deliver();
    const messages = r.slack.ws.allMessages(CHANNEL);
    // the fallback text and mrkdwn are where Slack parses mentions; plain_text it shows as typed
    const parsed = messages.flatMap((m) => [m.text, ...textsOf(m.blocks).filter((t) => t.type === 'mrkdwn').map((t) => t.text)]).join('\n');
    const verbatim = messages.flatMap((m) => textsOf(m.blocks).filter((t) => t.type === 'plain_text').map((t) => t.text)).join('\n');
    expect(parsed).toContain('&lt;!channel&gt; @\u2060here &lt;@U123&gt; &lt;!subteam^S123&gt;');
    expect(parsed).not.toMatch(/<!|<@|@here/);
    expect(verbatim).toContain('@\u2060here');
    expect(verbatim).not.toMatch(/@here/);
    expect(r.slack.messages(CHANNEL)).toHaveLength(2);
  });

  it('ignores events from its own bot user', async () => {
    await sendEvent(r.url, SECRET, { type: 'app_mention', user: r.slack.bot.userId, bot_id: r.slack.bot.botId, channel: CHANNEL, text: 'help', ts: '1.1' });
    const human = ephemeralFor(USERS.owner);
    await sendEvent(r.url, SECRET, { type: 'app_mention', user: USERS.owner, channel: CHANNEL, text: 'help', ts: '1.2' });
    await human;
    expect(r.slack.ws.ephemerals.map((e) => e.user)).toEqual([USERS.owner]);
  });

  describe('/notices', () => {
    const command = (user: string, text: string) => {
      const answered = r.slack.waitFor<ResponseUrlPost>('response');
      return sendSlashCommand(r.url, SECRET, { text, userId: user, channelId: CHANNEL, responseUrl: r.slack.responseUrl() }).then(async (res) => {
        expect(res.status).toBe(200);
        return (await answered).body;
      });
    };

    it('lists the open tasks of the person’s team, to that person only', async () => {
      const { taskId } = await postedTask();
      const body = await command(USERS.bystander, 'list');
      expect(body.response_type).toBe('ephemeral');
      expect(textsOf(body.blocks).map((t) => t.text).join('\n')).toContain(`*${taskId}* [Action Required] Update your Amazon RDS SSL/TLS certificates`);
    });

    it('adds a pasted notice, answers with its task, and posts it in the routed channel', async () => {
      const text = [
        // as Slack delivers what was typed: angle brackets as entities, the address as a mailto link
        'add From: Amazon Web Services &lt;<mailto:no-reply-aws@amazon.com|no-reply-aws@amazon.com>&gt;',
        'Subject: Your RDS instances need new certificates by August 22, 2024 <!channel>',
        '',
        'Your database instances db-orders-1 and db-billing-2 use the rds-ca-2019 certificate, which expires on August 22, 2024.',
      ].join('\n');
      const body = await command(USERS.owner, text);
      const [task] = await r.app.store.tasks.list();
      expect(textsOf(body.blocks).map((t) => t.text)).toEqual([`Opened task ${task?.id}; its post is on the way to the owning team's channel.`]);
      expect((await r.app.store.notices.listByTask(task?.id ?? 0))[0]).toMatchObject({ from: 'no-reply-aws@amazon.com', source: { kind: 'slack', user: USERS.owner } });
      await r.deliver();
      const [post] = r.slack.messages(CHANNEL);
      expect(allText(post)).toContain('Your RDS instances need new certificates by August 22, 2024 @\u2060channel');
      expect(post?.blocks).not.toBeNull();
    });
  });
});
