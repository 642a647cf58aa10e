// The task commands Slack drives, built once with the same store, clock, signers and change hook.
import { makeDismissTask } from './dismiss-task.ts';
import { makeMarkDone } from './mark-done.ts';
import { makeRecordSignoff } from './record-signoff.ts';
import { makeScheduleTask } from './schedule-task.ts';
import { makeSnoozeTask } from './snooze-task.ts';
import type { SignerDeps, TaskCommandDeps } from './task-command.ts';
import { makeAssignTask, makeTakeOwnership } from './take-ownership.ts';

export interface TaskCommands {
  takeOwnership: ReturnType<typeof makeTakeOwnership>;
  assign: ReturnType<typeof makeAssignTask>;
  schedule: ReturnType<typeof makeScheduleTask>;
  signOff: ReturnType<typeof makeRecordSignoff>;
  dismiss: ReturnType<typeof makeDismissTask>;
  snooze: ReturnType<typeof makeSnoozeTask>;
  done: ReturnType<typeof makeMarkDone>;
}

export function makeTaskCommands(deps: TaskCommandDeps & SignerDeps): TaskCommands {
  return {
    takeOwnership: makeTakeOwnership(deps),
    assign: makeAssignTask(deps),
    schedule: makeScheduleTask(deps),
    signOff: makeRecordSignoff(deps),
    dismiss: makeDismissTask(deps),
    snooze: makeSnoozeTask(deps),
    done: makeMarkDone(deps),
  };
}
