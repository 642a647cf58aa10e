import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from '../../../src/adapters/clock.ts';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../../src/adapters/slack/app.ts';
import type { SlackActions, TaskOutcome } from '../../../src/app/ports.ts';
import { ACTION, VIEW, encodeSnoozeChoice, encodeTaskRef } from '../../../src/domain/action-ids.ts';
import type { Team } from '../../../src/domain/policy.ts';
import type { Task } from '../../../src/domain/task.ts';
import { startLoopbackSlack, type Ephemeral, type LoopbackSlack, type StoredView } from '../../fakes/slack-server.ts';
import {
  blockActionsPayload,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  viewSubmissionPayload,
} from '../../support/slack-signing.ts';
import { aTask, aTeam, recordingLogger, textsOf } from './helpers.ts';

const SECRET = 'loopback-signing-secret';
const NOW = new Date('2024-08-01T09:00:00Z');

/** Use cases that behave: only members of a role may approve; everything is recorded. */
class FakeActions implements SlackActions {
  readonly calls: { name: string; input: Record<string, unknown> }[] = [];
  readonly team: Team = aTeam();
  tasks = new Map<number, Task>([[42, aTask()]]);
  explode = false;

  #outcome(name: string, input: { taskId: number; user: string }, change: (t: Task) => Task | string): TaskOutcome {
    this.calls.push({ name, input });
    if (this.explode) throw new Error('database is on fire');
    const task = this.tasks.get(input.taskId);
    if (!task) return { ok: false, code: 'not-found' };
    const next = change(task);
    if (typeof next === 'string') return { ok: false, code: 'not-a-signer', message: next };
    this.tasks.set(task.id, next);
    return { ok: true, task: next, team: this.team };
  }
  async takeOwnership(i: { taskId: number; user: string }) {
    return this.#outcome('takeOwnership', i, (t) => ({ ...t, owner: i.user, state: 'acknowledged' }));
  }
  async schedule(i: { taskId: number; user: string; window: { start: Date; end: Date } }) {
    return this.#outcome('schedule', i, (t) => ({ ...t, window: i.window, state: 'scheduled' }));
  }
  async approve(i: { taskId: number; user: string }) {
    return this.#outcome('approve', i, (t) =>
      Object.values(this.team.roles).some((users) => users.includes(i.user)) ? t : 'Only owner or security people sign this task.',
    );
  }
  async dismiss(i: { taskId: number; user: string; reason: string }) {
    return this.#outcome('dismiss', i, (t) => ({ ...t, dismissReason: i.reason }));
  }
  async snooze(i: { taskId: number; user: string; minutes: number }) {
    return this.#outcome('snooze', i, (t) => t);
  }
  async done(i: { taskId: number; user: string }) {
    return this.#outcome('done', i, (t) => ({ ...t, state: 'done' }));
  }
  async assign(i: { taskId: number; user: string; assignee: string }) {
    return this.#outcome('assign', i, (t) => ({ ...t, owner: i.assignee }));
  }
  async show(i: { taskId: number; user: string }) {
    return this.#outcome('show', i, (t) => t);
  }
  async list(i: { user: string; scope: string }) {
    this.calls.push({ name: 'list', input: i });
    return { tasks: [...this.tasks.values()], teams: [this.team] };
  }
  async add(i: { user: string; text: string }) {
    this.calls.push({ name: 'add', input: i });
    return { ok: true as const, outcome: 'created' as const, taskId: 43 };
  }
  async home(i: { user: string }) {
    this.calls.push({ name: 'home', input: i });
    return { tasks: [...this.tasks.values()], pendingSignOffs: [...this.tasks.values()], teams: [this.team] };
  }
}

