import { scheduleWindow } from '../domain/lifecycle.ts';
import { runTaskCommand, type TaskCommandDeps, type TaskCommandResult } from './task-command.ts';

/** Plans the maintenance window; it must end before the deadline minus the lead time. */
export function makeScheduleTask(deps: TaskCommandDeps) {
  return (input: { taskId: number; user: string; window: { start: Date; end: Date } }): Promise<TaskCommandResult> =>
    runTaskCommand(deps, input.taskId, input.user, (task, at) => scheduleWindow(task, input.window, input.user, at));
}
