// What `/notices help` (and any command it does not know) answers.
import { SLASH_COMMAND } from '../action-ids.ts';
import { mrkdwnText, singleLine, truncate } from '../slack-text.ts';
import { md, section, context, type Block, type MessageContent } from './kit.ts';

export const SUBCOMMANDS = [
  ['list', 'open tasks of your teams, most urgent first'],
  ['mine', 'tasks you own or must sign'],
  ['show ID', 'one task with its buttons'],
  ['add TEXT', 'paste a notice; it is read like any other'],
  ['assign ID @user', 'make someone the owner'],
  ['snooze ID 3d', 'quiet reminders for a while (h, d or w; bounded)'],
  ['digest', 'what is due in the coming weeks'],
  ['help', 'this message'],
] as const;

export function helpMessage(problem?: string): MessageContent {
  const lines = SUBCOMMANDS.map(([usage, what]) => `\`${SLASH_COMMAND} ${usage}\`  ${what}`);
  const blocks: Block[] = [section(md(lines.join('\n')))];
  if (problem) blocks.unshift(section(md(`⚠️ ${truncate(mrkdwnText(singleLine(problem)), 500)}`)));
  blocks.push(context(md('Buttons on each task post take ownership, schedule, approve, dismiss, snooze and close it.')));
  return { text: problem ? mrkdwnText(singleLine(problem)) : `${SLASH_COMMAND} commands`, blocks };
}

/** A one-line answer: a use case's refusal, a confirmation. */
export function noteMessage(text: string): MessageContent {
  const safe = mrkdwnText(singleLine(text));
  return { text: safe, blocks: [section(md(safe))] };
}
