import type { Task, TaskState } from './task.ts';
import type { TaskAction } from './audit.ts';
import { chooseRole, pendingRoles, signIntent } from './signoff.ts';
import { isClosed, latestWindowEnd } from './task-merge.ts';

export type RefusalCode =
  | 'invalid-transition'
  | 'not-a-signer'
  | 'already-signed'
  | 'role-taken'
  | 'role-not-required'
  | 'nothing-to-sign'
  | 'already-owner'
  | 'window-invalid'
  | 'window-in-past'
  | 'window-after-deadline'
  | 'reason-required'
  | 'snooze-in-past'
  | 'snooze-too-long';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

/** A task moved by a person: the new task and the audit verb, or why it may not move. */
export type Transition = { ok: true; task: Task; action: TaskAction } | Refusal;

const refuse = (code: RefusalCode, message: string): Refusal => ({ ok: false, code, message });
const closedRefusal = (task: Task): Refusal => refuse('invalid-transition', `the task is already ${task.state}`);
const stateAfterPlan = (task: Task): TaskState => (task.requiredRoles.length === 0 ? 'approved' : 'scheduled');

function setOwner(task: Task, owner: string, at: Date, action: TaskAction): Transition {
  if (isClosed(task)) return closedRefusal(task);
  if (task.owner === owner) return refuse('already-owner', `${owner} already owns this task`);
  const state = task.state === 'open' ? 'acknowledged' : task.state;
  return { ok: true, action, task: { ...task, owner, state, updatedAt: at } };
}

export const takeOwnership = (task: Task, user: string, at: Date): Transition => setOwner(task, user, at, 'owner-taken');

export const assignOwner = (task: Task, assignee: string, at: Date): Transition => setOwner(task, assignee, at, 'assigned');

/**
 * Plans the maintenance window. It must end before the deadline minus the lead time. A new plan
 * drops earlier sign-offs (they approved another plan) and withdraws a pending dismissal.
 */
export function scheduleWindow(task: Task, window: { start: Date; end: Date }, user: string, at: Date): Transition {
  if (isClosed(task)) return closedRefusal(task);
  if (window.end.getTime() <= window.start.getTime()) return refuse('window-invalid', 'the window must end after it starts');
  if (window.end.getTime() <= at.getTime()) return refuse('window-in-past', 'the window is already over');
  const latest = latestWindowEnd(task);
  if (latest && window.end.getTime() > latest.getTime()) {
    return refuse('window-after-deadline', `the window must end by ${latest.toISOString()} (deadline minus lead time)`);
  }
  const next: Task = { ...task, window, owner: task.owner ?? user, dismissReason: null, signOffs: [], updatedAt: at };
  return { ok: true, action: 'scheduled', task: { ...next, state: stateAfterPlan(next) } };
}

/**
 * Signs the current plan (or the pending dismissal) for one role. When every required role has
 * signed, the task becomes approved (or dismissed).
 */
export function signOff(task: Task, user: string, held: readonly string[], at: Date, role?: string): Transition {
  if (isClosed(task)) return closedRefusal(task);
  const intent = signIntent(task);
  if (intent === null) return refuse('nothing-to-sign', 'there is no plan to sign yet: schedule a window first');
  const choice = chooseRole(task, user, held, role);
  if (!choice.ok) return refuse(choice.code, choice.message);
  const next: Task = { ...task, signOffs: [...task.signOffs, { role: choice.role, user, at, intent }], updatedAt: at };
  if (pendingRoles(next).length > 0) return { ok: true, action: 'signed', task: next };
  return intent === 'approve'
    ? { ok: true, action: 'approved', task: { ...next, state: 'approved' } }
    : { ok: true, action: 'dismissed', task: { ...next, state: 'dismissed' } };
}

/**
 * "Not applicable" is how notices get lost, so it needs a reason and the same sign-offs as a plan.
 * Proposing it drops plan sign-offs; the proposer signs at once when they hold an open role.
 */
export function proposeDismissal(task: Task, user: string, reason: string, held: readonly string[], at: Date): Transition {
  if (isClosed(task)) return closedRefusal(task);
  const why = reason.trim();
  if (why === '') return refuse('reason-required', 'say why the notice does not apply');
  const state: TaskState = task.state === 'approved' ? 'scheduled' : task.state;
  const proposed: Task = { ...task, state, dismissReason: why, signOffs: [], updatedAt: at };
  if (proposed.requiredRoles.length === 0) return { ok: true, action: 'dismissed', task: { ...proposed, state: 'dismissed' } };
  const signed = signOff(proposed, user, held, at);
  if (signed.ok) return { ...signed, action: signed.action === 'dismissed' ? 'dismissed' : 'dismissal-proposed' };
  return { ok: true, action: 'dismissal-proposed', task: proposed };
}

/** Quiets reminders until `until`, which may not pass `maxUntil` (where the ladder turns critical). */
export function snooze(task: Task, until: Date, at: Date, maxUntil: Date): Transition {
  if (isClosed(task)) return closedRefusal(task);
  if (until.getTime() <= at.getTime()) return refuse('snooze-in-past', 'snooze until a later time');
  if (until.getTime() > maxUntil.getTime()) {
    return refuse('snooze-too-long', `snooze at most until ${maxUntil.toISOString()}, when reminders turn critical`);
  }
  return { ok: true, action: 'snoozed', task: { ...task, snoozedUntil: until, updatedAt: at } };
}

export function markDone(task: Task, at: Date): Transition {
  if (task.state !== 'approved') {
    return refuse('invalid-transition', isClosed(task) ? `the task is already ${task.state}` : 'only an approved plan can be marked done');
  }
  return { ok: true, action: 'done', task: { ...task, state: 'done', updatedAt: at } };
}
