// What a task's thread is told about one change: the audit verb and the task before and after,
// turned into the thread events the block builders render.
import type { TaskEvent } from '../domain/blocks/thread-events.ts';
import { normaliseResource } from '../domain/fingerprint.ts';
import type { Task } from '../domain/task.ts';
import type { TaskChange } from './ports.ts';

/** The notice a merge brought in, for "the provider sent this again". */
export interface MergedNotice {
  subject: string;
  url: string | null;
}

function addedResources(before: Task | undefined, after: Task): string[] {
  if (!before) return [];
  const had = new Set(before.resources.map(normaliseResource));
  return after.resources.filter((r) => !had.has(normaliseResource(r)));
}

function signedBy(change: TaskChange, complete: boolean): TaskEvent[] {
  const mine = change.task.signOffs.find((s) => s.user === change.actor);
  return mine ? [{ kind: 'signed', user: mine.user, role: mine.role, intent: mine.intent, complete }] : [];
}

/** A dismissal reason that is new with this change: the thread hears it once. */
function newDismissal(change: TaskChange): TaskEvent[] {
  const reason = change.task.dismissReason;
  if (!reason || change.before?.dismissReason === reason) return [];
  return [{ kind: 'dismiss-requested', user: change.actor, reason }];
}

/** Thread events for one change, oldest first; empty when the post itself says it all. */
export function threadEventsFor(change: TaskChange, merged: MergedNotice | null): TaskEvent[] {
  const { task, before, actor, at } = change;
  const resources = addedResources(before, task);
  const added: TaskEvent[] = resources.length > 0 ? [{ kind: 'resources-added', added: resources }] : [];
  switch (change.action) {
    case 'task-created':
      return [];
    case 'notice-merged':
      return [...(merged ? [{ kind: 'notice-merged', subject: merged.subject, url: merged.url } as const] : []), ...added];
    case 'deadline-moved':
      return [{ kind: 'deadline-moved', from: before?.deadline ?? null, to: task.deadline }, ...added];
    case 'owner-taken':
      return [{ kind: 'owner-taken', user: actor, previous: before?.owner && before.owner !== actor ? before.owner : null }];
    case 'assigned':
      return task.owner ? [{ kind: 'assigned', by: actor, user: task.owner }] : [];
    case 'scheduled':
      return task.window ? [{ kind: 'scheduled', user: actor, window: task.window }] : [];
    case 'signed':
      return signedBy(change, false);
    case 'approved':
      return signedBy(change, true);
    case 'dismissal-proposed':
      return [...newDismissal(change), ...signedBy(change, false)];
    case 'dismissed': {
      const signed = signedBy(change, true);
      return [...newDismissal(change), ...signed];
    }
    case 'snoozed': {
      const until = task.snoozedUntil;
      if (!until) return [];
      return [{ kind: 'snoozed', user: actor, until, minutes: Math.max(1, Math.round((until.getTime() - at.getTime()) / 60_000)) }];
    }
    case 'done':
      return [{ kind: 'done', user: actor }];
    default:
      return [];
  }
}
