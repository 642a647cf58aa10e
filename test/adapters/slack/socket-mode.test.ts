import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { createSlackApp, type SlackApp } from '../../../src/adapters/slack/app.ts';
import type { SlackActions } from '../../../src/app/ports.ts';
import { ACTION, VIEW, encodeTaskRef } from '../../../src/domain/action-ids.ts';
import { blockActionsPayload, slashCommandFields, viewSubmissionPayload } from '../../../src/adapters/slack/loopback/requests.ts';
import { startLoopbackSlack, type Ephemeral, type LoopbackSlack } from '../../fakes/slack-server.ts';
import { aTask, aTeam, recordingLogger, textsOf } from './helpers.ts';

const refuse = async () => ({ ok: false as const, code: 'not-a-signer' as const, message: 'Only the owner may do that.' });
const actions: SlackActions = {
  takeOwnership: refuse,
  schedule: refuse,
  approve: refuse,
  dismiss: refuse,
  snooze: refuse,
  done: refuse,
  assign: refuse,
  show: async () => ({ ok: true, task: aTask(), team: aTeam() }),
  list: async () => ({ tasks: [aTask()], teams: [aTeam()] }),
  add: refuse,
  home: async () => ({ tasks: [], pendingSignOffs: [], teams: [] }),
};

describe('Slack app in Socket Mode against the loopback Slack', () => {
  let slack: LoopbackSlack;
  let app: SlackApp;

  beforeAll(async () => {
    slack = await startLoopbackSlack({ perChannel: null });
    app = createSlackApp({
      config: { botToken: slack.token, signingSecret: '', appToken: slack.appToken, apiUrl: slack.apiUrl },
      handlers: actions,
      log: recordingLogger(),
      clock: new ManualClock('2024-08-01T09:00:00Z'),
    });
    expect(app.mode).toBe('socket');
    expect(app.requestListener).toBeNull();
    await app.start();
    await slack.socketMode.connected();
  });
  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  it('opened its connection with the app-level token through SLACK_API_URL', () => {
    expect(slack.calls.filter((c) => c.method === 'apps.connections.open').map((c) => c.ok)).toContain(true);
    expect(slack.socketMode.connections).toBe(1);
  });

  it('answers a slash command delivered over the socket', async () => {
    const answered = slack.waitFor<{ body: { blocks: unknown } }>('response');
    await slack.socketMode.deliver('slash_commands', slashCommandFields({ text: 'list', userId: 'UADA', channelId: 'C1', responseUrl: slack.responseUrl() }));
    expect(textsOf((await answered).body.blocks).map((t) => t.text).join('\n')).toContain('Amazon RDS certificate authority rotation');
  });

  it('turns a refused click into an ephemeral message', async () => {
    const told = slack.waitFor<Ephemeral>('ephemeral');
    await slack.socketMode.deliver('interactive', blockActionsPayload({ userId: 'UEVE', actionId: ACTION.done, value: encodeTaskRef({ taskId: 42 }), channelId: 'C1' }));
    expect(await told).toMatchObject({ user: 'UEVE', channel: 'C1', text: 'Only the owner may do that.' });
  });

  it('acknowledges an invalid modal with its field errors', async () => {
    const ack = await slack.socketMode.deliver('interactive', viewSubmissionPayload({ userId: 'UADA', callbackId: VIEW.notApplicable, privateMetadata: encodeTaskRef({ taskId: 42 }), values: { reason: { value: { type: 'plain_text_input', value: 'n/a' } } } }));
    expect(ack).toEqual({ response_action: 'errors', errors: { reason: 'Say why in at least 10 characters.' } });
  });

  it('refuses a bot token where an app-level token is needed', async () => {
    const res = await fetch(`${slack.apiUrl}apps.connections.open`, { method: 'POST', headers: { authorization: `Bearer ${slack.token}` } });
    expect(await res.json()).toEqual({ ok: false, error: 'not_allowed_token_type' });
  });
});
