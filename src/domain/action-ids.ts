// Every id Slack echoes back to us, in one place: buttons, selects, modals and their inputs.
// Renaming one breaks the buttons on posts already in channels, so these are a wire format.

export const ACTION = {
  takeOwnership: 'task.take_ownership',
  schedule: 'task.schedule',
  approve: 'task.approve',
  notApplicable: 'task.not_applicable',
  snooze: 'task.snooze',
  done: 'task.done',
  openSource: 'task.open_source',
  homeRefresh: 'home.refresh',
} as const;
export type ActionId = (typeof ACTION)[keyof typeof ACTION];

/** Buttons that change a task: each maps to one use case. */
export const TASK_BUTTONS = [ACTION.takeOwnership, ACTION.schedule, ACTION.approve, ACTION.notApplicable, ACTION.done] as const;

export const VIEW = {
  schedule: 'task.schedule_modal',
  notApplicable: 'task.not_applicable_modal',
  home: 'home',
} as const;
export type ViewCallbackId = (typeof VIEW)[keyof typeof VIEW];

/** Input blocks of the modals: `view.state.values[block][action]`. */
export const INPUT = {
  windowStart: { block: 'window_start', action: 'value' },
  windowEnd: { block: 'window_end', action: 'value' },
  reason: { block: 'reason', action: 'value' },
} as const;

export const BLOCK = {
  actions: 'task.actions',
  header: 'task.header',
} as const;

export const SLASH_COMMAND = '/notices';

/** What a task button carries in its `value` and a modal in its `private_metadata`. */
export interface TaskRef {
  taskId: number;
  /** Where the click happened: the ephemeral answer goes there. */
  channel?: string;
}

export function encodeTaskRef(ref: TaskRef): string {
  return JSON.stringify(ref.channel ? { t: ref.taskId, c: ref.channel } : { t: ref.taskId });
}

/** Parses what `encodeTaskRef` wrote, or a bare task id; anything else is null. */
export function decodeTaskRef(value: string | undefined | null): TaskRef | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return { taskId: Number(value) };
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const t = (parsed as { t?: unknown }).t;
    const c = (parsed as { c?: unknown }).c;
    if (typeof t !== 'number' || !Number.isSafeInteger(t) || t <= 0) return null;
    return typeof c === 'string' && c !== '' ? { taskId: t, channel: c } : { taskId: t };
  } catch {
    return null;
  }
}

/** The snooze select's option value: the task and the minutes chosen (Slack caps option values at 150 chars). */
export function encodeSnoozeChoice(taskId: number, minutes: number): string {
  return `${taskId}:${minutes}`;
}

export function decodeSnoozeChoice(value: string | undefined | null): { taskId: number; minutes: number } | null {
  const m = /^(\d+):(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const taskId = Number(m[1]);
  const minutes = Number(m[2]);
  if (!Number.isSafeInteger(taskId) || taskId <= 0 || !Number.isSafeInteger(minutes) || minutes <= 0) return null;
  return { taskId, minutes };
}
