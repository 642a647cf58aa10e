// Lists of tasks: `/notices list|mine|digest` answers and the App Home tab. One line per task,
// most urgent first is the caller's order; the block budget of the surface is respected.
import { ACTION, encodeTaskRef } from '../action-ids.ts';
import type { Team } from '../policy.ts';
import type { Task } from '../task.ts';
import { mrkdwnText, mentionUser, singleLine } from '../slack-text.ts';
import { URGENCY_MARKER, countdown, urgencyOf, STATE_LABEL } from './format.ts';
import { LIMITS, button, context, divider, md, plain, section, type Block, type HomeView, type MessageContent } from './kit.ts';
import { pendingRoles } from './task-post.ts';

/** Finds the team a task belongs to; tasks of an unknown team render in UTC. */
export type TeamOf = (task: Task) => Team | undefined;

export function taskLine(task: Task, team: Team | undefined, now: Date): string {
  const zone = team?.timeZone ?? 'UTC';
  const marker = URGENCY_MARKER[urgencyOf(task, zone, now)];
  const title = mrkdwnText(singleLine(task.title));
  const due = task.deadline ? `due ${countdown(task.deadline, zone, now)}` : 'no deadline';
  const owner = task.owner ? ` · ${mentionUser(task.owner)}` : '';
  return `${marker} *${task.id}* ${title}\n${due} · ${STATE_LABEL[task.state]}${owner}`;
}

export function taskListMessage(heading: string, tasks: Task[], teamOf: TeamOf, now: Date): MessageContent {
  const text = `${mrkdwnText(heading)}: ${tasks.length} task${tasks.length === 1 ? '' : 's'}`;
  if (tasks.length === 0) return { text, blocks: [section(md(`*${mrkdwnText(heading)}*\nNothing here.`))] };
  // header + one section per task + an "and N more" line
  const room = LIMITS.messageBlocks - 2;
  const shown = tasks.slice(0, room);
  const blocks: Block[] = [
    { type: 'header', text: plain(heading, LIMITS.headerText) },
    ...shown.map((t) => section(md(taskLine(t, teamOf(t), now)))),
  ];
  if (tasks.length > shown.length) blocks.push(context(md(`…and ${tasks.length - shown.length} more. \`/notices show ID\` opens one.`)));
  return { text, blocks };
}

export interface HomeContent {
  user: string;
  /** Tasks where this person may sign a role that is still waiting. */
  pendingSignOffs: Task[];
  /** Tasks this person owns or whose team they belong to, open ones first. */
  tasks: Task[];
}

export function homeView(content: HomeContent, teamOf: TeamOf, now: Date): HomeView {
  const budget = Math.floor((LIMITS.viewBlocks - 8) / 2);
  const blocks: Block[] = [
    { type: 'header', text: plain('Waiting for your sign-off') },
    ...signOffRows(content.pendingSignOffs.slice(0, budget), teamOf, now),
  ];
  if (content.pendingSignOffs.length === 0) blocks.push(section(md('Nothing waits for you. 🎉')));
  if (content.pendingSignOffs.length > budget) blocks.push(context(md(`…and ${content.pendingSignOffs.length - budget} more`)));
  blocks.push(divider(), { type: 'header', text: plain('Tasks') });
  const tasks = content.tasks.slice(0, budget);
  blocks.push(...tasks.map((t) => section(md(taskLine(t, teamOf(t), now)))));
  if (content.tasks.length === 0) blocks.push(section(md('No open tasks.')));
  if (content.tasks.length > budget) blocks.push(context(md(`…and ${content.tasks.length - budget} more. \`/notices list\` shows them all.`)));
  blocks.push(context(md(`Updated ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`)));
  return { type: 'home', callback_id: 'home', blocks: blocks.slice(0, LIMITS.viewBlocks) };
}

function signOffRows(tasks: Task[], teamOf: TeamOf, now: Date): Block[] {
  return tasks.map((task) => {
    const roles = pendingRoles(task).map(mrkdwnText).join(', ');
    const line = `${taskLine(task, teamOf(task), now)}\nWaiting for: ${roles || 'nobody'}`;
    return { ...section(md(line)), accessory: button(ACTION.approve, 'Approve', encodeTaskRef({ taskId: task.id }), 'primary') };
  });
}
