// The Web API methods the bot calls, answered the way Slack answers them: HTTP 200 with
// `{ ok: false, error }` for every refusal, the same error codes, the same response shapes.
import { LIMITS } from '../../../domain/blocks/kit.ts';
import { validateBlocks, validateView } from '../../../domain/blocks/validate.ts';
import type { StoredMessage, Workspace } from './workspace.ts';

export type Args = Record<string, unknown>;
export type Reply = Record<string, unknown> & { ok: boolean };

export interface MethodContext {
  ws: Workspace;
  nowMs: number;
  team: { id: string; name: string; url: string };
  bot: { userId: string; botId: string; name: string };
  /** Tell listeners what changed: posted, updated, ephemeral, view, home, reaction. */
  emit(event: string, payload: unknown): void;
}

export type Method = (ctx: MethodContext, args: Args) => Reply;

const fail = (error: string, extra: Record<string, unknown> = {}): Reply => ({ ok: false, error, ...extra });
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const blockProblems = (blocks: unknown, surface: 'message'): Reply | null => {
  if (blocks === undefined || blocks === null) return null;
  const problems = validateBlocks(blocks, surface);
  return problems.length > 0 ? fail('invalid_blocks', { response_metadata: { messages: problems } }) : null;
};

function messageJson(m: StoredMessage): Record<string, unknown> {
  return {
    type: 'message',
    ts: m.ts,
    user: m.user,
    bot_id: m.botId,
    text: m.text,
    ...(m.blocks ? { blocks: m.blocks } : {}),
    ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
  };
}

const postMessage: Method = (ctx, args) => {
  const requested = str(args.channel);
  if (!requested) return fail('channel_not_found');
  const text = typeof args.text === 'string' ? args.text : '';
  if (text === '' && (args.blocks === undefined || (Array.isArray(args.blocks) && args.blocks.length === 0))) return fail('no_text');
  const invalid = blockProblems(args.blocks, 'message');
  if (invalid) return invalid;
  const channel = ctx.ws.resolveChannel(requested);
  const threadTs = str(args.thread_ts);
  if (threadTs && !ctx.ws.message(channel, threadTs)) return fail('thread_not_found');
  const stored = ctx.ws.post({
    ts: ctx.ws.nextTs(ctx.nowMs),
    channel,
    user: ctx.bot.userId,
    botId: ctx.bot.botId,
    text: text.slice(0, LIMITS.messageText),
    blocks: Array.isArray(args.blocks) ? args.blocks : null,
    threadTs,
    metadata: args.metadata ?? null,
  });
  ctx.emit('message', stored);
  return { ok: true, channel, ts: stored.ts, message: messageJson(stored) };
};

const update: Method = (ctx, args) => {
  const channel = str(args.channel);
  const ts = str(args.ts);
  if (!channel) return fail('channel_not_found');
  if (!ts) return fail('message_not_found');
  const message = ctx.ws.message(ctx.ws.resolveChannel(channel), ts);
  if (!message) return fail('message_not_found');
  if (message.user !== ctx.bot.userId) return fail('cant_update_message');
  const invalid = blockProblems(args.blocks, 'message');
  if (invalid) return invalid;
  if (typeof args.text === 'string') message.text = args.text.slice(0, LIMITS.messageText);
  if (Array.isArray(args.blocks)) message.blocks = args.blocks;
  message.edits += 1;
  ctx.emit('update', message);
  return { ok: true, channel: message.channel, ts: message.ts, text: message.text, message: messageJson(message) };
};

const postEphemeral: Method = (ctx, args) => {
  const channel = str(args.channel);
  const user = str(args.user);
  if (!channel) return fail('channel_not_found');
  if (!user) return fail('user_not_found');
  const text = typeof args.text === 'string' ? args.text : '';
  if (text === '' && !Array.isArray(args.blocks)) return fail('no_text');
  const invalid = blockProblems(args.blocks, 'message');
  if (invalid) return invalid;
  const ephemeral = {
    messageTs: ctx.ws.nextTs(ctx.nowMs),
    channel: ctx.ws.resolveChannel(channel),
    user,
    text,
    blocks: Array.isArray(args.blocks) ? args.blocks : null,
    threadTs: str(args.thread_ts),
  };
  ctx.ws.ephemerals.push(ephemeral);
  ctx.emit('ephemeral', ephemeral);
  return { ok: true, message_ts: ephemeral.messageTs };
};

