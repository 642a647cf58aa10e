// The one top-level post per task, kept current with chat.update: what is due, by when, on what,
// who owns it, who has signed, and the buttons that move it along.
import { ACTION, BLOCK, encodeSnoozeChoice, encodeTaskRef } from '../action-ids.ts';
import type { Team } from '../policy.ts';
import type { Task } from '../task.ts';
import { codeSpan, link, mentionUser, mrkdwnText, plainText, singleLine } from '../slack-text.ts';
import {
  STATE_LABEL,
  URGENCY_MARKER,
  countdown,
  formatWhen,
  formatWindow,
  durationLabel,
  urgencyOf,
} from './format.ts';
import {
  LIMITS,
  button,
  capBlocks,
  context,
  md,
  option,
  plain,
  section,
  type ActionsBlock,
  type Block,
  type InteractiveElement,
  type MessageContent,
} from './kit.ts';

export interface TaskPostOptions {
  /** How many resources are listed before "and N more". */
  resourcesShown?: number;
  /** Snooze durations offered, in minutes. */
  snoozeMinutes?: readonly number[];
  /** Snoozing never reaches past this (the ladder's first critical step); null: no bound beyond the list. */
  snoozeLimit?: Date | null;
}

export const DEFAULT_SNOOZE_MINUTES = [60, 4 * 60, 24 * 60, 3 * 24 * 60, 7 * 24 * 60] as const;

export function taskPost(task: Task, team: Team, now: Date, options: TaskPostOptions = {}): MessageContent {
  const zone = team.timeZone;
  const urgency = urgencyOf(task, zone, now);
  const marker = URGENCY_MARKER[urgency];
  const title = singleLine(task.title) || `Task ${task.id}`;
  const due = task.deadline ? `${formatWhen(task.deadline, zone)} (${countdown(task.deadline, zone, now)})` : 'no deadline found';

  const blocks: Block[] = [
    { type: 'header', block_id: BLOCK.header, text: plain(`${marker} ${plainText(title)}`, LIMITS.headerText) },
    { type: 'section', fields: facts(task, zone, due).map((f) => md(f, LIMITS.fieldText)) },
  ];
  const resources = resourceLines(task, options.resourcesShown ?? 5);
  if (resources) blocks.push(section(md(resources)));
  blocks.push(section(md(signOffText(task))));
  blocks.push(context(md(footer(task))));
  const actions = actionsFor(task, now, options);
  if (actions) blocks.push(actions);

  const fallback = `${marker} ${mrkdwnText(title)}: ${task.deadline ? `due ${countdown(task.deadline, zone, now)}` : 'no deadline'}`;
  return {
    text: fallback.slice(0, LIMITS.messageText),
    blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => context(md(`${n} more blocks left out`))),
  };
}

function facts(task: Task, zone: string, due: string): string[] {
  const origin = [task.provider, task.service].filter((v): v is string => Boolean(v)).map(mrkdwnText).join(' · ');
  const owner = task.owner ? mentionUser(task.owner) : '_nobody yet_';
  const window = task.window ? formatWindow(task.window, zone) : '_not scheduled_';
  const scope = [...task.regions, ...task.accounts].map(codeSpan).join(' ');
  return [
    `*Provider*\n${origin || '_unknown_'}`,
    `*Kind*\n${task.kind}`,
    `*Deadline*\n${due}`,
    `*State*\n${STATE_LABEL[task.state]}`,
    `*Owner*\n${owner}`,
    `*Window*\n${window}`,
    ...(scope ? [`*Regions and accounts*\n${scope}`] : []),
  ];
}

function resourceLines(task: Task, shown: number): string | null {
  if (task.resources.length === 0) return null;
  const listed = task.resources.slice(0, shown).map((r) => `• ${codeSpan(r)}`);
  const rest = task.resources.length - listed.length;
  const more = rest > 0 ? [`…and ${rest} more`] : [];
  return [`*Affected resources (${task.resources.length})*`, ...listed, ...more].join('\n');
}

