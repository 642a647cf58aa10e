import { snooze } from '../domain/lifecycle.ts';
import { runTaskCommand, type TaskCommandDeps, type TaskCommandResult } from './task-command.ts';

/**
 * Quiets reminders until `until`. The caller passes `maxUntil`, the instant the task's ladder turns
 * critical: a snooze never hides that.
 */
export function makeSnoozeTask(deps: TaskCommandDeps) {
  return (input: { taskId: number; user: string; until: Date; maxUntil: Date }): Promise<TaskCommandResult> =>
    runTaskCommand(deps, input.taskId, input.user, (task, at) => snooze(task, input.until, at, input.maxUntil));
}
