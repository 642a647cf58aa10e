import { taskDiff } from '../domain/audit.ts';
import type { RefusalCode, Transition } from '../domain/lifecycle.ts';
import type { GroupMembers, RoleMembers } from '../domain/signoff.ts';
import { groupIds, rolesHeld } from '../domain/signoff.ts';
import type { SignOff, Task } from '../domain/task.ts';
import type { Clock, Repositories, Store, TaskChangeHook } from './ports.ts';

/** A person's command on a task: the task as it now is, or why nothing changed. */
export type TaskCommandResult = { ok: true; task: Task } | { ok: false; code: RefusalCode | 'not-found'; message: string };

export interface TaskCommandDeps {
  store: Store;
  clock: Clock;
  onTaskChange?: TaskChangeHook;
}

/** Who may sign: a team's roles, and (optionally) the members of Slack user groups named in them. */
export interface SignerDeps {
  roles: (team: string) => RoleMembers | undefined;
  groupMembers?: (groupId: string) => Promise<readonly string[]>;
}

const signOffKey = (s: SignOff): string => `${s.role}\n${s.user}\n${s.intent}`;

/**
 * Writes a task and the sign-offs that changed; removals first, so a role can pass to someone else.
 * A change makes the task due for the reminder scheduler at once (`nextReminderAt` = `updatedAt`), so
 * the ladder is planned again for what changed. Returns the task as saved.
 */
export async function saveTask(tx: Repositories, before: Task, after: Task): Promise<Task> {
  const saved: Task = { ...after, nextReminderAt: after.updatedAt };
  const changed = Object.keys(taskDiff(before, saved).after).filter((k): k is keyof Task => k !== 'signOffs' && k in saved);
  await tx.tasks.update(saved, [...new Set<keyof Task>([...changed, 'updatedAt', 'nextReminderAt'])]);
  const kept = new Set(saved.signOffs.map(signOffKey));
  const had = new Set(before.signOffs.map(signOffKey));
  for (const s of before.signOffs) if (!kept.has(signOffKey(s))) await tx.signOffs.remove(saved.id, s.role);
  for (const s of saved.signOffs) if (!had.has(signOffKey(s))) await tx.signOffs.add(saved.id, s);
  return saved;
}

/** Loads the task, applies one lifecycle transition, saves it and appends the audit event, atomically. */
export function runTaskCommand(
  deps: TaskCommandDeps,
  taskId: number,
  actor: string,
  transition: (task: Task, at: Date) => Transition,
): Promise<TaskCommandResult> {
  const at = deps.clock.now();
  return deps.store.transaction(async (tx): Promise<TaskCommandResult> => {
    const task = await tx.tasks.get(taskId);
    if (!task) return { ok: false, code: 'not-found', message: `there is no task ${taskId}` };
    const result = transition(task, at);
    if (!result.ok) return { ok: false, code: result.code, message: result.message };
    const saved = await saveTask(tx, task, result.task);
    const diff = taskDiff(task, result.task);
    const auditId = await tx.audit.append({ taskId, actor, action: result.action, before: diff.before, after: diff.after, at });
    await deps.onTaskChange?.(tx, { task: saved, action: result.action, actor, at, before: task, auditId });
    return { ok: true, task: saved };
  });
}

/** The roles `user` holds in the team that owns the task, user groups resolved. */
export async function heldRoles(deps: TaskCommandDeps & SignerDeps, taskId: number, user: string): Promise<string[] | null> {
  const task = await deps.store.tasks.get(taskId);
  if (!task) return null;
  const roles = deps.roles(task.team) ?? {};
  const groups: Record<string, readonly string[]> = {};
  if (deps.groupMembers) {
    for (const id of groupIds(roles)) groups[id] = await deps.groupMembers(id);
  }
  return rolesHeld(user, roles, groups satisfies GroupMembers);
}