describe('Slack app over HTTP against the loopback Slack', () => {
  let slack: LoopbackSlack;
  let slackApp: SlackApp;
  let url: string;
  const actions = new FakeActions();
  const log = recordingLogger();

  beforeAll(async () => {
    slack = await startLoopbackSlack({ perChannel: null });
    slackApp = createSlackApp({
      config: { botToken: slack.token, signingSecret: SECRET, apiUrl: slack.apiUrl },
      handlers: actions,
      log,
      clock: new ManualClock(NOW),
    });
    const { port } = await slackApp.start(0);
    url = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  });
  afterAll(async () => {
    await slackApp.stop();
    await slack.close();
  });
  beforeEach(() => {
    actions.calls.length = 0;
    actions.explode = false;
    actions.tasks = new Map([[42, aTask()]]);
  });

  const command = (text: string) => ({ text, userId: 'UADA', channelId: 'CPLATFORM', responseUrl: slack.responseUrl({ user: 'UADA' }) });

  it('answers a signed slash command through its response_url, to that person only', async () => {
    const answered = slack.waitFor<{ body: Record<string, unknown> }>('response');
    const res = await sendSlashCommand(url, SECRET, command('list'));
    expect(res.status).toBe(200);
    const { body } = await answered;
    expect(body.response_type).toBe('ephemeral');
    expect(textsOf(body.blocks).map((t) => t.text).join('\n')).toContain('Amazon RDS certificate authority rotation');
    expect(actions.calls).toEqual([{ name: 'list', input: expect.objectContaining({ user: 'UADA', scope: 'open' }) }]);
  });

  it.each([
    ['an unknown subcommand', 'frobnicate 12', 'Unknown subcommand'],
    ['a bad snooze', 'snooze 42 forever', 'Usage: /notices snooze'],
    ['nothing', '', '/notices list'],
  ])('answers %s with the help', async (_name, text, expected) => {
    const answered = slack.waitFor<{ body: { blocks: unknown } }>('response');
    await sendSlashCommand(url, SECRET, command(text));
    expect(textsOf((await answered).body.blocks).map((t) => t.text).join('\n')).toContain(expected);
    expect(actions.calls).toEqual([]);
  });

  it('routes /notices assign with an escaped mention to the assign use case', async () => {
    const answered = slack.waitFor('response');
    await sendSlashCommand(url, SECRET, command('assign 42 <@UBOB|bob>'));
    await answered;
    expect(actions.calls).toEqual([{ name: 'assign', input: expect.objectContaining({ taskId: 42, assignee: 'UBOB', user: 'UADA' }) }]);
  });

  it('refuses a forged signature with 401 and calls nothing', async () => {
    const res = await sendSlashCommand(url, SECRET, command('list'), { signature: `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    expect(actions.calls).toEqual([]);
  });

  it('refuses a request signed with another secret', async () => {
    const res = await sendSlashCommand(url, 'someone-elses-secret', command('list'));
    expect(res.status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is more than five minutes old', async () => {
    // Bolt checks the age against the wall clock, so the request is dated from it
    const sixMinutesAgo = Math.floor(systemClock.now().getTime() / 1000) - 6 * 60;
    const res = await sendSlashCommand(url, SECRET, command('list'), { timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    expect(actions.calls).toEqual([]);
  });

  it('passes a signed block_actions click to the injected use case', async () => {
    const res = await sendInteraction(url, SECRET, blockActionsPayload({ userId: 'UBOB', actionId: ACTION.takeOwnership, value: encodeTaskRef({ taskId: 42 }), channelId: 'CPLATFORM' }));
    expect(res.status).toBe(200);
    await eventually(() => actions.calls.length > 0);
    expect(actions.calls).toEqual([{ name: 'takeOwnership', input: expect.objectContaining({ taskId: 42, user: 'UBOB', now: NOW }) }]);
  });

  it('turns an unauthorized click into an ephemeral message in the loopback Slack', async () => {
    const told = slack.waitFor<Ephemeral>('ephemeral');
    await sendInteraction(url, SECRET, blockActionsPayload({ userId: 'UMALLORY', actionId: ACTION.approve, value: encodeTaskRef({ taskId: 42 }), channelId: 'CPLATFORM' }));
    const ephemeral = await told;
    expect(ephemeral).toMatchObject({ channel: 'CPLATFORM', user: 'UMALLORY', text: 'Only owner or security people sign this task.' });
    expect(slack.messages('CPLATFORM')).toEqual([]);
  });

  it('says what a refusal without its own message means', async () => {
    const told = slack.waitFor<Ephemeral>('ephemeral');
    await sendInteraction(url, SECRET, blockActionsPayload({ userId: 'UADA', actionId: ACTION.done, value: encodeTaskRef({ taskId: 999 }), channelId: 'CPLATFORM' }));
    expect((await told).text).toBe('That task no longer exists.');
  });

  it('passes the snooze choice to the snooze use case', async () => {
    await sendInteraction(url, SECRET, blockActionsPayload({ userId: 'UADA', actionId: ACTION.snooze, selectedValue: encodeSnoozeChoice(42, 1440), channelId: 'CPLATFORM' }));
    await eventually(() => actions.calls.length > 0);
    expect(actions.calls[0]).toEqual({ name: 'snooze', input: expect.objectContaining({ taskId: 42, minutes: 1440 }) });
  });

  it('opens the schedule modal in the loopback Slack, remembering the task and channel', async () => {
    const opened = slack.waitFor<StoredView>('view');
    await sendInteraction(url, SECRET, blockActionsPayload({ userId: 'UADA', actionId: ACTION.schedule, value: encodeTaskRef({ taskId: 42 }), channelId: 'CPLATFORM', triggerId: 'T-1' }));
    const view = await opened;
    expect(view.triggerId).toBe('T-1');
    expect(view.view).toMatchObject({ callback_id: VIEW.schedule, private_metadata: encodeTaskRef({ taskId: 42, channel: 'CPLATFORM' }) });
  });

  it('answers an invalid schedule form with field errors and no use case call', async () => {
    const res = await sendInteraction(
      url,
      SECRET,
      viewSubmissionPayload({
        userId: 'UADA',
        callbackId: VIEW.schedule,
        privateMetadata: encodeTaskRef({ taskId: 42, channel: 'CPLATFORM' }),
        values: { window_start: { value: { type: 'datetimepicker', selected_date_time: 1723000000 } }, window_end: { value: { type: 'datetimepicker', selected_date_time: 1722990000 } } },
      }),
    );
    expect(JSON.parse(res.body)).toEqual({ response_action: 'errors', errors: { window_end: 'The window must end after it starts.' } });
    expect(actions.calls).toEqual([]);
  });

  it('schedules from a valid form submission', async () => {
    const res = await sendInteraction(
      url,
      SECRET,
      viewSubmissionPayload({
        userId: 'UADA',
        callbackId: VIEW.schedule,
        privateMetadata: encodeTaskRef({ taskId: 42, channel: 'CPLATFORM' }),
        values: { window_start: { value: { type: 'datetimepicker', selected_date_time: 1723000000 } }, window_end: { value: { type: 'datetimepicker', selected_date_time: 1723007200 } } },
      }),
    );
    expect(res.status).toBe(200);
    await eventually(() => actions.calls.length > 0);
    expect(actions.calls[0]?.input).toMatchObject({ taskId: 42, window: { start: new Date(1723000000_000), end: new Date(1723007200_000) } });
  });

  it('tells the person a short reference when a use case fails unexpectedly, and logs the stack', async () => {
    actions.explode = true;
    const told = slack.waitFor<Ephemeral>('ephemeral');
    await sendInteraction(url, SECRET, blockActionsPayload({ userId: 'UADA', actionId: ACTION.done, value: encodeTaskRef({ taskId: 42 }), channelId: 'CPLATFORM' }));
    const { text } = await told;
    const ref = /reference ([0-9a-f]{8})/.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(log.entries.find((e) => e.msg === 'slack interaction failed')?.obj).toMatchObject({ ref, interaction: ACTION.done });
  });

  it('publishes App Home when it is opened', async () => {
    const published = slack.waitFor<StoredView>('home');
    await sendEvent(url, SECRET, { type: 'app_home_opened', user: 'UADA', channel: 'DADA', tab: 'home' });
    const home = await published;
    expect(home.user).toBe('UADA');
    expect(textsOf(home.view.blocks).map((t) => t.text)).toContain('Waiting for your sign-off');
  });

  it("ignores other bots' events", async () => {
    await sendEvent(url, SECRET, { type: 'app_mention', user: 'UOTHERBOT', bot_id: 'BOTHER', channel: 'CPLATFORM', text: '<@UBOTLOOP> help', ts: '1.1' });
    const ours = slack.waitFor<Ephemeral>('ephemeral');
    await sendEvent(url, SECRET, { type: 'app_mention', user: 'UADA', channel: 'CPLATFORM', text: '<@UBOTLOOP> help', ts: '1.2' });
    expect((await ours).user).toBe('UADA');
    expect(slack.ws.ephemerals.filter((e) => e.user === 'UOTHERBOT')).toEqual([]);
  });
});

/** Waits for something the app does after it has already answered Slack (ack first). */
async function eventually(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met');
    await new Promise((r) => setImmediate(r));
  }
}
