import { proposeDismissal } from '../domain/lifecycle.ts';
import { heldRoles, runTaskCommand, type SignerDeps, type TaskCommandDeps, type TaskCommandResult } from './task-command.ts';

/**
 * "Not applicable": proposes dismissal with a reason. It takes effect once every required role has
 * signed it; the proposer's own sign-off counts when they hold an open role.
 */
export function makeDismissTask(deps: TaskCommandDeps & SignerDeps) {
  return async (input: { taskId: number; user: string; reason: string }): Promise<TaskCommandResult> => {
    const held = await heldRoles(deps, input.taskId, input.user);
    if (held === null) return { ok: false, code: 'not-found', message: `there is no task ${input.taskId}` };
    return runTaskCommand(deps, input.taskId, input.user, (task, at) => proposeDismissal(task, input.user, input.reason, held, at));
  };
}
