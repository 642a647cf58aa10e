// The sandbox's web page and what it calls: the workspace as JSON, a stream of changes, and
// clicks, modal submissions and slash commands that are signed here (the page never sees the
// signing secret) and forwarded to the bot as Slack would send them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAGE_HTML } from './page-html.ts';
import { blockActionsPayload, sendInteraction, sendSlashCommand, viewSubmissionPayload, type SlackDelivery } from './requests.ts';
import type { LoopbackSlack } from './server.ts';
import type { StoredView } from './workspace.ts';

export interface SandboxPageOptions {
  /** Where the bot takes Slack's requests: `http://127.0.0.1:PORT/slack/events`. */
  eventsUrl: string;
  signingSecret: string;
  /** The sandbox's time, and a way to move it forward (then reminders are due at once). */
  clock: { now(): Date; advance(ms: number): Promise<void> };
}

type Body = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const MAX_ADVANCE_MS = 31 * 24 * 3600_000;
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Serve the page on the loopback's own port. */
export function attachSandboxPage(slack: LoopbackSlack, options: SandboxPageOptions): void {
  // Which person a modal belongs to: the trigger id each click was given.
  const triggers = new Map<string, string>();
  const viewOwners = new Map<string, string>();
  const closed = new Set<string>();
  let triggerSeq = 0;
  slack.on('view', (view: StoredView) => {
    const owner = view.triggerId ? triggers.get(view.triggerId) : undefined;
    if (owner && !viewOwners.has(view.id)) viewOwners.set(view.id, owner);
  });

  const nextTrigger = (user: string) => {
    triggerSeq += 1;
    const id = `${triggerSeq}.${Date.now()}.sandbox`;
    triggers.set(id, user);
    return id;
  };

  const state = (user: string) => {
    const channels = [...slack.ws.channels.values()].map((c) => ({
      id: c.id,
      messages: c.messages.map((m) => ({ ...m, replies: m.replies.map((r) => ({ ...r, replies: [] })) })),
    }));
    const ephemerals = slack.ws.ephemerals.filter((e) => e.user === user);
    const responses = slack.responses.filter((r) => r.context.user === user).map((r) => ({ id: r.id, channel: r.context.channel ?? '', body: r.body }));
    const views = [...slack.ws.views.values()].filter((v) => viewOwners.get(v.id) === user && !closed.has(v.id));
    return {
      now: options.clock.now().toISOString(),
      people: [...slack.ws.users.values()].filter((u) => !u.isBot).map((u) => ({ id: u.id, name: u.realName ?? u.name })),
      channels,
      ephemerals,
      responses,
      view: views.at(-1) ? { id: views.at(-1)?.id, hash: views.at(-1)?.hash, view: views.at(-1)?.view } : null,
    };
  };

  const forward = async (res: ServerResponse, delivery: Promise<SlackDelivery>) => {
    const answer = await delivery;
    json(res, 200, { status: answer.status, body: answer.body });
  };

  const routes: Record<string, (body: Body, res: ServerResponse) => Promise<void> | void> = {
    '/sandbox/click': (body, res) => {
      const user = str(body.user);
      const payload = blockActionsPayload({
        userId: user,
        actionId: str(body.actionId),
        ...(typeof body.selectedValue === 'string' ? { selectedValue: body.selectedValue } : { value: str(body.value) }),
        channelId: str(body.channel),
        messageTs: str(body.ts),
        triggerId: nextTrigger(user),
        responseUrl: slack.responseUrl({ user, channel: str(body.channel) }),
      });
      return forward(res, sendInteraction(options.eventsUrl, options.signingSecret, payload));
    },
    '/sandbox/submit': async (body, res) => {
      const stored = slack.ws.views.get(str(body.viewId));
      if (!stored) return json(res, 404, { error: 'no such view' });
      const payload = viewSubmissionPayload({
        userId: str(body.user),
        callbackId: str(stored.view.callback_id),
        privateMetadata: str(stored.view.private_metadata),
        values: (body.values ?? {}) as Record<string, Record<string, Record<string, unknown>>>,
      });
      const answer = await sendInteraction(options.eventsUrl, options.signingSecret, payload);
      const accepted = answer.status === 200 && !answer.body.includes('"errors"');
      if (accepted) closed.add(stored.id);
      slack.emit('sandbox', { kind: 'submit' });
      json(res, 200, { status: answer.status, body: answer.body, accepted });
    },
    '/sandbox/close': (body, res) => {
      closed.add(str(body.viewId));
      slack.emit('sandbox', { kind: 'close' });
      json(res, 200, { ok: true });
    },
    '/sandbox/command': (body, res) => {
      const user = str(body.user);
      const channelId = str(body.channel);
      const text = str(body.text).replace(/^\/notices\s*/, '');
      const command = { text, userId: user, channelId, triggerId: nextTrigger(user), responseUrl: slack.responseUrl({ user, channel: channelId }) };
      return forward(res, sendSlashCommand(options.eventsUrl, options.signingSecret, command));
    },
    '/sandbox/clock': async (body, res) => {
      const ms = Number(body.ms);
      if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) return json(res, 400, { error: 'ms must be a positive duration up to 31 days' });
      try {
        await options.clock.advance(ms);
      } catch (err) {
        return json(res, 409, { error: err instanceof Error ? err.message : String(err) });
      }
      slack.emit('sandbox', { kind: 'clock' });
      json(res, 200, { now: options.clock.now().toISOString() });
    },
  };

  slack.pages = async (req: IncomingMessage, res: ServerResponse, url: URL, raw: string) => {
    // Only this machine's browser, by an address of loopback (not a name that was rebound to it).
    if (!LOOPBACK_HOST.test(req.headers.host ?? '')) return json(res, 403, { error: 'loopback only' });
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(PAGE_HTML);
    }
    if (req.method === 'GET' && url.pathname === '/sandbox/state') return json(res, 200, state(url.searchParams.get('user') ?? ''));
    if (req.method === 'GET' && url.pathname === '/sandbox/events') return stream(slack, res);
    const route = routes[url.pathname];
    if (req.method !== 'POST' || !route) return json(res, 404, { error: 'not_found' });
    // A JSON body needs a CORS preflight, which is never answered: other sites cannot post here.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return json(res, 415, { error: 'send application/json' });
    let body: Body;
    try {
      body = JSON.parse(raw) as Body;
    } catch {
      return json(res, 400, { error: 'invalid_json' });
    }
    try {
      await route(body, res);
    } catch (err) {
      json(res, 502, { error: 'the bot did not answer', detail: String(err) });
    }
  };
}

const CHANGES = ['message', 'update', 'ephemeral', 'view', 'response', 'reaction', 'sandbox'] as const;

/** Server-Sent Events: one `change` per thing that happened; the page fetches the state again. */
function stream(slack: LoopbackSlack, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write('retry: 1000\n\n');
  const listener = () => res.write('event: change\ndata: {}\n\n');
  for (const name of CHANGES) slack.on(name, listener);
  res.on('close', () => {
    for (const name of CHANGES) slack.off(name, listener);
  });
}
