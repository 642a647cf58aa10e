// `/notices`: ack at once, then answer through the command's response_url, only to the person
// who typed it. Every subcommand is one use case; anything unknown gets the help.
import type { App, RespondFn } from '@slack/bolt';
import type { AddOutcome, Clock, Logger, SlackActions, TaskListing } from '../../app/ports.ts';
import { SLASH_COMMAND } from '../../domain/action-ids.ts';
import { helpMessage, noteMessage } from '../../domain/blocks/help.ts';
import type { MessageContent } from '../../domain/blocks/kit.ts';
import { taskListMessage } from '../../domain/blocks/task-list.ts';
import { taskPost } from '../../domain/blocks/task-post.ts';
import { parseNoticesCommand, type NoticesCommand } from './command-parse.ts';
import { boundary, refusalMessage } from './replies.ts';

export interface CommandDeps {
  actions: SlackActions;
  clock: Clock;
  log: Logger;
}

const LIST_HEADINGS = { list: 'Open tasks', mine: 'Your tasks', digest: 'Due in the coming weeks' } as const;

function listing(heading: string, result: TaskListing, now: Date): MessageContent {
  const teams = new Map(result.teams.map((t) => [t.id, t]));
  return taskListMessage(heading, result.tasks, (t) => teams.get(t.team), now);
}

function added(result: AddOutcome): MessageContent {
  if (!result.ok) return refusalMessage(result);
  switch (result.outcome) {
    case 'created':
      return noteMessage(`Opened task ${result.taskId}; its post is on the way to the owning team's channel.`);
    case 'merged':
    case 'duplicate':
      return result.taskId === null
        ? noteMessage('That notice was received before; the rules track nothing for it.')
        : noteMessage(`That notice belongs to task ${result.taskId}, which already tracks it.`);
    case 'fyi':
      return noteMessage('Posted for information: the rules say it needs no sign-off.');
    case 'ignored':
      return noteMessage('Recorded, and ignored by the rules (nothing to track).');
  }
}

export async function runNoticesCommand(command: NoticesCommand, user: string, channel: string, deps: CommandDeps): Promise<MessageContent> {
  const { actions } = deps;
  const now = deps.clock.now();
  switch (command.kind) {
    case 'help':
      return helpMessage(command.problem);
    case 'list':
    case 'mine':
    case 'digest':
      return listing(LIST_HEADINGS[command.kind], await actions.list({ user, now, scope: command.kind === 'list' ? 'open' : command.kind }), now);
    case 'show': {
      const shown = await actions.show({ taskId: command.taskId, user, now });
      return shown.ok ? taskPost(shown.task, shown.team, now) : refusalMessage(shown);
    }
    case 'add':
      return added(await actions.add({ user, now, channel, text: command.text }));
    case 'assign': {
      const outcome = await actions.assign({ taskId: command.taskId, assignee: command.assignee, user, now });
      return outcome.ok ? noteMessage(outcome.message ?? `Task ${command.taskId} now belongs to that person.`) : refusalMessage(outcome);
    }
    case 'snooze': {
      const outcome = await actions.snooze({ taskId: command.taskId, minutes: command.minutes, user, now });
      return outcome.ok ? noteMessage(outcome.message ?? `Reminders for task ${command.taskId} are snoozed.`) : refusalMessage(outcome);
    }
  }
}

async function reply(respond: RespondFn, content: MessageContent): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text: content.text, blocks: content.blocks });
}

export function registerCommands(app: App, deps: CommandDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command, respond, client }) => {
    await ack();
    const to = { user: command.user_id, channel: command.channel_id };
    await boundary(deps.log, SLASH_COMMAND, to, client, async () => {
      const parsed = parseNoticesCommand(command.text ?? '');
      await reply(respond, await runNoticesCommand(parsed, command.user_id, command.channel_id, deps));
    });
  });
}
