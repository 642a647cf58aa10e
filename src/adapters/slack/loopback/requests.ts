// What Slack sends to an app, signed the way Slack signs it: `v0:{timestamp}:{body}` under
// HMAC-SHA256 with the signing secret, in `X-Slack-Signature` and `X-Slack-Request-Timestamp`.
// Slash commands are form bodies; interactions are a form body with one `payload` field of JSON;
// Events API callbacks are JSON.
import { createHmac } from 'node:crypto';
import { systemClock } from '../../clock.ts';

export interface SigningOptions {
  /** Unix seconds written in the header; the request's age as the app sees it. */
  timestamp?: number;
  /** Replace the computed signature (a forgery). */
  signature?: string;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedHeaders(secret: string, body: string, options: SigningOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(systemClock.now().getTime() / 1000);
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
  };
}

export interface SlackDelivery {
  status: number;
  /** What the app answered in the HTTP response (Bolt's `ack(…)` content). */
  body: string;
}

async function deliver(url: string, secret: string, contentType: string, body: string, options: SigningOptions): Promise<SlackDelivery> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...signedHeaders(secret, body, options) }, body });
  return { status: res.status, body: await res.text() };
}

export interface SlashCommand {
  command?: string;
  text: string;
  userId: string;
  channelId: string;
  responseUrl: string;
  triggerId?: string;
  teamId?: string;
}

/** The fields Slack sends for a slash command (a form over HTTP, a JSON object over Socket Mode). */
export function slashCommandFields(command: SlashCommand): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: command.teamId ?? 'T0LOOPBACK',
    team_domain: 'loopback',
    channel_id: command.channelId,
    channel_name: 'ops',
    user_id: command.userId,
    user_name: command.userId.toLowerCase(),
    command: command.command ?? '/notices',
    text: command.text,
    api_app_id: 'A0LOOPBACK',
    response_url: command.responseUrl,
    trigger_id: command.triggerId ?? '1111.2222.trigger',
  };
}

export function sendSlashCommand(url: string, secret: string, command: SlashCommand, options: SigningOptions = {}): Promise<SlackDelivery> {
  const body = new URLSearchParams(slashCommandFields(command)).toString();
  return deliver(url, secret, 'application/x-www-form-urlencoded', body, options);
}

/** Interactions (`block_actions`, `view_submission`): `payload=<json>` in a form body. */
export function sendInteraction(url: string, secret: string, payload: object, options: SigningOptions = {}): Promise<SlackDelivery> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return deliver(url, secret, 'application/x-www-form-urlencoded', body, options);
}

/** An Events API callback around one event. */
export function eventCallback(event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0LOOPBACK',
    api_app_id: 'A0LOOPBACK',
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: Math.floor(systemClock.now().getTime() / 1000),
    event,
  };
}

export function sendEvent(url: string, secret: string, event: Record<string, unknown>, options: SigningOptions = {}): Promise<SlackDelivery> {
  return deliver(url, secret, 'application/json', JSON.stringify(eventCallback(event)), options);
}

export interface ButtonClick {
  userId: string;
  actionId: string;
  value?: string;
  /** A static_select's chosen option value instead of a button value. */
  selectedValue?: string;
  /** The message the button sits on; absent for a click in the Home tab. */
  channelId?: string;
  messageTs?: string;
  responseUrl?: string;
  triggerId?: string;
}

export function blockActionsPayload(click: ButtonClick): Record<string, unknown> {
  const action =
    click.selectedValue !== undefined
      ? { type: 'static_select', action_id: click.actionId, block_id: 'task.actions', selected_option: { text: { type: 'plain_text', text: click.selectedValue }, value: click.selectedValue } }
      : { type: 'button', action_id: click.actionId, block_id: 'task.actions', value: click.value ?? '', text: { type: 'plain_text', text: 'button' } };
  const inMessage = click.channelId !== undefined;
  return {
    type: 'block_actions',
    user: { id: click.userId, username: click.userId.toLowerCase(), team_id: 'T0LOOPBACK' },
    api_app_id: 'A0LOOPBACK',
    token: 'deprecated-verification-token',
    team: { id: 'T0LOOPBACK', domain: 'loopback' },
    trigger_id: click.triggerId ?? '3333.4444.trigger',
    container: inMessage
      ? { type: 'message', message_ts: click.messageTs ?? '1700000000.000100', channel_id: click.channelId, is_ephemeral: false }
      : { type: 'view', view_id: 'VHOME' },
    ...(inMessage ? { channel: { id: click.channelId, name: 'ops' }, message: { type: 'message', ts: click.messageTs ?? '1700000000.000100', text: '' } } : {}),
    ...(click.responseUrl ? { response_url: click.responseUrl } : {}),
    actions: [{ ...action, action_ts: '1700000000.000200' }],
  };
}

export interface ViewSubmission {
  userId: string;
  callbackId: string;
  privateMetadata?: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
}

export function viewSubmissionPayload(submission: ViewSubmission): Record<string, unknown> {
  return {
    type: 'view_submission',
    user: { id: submission.userId, username: submission.userId.toLowerCase(), team_id: 'T0LOOPBACK' },
    api_app_id: 'A0LOOPBACK',
    token: 'deprecated-verification-token',
    team: { id: 'T0LOOPBACK', domain: 'loopback' },
    trigger_id: '5555.6666.trigger',
    view: {
      id: 'VMODAL',
      type: 'modal',
      callback_id: submission.callbackId,
      private_metadata: submission.privateMetadata ?? '',
      state: { values: submission.values },
      hash: 'VMODAL.1',
    },
    response_urls: [],
  };
}
