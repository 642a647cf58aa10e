// The two modals a task needs (the maintenance window, the reason it does not apply) and the
// parsing of what comes back, so the handler only routes.
import { INPUT, VIEW, encodeTaskRef, type TaskRef } from '../action-ids.ts';
import type { Team } from '../policy.ts';
import type { Task } from '../task.ts';
import { plainText, singleLine } from '../slack-text.ts';
import { formatWhen, countdown } from './format.ts';
import { LIMITS, context, plain, section, type ModalView } from './kit.ts';

/** A dismissal reason must say something: "n/a" is how notices get lost. */
export const REASON_MIN_LENGTH = 10;
export const REASON_MAX_LENGTH = 2000;

function taskSummary(task: Task, team: Team, now: Date) {
  const due = task.deadline
    ? `Due ${formatWhen(task.deadline, team.timeZone)} (${countdown(task.deadline, team.timeZone, now)})`
    : 'No deadline found';
  return [section(plain(plainText(singleLine(task.title)), LIMITS.sectionText)), context(plain(due))];
}

export function scheduleModal(task: Task, team: Team, now: Date, ref: TaskRef): ModalView {
  const start = task.window?.start ?? null;
  const end = task.window?.end ?? null;
  return {
    type: 'modal',
    callback_id: VIEW.schedule,
    private_metadata: encodeTaskRef(ref),
    title: plain('Schedule the work', LIMITS.modalTitle),
    submit: plain('Schedule', LIMITS.modalButton),
    close: plain('Cancel', LIMITS.modalButton),
    blocks: [
      ...taskSummary(task, team, now),
      {
        type: 'input',
        block_id: INPUT.windowStart.block,
        label: plain('Window starts'),
        element: {
          type: 'datetimepicker',
          action_id: INPUT.windowStart.action,
          ...(start ? { initial_date_time: Math.floor(start.getTime() / 1000) } : {}),
        },
      },
      {
        type: 'input',
        block_id: INPUT.windowEnd.block,
        label: plain('Window ends'),
        element: {
          type: 'datetimepicker',
          action_id: INPUT.windowEnd.action,
          ...(end ? { initial_date_time: Math.floor(end.getTime() / 1000) } : {}),
        },
        hint: plain(`Times are shown in your own Slack time zone; the team works in ${team.timeZone}.`),
      },
    ],
  };
}

export function notApplicableModal(task: Task, team: Team, now: Date, ref: TaskRef): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.notApplicable,
    private_metadata: encodeTaskRef(ref),
    title: plain('Not applicable', LIMITS.modalTitle),
    submit: plain('Ask for sign-off', LIMITS.modalButton),
    close: plain('Cancel', LIMITS.modalButton),
    blocks: [
      ...taskSummary(task, team, now),
      {
        type: 'input',
        block_id: INPUT.reason.block,
        label: plain('Why does this not apply to us?'),
        element: {
          type: 'plain_text_input',
          action_id: INPUT.reason.action,
          multiline: true,
          min_length: REASON_MIN_LENGTH,
          max_length: REASON_MAX_LENGTH,
        },
        hint: plain('The required roles sign the dismissal just as they would sign a plan.'),
      },
    ],
  };
}

/** `view.state.values` as Slack sends it. */
export type ViewStateValues = Record<string, Record<string, { type?: string; value?: string | null; selected_date_time?: number | null }>>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export function parseScheduleSubmission(values: ViewStateValues): FormResult<{ start: Date; end: Date }> {
  const read = (input: { block: string; action: string }) => values[input.block]?.[input.action]?.selected_date_time ?? null;
  const start = read(INPUT.windowStart);
  const end = read(INPUT.windowEnd);
  const errors: Record<string, string> = {};
  if (start === null) errors[INPUT.windowStart.block] = 'Pick when the window starts.';
  if (end === null) errors[INPUT.windowEnd.block] = 'Pick when the window ends.';
  if (start !== null && end !== null && end <= start) errors[INPUT.windowEnd.block] = 'The window must end after it starts.';
  if (start === null || end === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { start: new Date(start * 1000), end: new Date(end * 1000) } };
}

export function parseReasonSubmission(values: ViewStateValues): FormResult<{ reason: string }> {
  const reason = (values[INPUT.reason.block]?.[INPUT.reason.action]?.value ?? '').trim();
  if (reason.length < REASON_MIN_LENGTH) {
    return { ok: false, errors: { [INPUT.reason.block]: `Say why in at least ${REASON_MIN_LENGTH} characters.` } };
  }
  return { ok: true, value: { reason: reason.slice(0, REASON_MAX_LENGTH) } };
}
