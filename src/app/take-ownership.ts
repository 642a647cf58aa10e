import { assignOwner, takeOwnership } from '../domain/lifecycle.ts';
import { runTaskCommand, type TaskCommandDeps, type TaskCommandResult } from './task-command.ts';

/** "Take ownership": the person who clicked owns the task; an open task becomes acknowledged. */
export function makeTakeOwnership(deps: TaskCommandDeps) {
  return (input: { taskId: number; user: string }): Promise<TaskCommandResult> =>
    runTaskCommand(deps, input.taskId, input.user, (task, at) => takeOwnership(task, input.user, at));
}

/** `/notices assign`: someone hands the task to an owner. */
export function makeAssignTask(deps: TaskCommandDeps) {
  return (input: { taskId: number; assignee: string; by: string }): Promise<TaskCommandResult> =>
    runTaskCommand(deps, input.taskId, input.by, (task, at) => assignOwner(task, input.assignee, at));
}
