import { markDone } from '../domain/lifecycle.ts';
import { runTaskCommand, type TaskCommandDeps, type TaskCommandResult } from './task-command.ts';

/** "Done": closes an approved task. */
export function makeMarkDone(deps: TaskCommandDeps) {
  return (input: { taskId: number; user: string }): Promise<TaskCommandResult> =>
    runTaskCommand(deps, input.taskId, input.user, (task, at) => markDone(task, at));
}
