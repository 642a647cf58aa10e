import { SYSTEM_ACTOR, taskDiff } from '../domain/audit.ts';
import type { Notice } from '../domain/notice.ts';
import type { Routing } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';
import { isClosed, mergeNotice, newTask, pickMergeTarget, type NoticeFacts } from '../domain/task-merge.ts';
import type { IngestResult, NewNotice, Repositories, TaskChangeHook } from './ports.ts';

/** Everything ingest knows about one notice before it touches the database. */
export interface Placement {
  notice: Notice;
  draft: NewNotice;
  facts: NoticeFacts;
  routing: Routing;
  fingerprint: string | null;
  at: Date;
}

export type MatchedBy = 'message-id' | 'event-id' | 'fingerprint' | 'resources';

/**
 * The task a tracked notice belongs to, strongest evidence first: an earlier version of the same
 * message, the provider's event id, the fingerprint (the task's own or that of a notice merged into
 * it), then an open task of the same provider and kind sharing resources.
 */
export async function findTask(
  tx: Repositories,
  p: Placement,
  fp: string,
  messageTask: number | null,
): Promise<{ task: Task; matchedBy: MatchedBy } | null> {
  const byId = async (id: number | null): Promise<Task | null> => (id === null ? null : tx.tasks.get(id));
  const tries: [MatchedBy, () => Promise<Task | null>][] = [
    ['message-id', () => byId(messageTask)],
    ['event-id', async () => (p.notice.eventId ? byId(await tx.notices.taskIdForEvent(p.notice.eventId)) : null)],
    ['fingerprint', () => tx.tasks.findByFingerprint(fp)],
    [
      'resources',
      async () => {
        const { provider, kind, resources } = p.facts;
        return resources.length === 0 ? null : pickMergeTarget(await tx.tasks.listOpenSharing({ provider, kind, resources }), p.facts);
      },
    ],
  ];
  for (const [matchedBy, attempt] of tries) {
    const task = await attempt();
    if (task) return { task, matchedBy };
  }
  return null;
}

export async function attachToTask(
  tx: Repositories,
  p: Placement,
  found: { task: Task; matchedBy: MatchedBy },
  onTaskChange?: TaskChangeHook,
): Promise<IngestResult> {
  const { task } = found;
  const merged = mergeNotice(task, p.facts, p.at);
  const diff = taskDiff(task, merged.task);
  // Every merge is a change the reminder scheduler plans again (a closed task, say, now has notices).
  const updated: Task = { ...merged.task, nextReminderAt: p.at };
  await tx.tasks.update(updated, [...new Set<keyof Task>([...(Object.keys(diff.after) as (keyof Task)[]), 'updatedAt', 'nextReminderAt'])]);
  const saved = await tx.notices.insert({ ...p.draft, taskId: task.id });
  await tx.tasks.linkNotice({ taskId: task.id, noticeId: saved.id, relation: 'merged', at: p.at });
  if (merged.deadlineChange) {
    await tx.tasks.recordDeadlineChange({
      taskId: task.id,
      version: merged.task.deadlineVersion,
      previous: merged.deadlineChange.previous,
      deadline: merged.deadlineChange.next,
      noticeId: saved.id,
      at: p.at,
    });
  }
  const action = merged.deadlineChange ? 'deadline-moved' : 'notice-merged';
  const context = { noticeId: saved.id, matchedBy: found.matchedBy, ...(isClosed(task) ? { closed: true } : {}) };
  const after = { ...diff.after, ...context, ...(merged.windowConflict ? { windowConflict: true } : {}) };
  const auditId = await tx.audit.append({ taskId: task.id, actor: SYSTEM_ACTOR, action, before: diff.before, after, at: p.at });
  await onTaskChange?.(tx, { task: updated, action, actor: SYSTEM_ACTOR, at: p.at, noticeId: saved.id, before: task, auditId });
  return { outcome: 'merged', noticeId: saved.id, taskId: task.id };
}

export async function createTask(tx: Repositories, p: Placement, fp: string, onTaskChange?: TaskChangeHook): Promise<IngestResult> {
  const task = await tx.tasks.insert(newTask({ notice: p.notice, facts: p.facts, routing: p.routing, fingerprint: fp, at: p.at }));
  const saved = await tx.notices.insert({ ...p.draft, taskId: task.id });
  await tx.tasks.linkNotice({ taskId: task.id, noticeId: saved.id, relation: 'created', at: p.at });
  const after = {
    noticeId: saved.id,
    fingerprint: fp,
    title: task.title,
    deadline: task.deadline,
    resources: task.resources,
    team: task.team,
    ruleId: task.ruleId,
    requiredRoles: task.requiredRoles,
  };
  const auditId = await tx.audit.append({ taskId: task.id, actor: SYSTEM_ACTOR, action: 'task-created', before: null, after: JSON.parse(JSON.stringify(after)), at: p.at });
  await onTaskChange?.(tx, { task, action: 'task-created', actor: SYSTEM_ACTOR, at: p.at, noticeId: saved.id, auditId });
  return { outcome: 'created', noticeId: saved.id, taskId: task.id };
}
