import type { SignOff, Task } from './task.ts';

/** Role name → Slack user ids (`U…`, `W…`) and user-group ids (`S…`), as a team declares them. */
export type RoleMembers = Readonly<Record<string, readonly string[]>>;
/** User-group id → its members, resolved by whoever can ask Slack. */
export type GroupMembers = Readonly<Record<string, readonly string[]>>;

const isGroup = (id: string): boolean => id.startsWith('S');

/** The user-group ids a team's roles mention: resolve these before asking who may sign. */
export function groupIds(roles: RoleMembers): string[] {
  return [...new Set(Object.values(roles).flat().filter(isGroup))].sort();
}

/** The roles `user` holds, directly or through a user group. */
export function rolesHeld(user: string, roles: RoleMembers, groups: GroupMembers = {}): string[] {
  return Object.entries(roles)
    .filter(([, members]) => members.some((m) => m === user || (isGroup(m) && (groups[m] ?? []).includes(user))))
    .map(([role]) => role);
}

/** A dismissal waiting for its sign-offs: someone gave a reason and the task is not closed yet. */
export function dismissalPending(task: Pick<Task, 'dismissReason' | 'state'>): boolean {
  return task.dismissReason !== null && task.state !== 'dismissed' && task.state !== 'done';
}

/** What a sign-off on this task would mean now, or null when there is nothing to sign. */
export function signIntent(task: Pick<Task, 'dismissReason' | 'state'>): SignOff['intent'] | null {
  if (dismissalPending(task)) return 'dismiss';
  if (task.state === 'scheduled') return 'approve';
  return null;
}

/** Required roles nobody has signed for yet. */
export function pendingRoles(task: Pick<Task, 'requiredRoles' | 'signOffs'>): string[] {
  const signed = new Set(task.signOffs.map((s) => s.role));
  return task.requiredRoles.filter((role) => !signed.has(role));
}

export type RoleChoice =
  | { ok: true; role: string }
  | { ok: false; code: 'not-a-signer' | 'already-signed' | 'role-taken' | 'role-not-required'; message: string };

/**
 * The role `user` signs for. One person signs for at most one role; when no role is named, the
 * first required role they hold that is still open is taken, in the order the rule lists them.
 */
export function chooseRole(
  task: Pick<Task, 'requiredRoles' | 'signOffs'>,
  user: string,
  held: readonly string[],
  requested?: string,
): RoleChoice {
  const mine = task.signOffs.find((s) => s.user === user);
  if (mine) return { ok: false, code: 'already-signed', message: `you already signed as ${mine.role}` };
  if (requested !== undefined) {
    if (!task.requiredRoles.includes(requested)) {
      return { ok: false, code: 'role-not-required', message: `${requested} is not a role this task needs` };
    }
    if (!held.includes(requested)) return { ok: false, code: 'not-a-signer', message: `you do not hold the role ${requested}` };
    const taken = task.signOffs.find((s) => s.role === requested);
    if (taken) return { ok: false, code: 'role-taken', message: `${requested} was already signed by ${taken.user}` };
    return { ok: true, role: requested };
  }
  const eligible = task.requiredRoles.filter((role) => held.includes(role));
  if (eligible.length === 0) {
    return { ok: false, code: 'not-a-signer', message: `signing needs one of: ${task.requiredRoles.join(', ') || 'no role'}` };
  }
  const open = pendingRoles(task).find((role) => eligible.includes(role));
  if (open === undefined) return { ok: false, code: 'role-taken', message: `${eligible.join(', ')} already signed by others` };
  return { ok: true, role: open };
}