/** The sign-offs that count now: a dismissal's while a reason is pending, else the plan's. */
export function currentIntent(task: Task): 'approve' | 'dismiss' {
  return task.dismissReason && task.state !== 'done' ? 'dismiss' : 'approve';
}

export function pendingRoles(task: Task): string[] {
  const intent = currentIntent(task);
  const signed = new Set(task.signOffs.filter((s) => s.intent === intent).map((s) => s.role));
  return task.requiredRoles.filter((r) => !signed.has(r));
}

function signOffText(task: Task): string {
  const intent = currentIntent(task);
  const heading = intent === 'dismiss' ? '*Sign-offs for "not applicable"*' : '*Sign-offs*';
  const lines = task.requiredRoles.map((role) => {
    const s = task.signOffs.find((o) => o.role === role && o.intent === intent);
    return s ? `✅ ${mrkdwnText(role)}: ${mentionUser(s.user)}` : `⏳ ${mrkdwnText(role)}: waiting`;
  });
  const reason = task.dismissReason ? [`*Reason given:* ${mrkdwnText(singleLine(task.dismissReason))}`] : [];
  if (lines.length === 0) return [heading, '_none required_', ...reason].join('\n');
  return [heading, ...lines, ...reason].join('\n');
}

function footer(task: Task): string {
  const parts = [`Task ${task.id}`, `rule ${codeSpan(task.ruleId)}`];
  if (task.noticeCount > 1) parts.push(`${task.noticeCount} notices merged`);
  const source = task.sourceUrl ? link(task.sourceUrl, 'source notice') : null;
  if (source) parts.push(source);
  return parts.join(' · ');
}

function actionsFor(task: Task, now: Date, options: TaskPostOptions): ActionsBlock | null {
  if (task.state === 'done' || task.state === 'dismissed') return null;
  const value = encodeTaskRef({ taskId: task.id });
  const dismissing = currentIntent(task) === 'dismiss';
  const planned = task.state === 'scheduled' || task.state === 'approved';
  const elements: InteractiveElement[] = [];
  const primary = (wanted: boolean) => (wanted ? 'primary' : undefined);
  elements.push(button(ACTION.takeOwnership, task.owner ? 'Take over' : 'Take ownership', value, primary(task.state === 'open')));
  elements.push(button(ACTION.schedule, planned ? 'Reschedule' : 'Schedule', value, primary(task.state === 'acknowledged')));
  if (task.state === 'scheduled' || dismissing) {
    elements.push(button(ACTION.approve, dismissing ? 'Approve: not applicable' : 'Approve plan', value, 'primary'));
  }
  if (!dismissing) elements.push(button(ACTION.notApplicable, 'Not applicable', value));
  const snooze = snoozeSelect(task.id, now, options);
  if (snooze) elements.push(snooze);
  elements.push(button(ACTION.done, 'Done', value, primary(task.state === 'approved')));
  return { type: 'actions', block_id: BLOCK.actions, elements };
}

/** Bounded choices only: never past the limit the ladder sets, never an open-ended snooze. */
export function snoozeOptions(now: Date, options: TaskPostOptions): number[] {
  const limit = options.snoozeLimit?.getTime() ?? Number.POSITIVE_INFINITY;
  return (options.snoozeMinutes ?? DEFAULT_SNOOZE_MINUTES).filter((m) => now.getTime() + m * 60_000 <= limit);
}

function snoozeSelect(taskId: number, now: Date, options: TaskPostOptions): InteractiveElement | null {
  const choices = snoozeOptions(now, options);
  if (choices.length === 0) return null;
  return {
    type: 'static_select',
    action_id: ACTION.snooze,
    placeholder: plain('Snooze…', LIMITS.placeholder),
    options: choices.slice(0, LIMITS.selectOptions).map((m) => option(`for ${durationLabel(m)}`, encodeSnoozeChoice(taskId, m))),
  };
}