const conversationsOpen: Method = (ctx, args) => {
  const users = (str(args.users) ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (users.length === 0) return fail('users_list_not_supplied');
  const unknown = users.find((u) => ctx.ws.users.size > 0 && !ctx.ws.users.has(u));
  if (unknown) return fail('user_not_found');
  const id = users.length === 1 ? ctx.ws.dmFor(users[0] ?? '') : `G${[...users].sort().join('').replace(/[^A-Z0-9]/g, '').slice(0, 20)}`;
  ctx.ws.channel(id);
  return { ok: true, channel: { id } };
};

const viewsOpen: Method = (ctx, args) => {
  const triggerId = str(args.trigger_id);
  if (!triggerId) return fail('invalid_trigger_id');
  const problems = validateView(args.view, 'modal');
  if (problems.length > 0) return fail('invalid_arguments', { response_metadata: { messages: problems } });
  const view = ctx.ws.newView(args.view as Record<string, unknown>, null, triggerId);
  ctx.ws.views.set(view.id, view);
  ctx.emit('view', view);
  return { ok: true, view: { ...view.view, id: view.id, hash: view.hash, state: { values: {} } } };
};

const viewsUpdate: Method = (ctx, args) => {
  const id = str(args.view_id);
  const stored = id ? ctx.ws.views.get(id) : [...ctx.ws.views.values()].find((v) => v.view.external_id === args.external_id);
  if (!stored) return fail('not_found');
  const hash = str(args.hash);
  if (hash && hash !== stored.hash) return fail('hash_conflict');
  const problems = validateView(args.view, 'modal');
  if (problems.length > 0) return fail('invalid_arguments', { response_metadata: { messages: problems } });
  stored.view = args.view as Record<string, unknown>;
  stored.updates += 1;
  stored.hash = `${stored.id}.${stored.updates + 1}`;
  ctx.emit('view', stored);
  return { ok: true, view: { ...stored.view, id: stored.id, hash: stored.hash } };
};

const viewsPublish: Method = (ctx, args) => {
  const user = str(args.user_id);
  if (!user) return fail('invalid_arguments');
  const problems = validateView(args.view, 'home');
  if (problems.length > 0) return fail('invalid_arguments', { response_metadata: { messages: problems } });
  const existing = ctx.ws.homes.get(user);
  const hash = str(args.hash);
  if (existing && hash && hash !== existing.hash) return fail('hash_conflict');
  const view = existing ?? ctx.ws.newView(args.view as Record<string, unknown>, user, null);
  if (existing) {
    existing.view = args.view as Record<string, unknown>;
    existing.updates += 1;
    existing.hash = `${existing.id}.${existing.updates + 1}`;
  }
  ctx.ws.homes.set(user, view);
  ctx.emit('home', view);
  return { ok: true, view: { ...view.view, id: view.id, hash: view.hash } };
};

const usersInfo: Method = (ctx, args) => {
  const user = ctx.ws.users.get(str(args.user) ?? '');
  if (!user) return fail('user_not_found');
  const realName = user.realName ?? user.name;
  return {
    ok: true,
    user: {
      id: user.id,
      team_id: ctx.team.id,
      name: user.name,
      real_name: realName,
      deleted: user.deleted ?? false,
      is_bot: user.isBot ?? false,
      tz: user.tz ?? 'UTC',
      profile: { real_name: realName, display_name: user.name },
    },
  };
};

const usergroupUsers: Method = (ctx, args) => {
  const users = ctx.ws.usergroups.get(str(args.usergroup) ?? '');
  return users ? { ok: true, users: [...users] } : fail('no_such_subteam');
};

const reactionsAdd: Method = (ctx, args) => {
  const channel = str(args.channel);
  const message = channel ? ctx.ws.message(ctx.ws.resolveChannel(channel), str(args.timestamp) ?? '') : undefined;
  const name = str(args.name);
  if (!message) return fail('message_not_found');
  if (!name) return fail('invalid_name');
  if (message.reactions.includes(name)) return fail('already_reacted');
  message.reactions.push(name);
  ctx.emit('reaction', { channel: message.channel, ts: message.ts, name });
  return { ok: true };
};

const authTest: Method = (ctx) => ({
  ok: true,
  url: ctx.team.url,
  team: ctx.team.name,
  user: ctx.bot.name,
  team_id: ctx.team.id,
  user_id: ctx.bot.userId,
  bot_id: ctx.bot.botId,
  is_enterprise_install: false,
});

export const METHODS: Record<string, Method> = {
  'auth.test': authTest,
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.postEphemeral': postEphemeral,
  'conversations.open': conversationsOpen,
  'views.open': viewsOpen,
  'views.update': viewsUpdate,
  'views.publish': viewsPublish,
  'users.info': usersInfo,
  'usergroups.users.list': usergroupUsers,
  'reactions.add': reactionsAdd,
};
