// The outbox rows a task change writes, rendered with the pure builders. Use cases call these
// inside the transaction that changes the task, so the message and the change commit together.
import type { HomeView, MessageContent } from '../domain/blocks/kit.ts';
import { taskPost, type TaskPostOptions } from '../domain/blocks/task-post.ts';
import { threadEvent, type TaskEvent } from '../domain/blocks/thread-events.ts';
import type { Team } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';
import type { NewOutboxRow } from './ports.ts';

// Slack refuses an empty `blocks` array; a text-only message sends none
const content = (m: MessageContent) => (m.blocks.length > 0 ? { text: m.text, blocks: m.blocks } : { text: m.text });

/** The task's one top-level post; its ts is recorded once Slack has it. */
export function taskPostRow(task: Task, team: Team, now: Date, options?: TaskPostOptions): NewOutboxRow {
  return {
    method: 'chat.postMessage',
    channel: task.channel,
    args: { ...content(taskPost(task, team, now, options)), unfurl_links: false, unfurl_media: false },
    taskId: task.id,
    anchor: 'task-post',
  };
}

/** Bring the post up to date; the sender fills in its ts, even if the post is still queued. */
export function taskUpdateRow(task: Task, team: Team, now: Date, options?: TaskPostOptions): NewOutboxRow {
  return { method: 'chat.update', channel: task.channel, args: content(taskPost(task, team, now, options)), taskId: task.id, anchor: 'task-update' };
}

/** A reply in the task's thread. `dedupeKey` makes it once-only (a reminder step). */
export function taskThreadRow(task: Task, event: TaskEvent, team: Team, now: Date, dedupeKey?: string): NewOutboxRow {
  return {
    method: 'chat.postMessage',
    channel: task.channel,
    args: { ...content(threadEvent(event, team, now)), unfurl_links: false },
    taskId: task.id,
    anchor: 'task-thread',
    dedupeKey: dedupeKey ?? null,
  };
}

/** A top-level message in a channel (a loud reminder) or, with a user id, that person's DM. */
export function plainMessageRow(channelOrUser: string, message: MessageContent, dedupeKey?: string): NewOutboxRow {
  return { method: 'chat.postMessage', channel: channelOrUser, args: { ...content(message), unfurl_links: false }, dedupeKey: dedupeKey ?? null };
}

export function homeRow(user: string, view: HomeView): NewOutboxRow {
  return { method: 'views.publish', channel: user, args: { user_id: user, view } };
}
