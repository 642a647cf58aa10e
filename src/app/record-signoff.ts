import { signOff } from '../domain/lifecycle.ts';
import { heldRoles, runTaskCommand, type SignerDeps, type TaskCommandDeps, type TaskCommandResult } from './task-command.ts';

/**
 * "Approve": signs the plan (or a pending dismissal) for one role the user holds, the named one or
 * the first still open. The last required sign-off approves (or dismisses) the task.
 */
export function makeRecordSignoff(deps: TaskCommandDeps & SignerDeps) {
  return async (input: { taskId: number; user: string; role?: string }): Promise<TaskCommandResult> => {
    const held = await heldRoles(deps, input.taskId, input.user);
    if (held === null) return { ok: false, code: 'not-found', message: `there is no task ${input.taskId}` };
    return runTaskCommand(deps, input.taskId, input.user, (task, at) => signOff(task, input.user, held, at, input.role));
  };
}
