// The outbox rows a change writes, inside the transaction that made it: a new task gets its
// top-level post; every later change brings that post up to date and tells the thread what
// happened; an FYI notice gets one plain message in its channel. Every row carries a dedupe key
// built from the change itself, so running the same change twice never queues a second message.
import type { Routing, RuleSet } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';
import { maxSnoozeUntil } from '../domain/ladder-schedule.ts';
import type { TaskPostOptions } from '../domain/blocks/task-post.ts';
import type { Logger, NewOutboxRow, NoticeHook, NoticeRecord, OutboxStore, Repositories, TaskChange, TaskChangeHook } from './ports.ts';
import { ladderFor } from './send-reminders.ts';
import { plainMessageRow, taskPostRow, taskThreadRow, taskUpdateRow } from './slack-outbox.ts';
import { threadEventsFor, type MergedNotice } from './slack-events.ts';
import { fyiMessage } from './slack-fyi.ts';
import { teamOf } from './slack-roles.ts';

/** Where a transaction's outbox rows go: the store's outbox table, in the same transaction. */
export type OutboxOf = (tx: Repositories) => Pick<OutboxStore, 'enqueue'>;

export interface NotifyDeps {
  rules: RuleSet;
  /** The transaction's own outbox (`tx.outbox`) unless told otherwise. */
  outboxOf?: OutboxOf;
  log?: Logger;
}

const txOutbox: OutboxOf = (tx) => tx.outbox;

export interface Notify {
  onTaskChange: TaskChangeHook;
  onUntracked: NoticeHook;
}

/** The snooze choices a post offers: none once the ladder is critical or there is no deadline. */
export function postOptions(task: Task, rules: RuleSet, now: Date, log?: Logger): TaskPostOptions {
  const policy = { ladder: (id: string) => rules.ladders[id], team: (id: string) => rules.teams[id] };
  const limit = maxSnoozeUntil(task, ladderFor(task, policy, log), now);
  return limit ? { snoozeLimit: limit } : { snoozeMinutes: [] };
}

/** What makes this change's rows unique: its audit event, or the change itself when none was recorded. */
function changeKey(change: TaskChange): string {
  if (change.auditId !== undefined) return `audit:${change.auditId}`;
  return `${change.action}:${change.task.updatedAt.getTime()}:${change.actor}`;
}

async function mergedNotice(tx: Repositories, change: TaskChange): Promise<MergedNotice | null> {
  if (change.action !== 'notice-merged' || change.noticeId === undefined) return null;
  const notice = await tx.notices.get(change.noticeId);
  return notice ? { subject: notice.subject, url: notice.url } : null;
}

export function taskChangeRows(change: TaskChange, rules: RuleSet, merged: MergedNotice | null, log?: Logger): NewOutboxRow[] {
  const { task, at } = change;
  const team = teamOf(rules, task.team, task.channel);
  const options = postOptions(task, rules, at, log);
  if (change.action === 'task-created') return [{ ...taskPostRow(task, team, at, options), dedupeKey: `task:${task.id}:post` }];
  const key = `task:${task.id}:${changeKey(change)}`;
  const update: NewOutboxRow = { ...taskUpdateRow(task, team, at, options), dedupeKey: `${key}:update` };
  const thread = threadEventsFor(change, merged).map((event, i) => taskThreadRow(task, event, team, at, `${key}:thread:${i}`));
  return [update, ...thread];
}

/** The FYI message: once per channel and content, however many times the provider re-sends it. */
export function fyiRow(notice: NoticeRecord, routing: Routing): NewOutboxRow {
  return plainMessageRow(routing.channel, fyiMessage(notice), `fyi:${routing.channel}:${notice.contentHash}`);
}

export function makeNotify(deps: NotifyDeps): Notify {
  const outboxOf = deps.outboxOf ?? txOutbox;
  return {
    async onTaskChange(tx, change) {
      if (!change.task.channel) {
        // routed without a channel (a rule set that names none): nothing can be posted, and saying so beats a row that fails forever
        deps.log?.warn({ taskId: change.task.id, team: change.task.team }, 'task has no channel, nothing posted');
        return;
      }
      const rows = taskChangeRows(change, deps.rules, await mergedNotice(tx, change), deps.log);
      await outboxOf(tx).enqueue(rows, change.at);
    },
    async onUntracked(tx, notice, routing) {
      if (routing.disposition !== 'fyi') return;
      if (!routing.channel) {
        deps.log?.warn({ noticeId: notice.id, team: routing.team }, 'fyi notice has no channel, nothing posted');
        return;
      }
      await outboxOf(tx).enqueue([fyiRow(notice, routing)], notice.ingestedAt);
    },
  };
}
