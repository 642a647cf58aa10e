// What a click, a modal or `/notices` asks of the task use cases (the SlackActions port). Each
// method runs one use case; its change and the outbox rows that update the post commit together
// (the commands carry the notify hook). Refusals keep the lifecycle's code and say why in a sentence.
import { formatInstant } from '../domain/blocks/format.ts';
import { maxSnoozeUntil } from '../domain/ladder-schedule.ts';
import type { RuleSet, Team } from '../domain/policy.ts';
import { pendingRoles } from '../domain/signoff.ts';
import type { Task } from '../domain/task.ts';
import type { AddOutcome, Clock, Logger, NoticeSink, SlackActions, Store, TaskOutcome } from './ports.ts';
import { ladderFor } from './send-reminders.ts';
import type { TaskCommands } from './slack-commands.ts';
import { makeListing } from './slack-listing.ts';
import { pastedNotice } from './slack-paste.ts';
import { refusal, type RefusalContext } from './slack-refusals.ts';
import { membershipOf, teamOf, type GroupLookup } from './slack-roles.ts';
import type { TaskCommandResult } from './task-command.ts';

export interface SlackActionsDeps {
  store: Store;
  rules: RuleSet;
  clock: Clock;
  log: Logger;
  /** Where `/notices add` delivers: the same ingest every source uses. */
  ingest: NoticeSink;
  commands: TaskCommands;
  /** Members of a Slack user group (`S…`), cached; without it groups in roles hold nobody. */
  groupMembers?: GroupLookup;
  /** How far ahead `/notices digest` looks; 28 days. */
  digestDays?: number;
}

const waitingFor = (task: Task): string => pendingRoles(task).join(', ');

function approvedMessage(task: Task, user: string): string {
  const role = task.signOffs.find((s) => s.user === user)?.role;
  const signed = role ? `Signed as ${role}.` : 'Signed.';
  if (task.state === 'approved') return `${signed} Every sign-off is in: the plan is approved.`;
  if (task.state === 'dismissed') return `${signed} Every sign-off is in: the task is dismissed as not applicable.`;
  return `${signed} Still waiting for: ${waitingFor(task)}.`;
}

function dismissMessage(task: Task, user: string): string {
  if (task.state === 'dismissed') return 'Dismissed as not applicable.';
  const role = task.signOffs.find((s) => s.user === user)?.role;
  const mine = role ? ` You signed it as ${role}.` : '';
  return `Marked not applicable; it takes effect once these roles sign it: ${waitingFor(task)}.${mine}`;
}

export function makeSlackActions(deps: SlackActionsDeps): SlackActions {
  const { store, rules, commands } = deps;
  const listing = makeListing(deps);
  const teamFor = (task: Task): Team => teamOf(rules, task.team, task.channel);
  const ladderOf = (task: Task) => ladderFor(task, { ladder: (id) => rules.ladders[id], team: (id) => rules.teams[id] }, deps.log);

  /** The use case's answer for Slack: the task and its team, or a refusal explained with the task at hand. */
  async function answer(
    result: TaskCommandResult,
    input: { taskId: number; user: string },
    extra: { message?: (task: Task) => string | undefined; context?: Partial<RefusalContext> } = {},
  ): Promise<TaskOutcome> {
    if (result.ok) {
      const message = extra.message?.(result.task);
      return { ok: true, task: result.task, team: teamFor(result.task), ...(message ? { message } : {}) };
    }
    const task = await store.tasks.get(input.taskId);
    const team = task ? teamFor(task) : null;
    const held = result.code === 'not-a-signer' && task ? (await membershipOf(input.user, rules, deps.groupMembers)).roles.get(task.team) : undefined;
    deps.log.info({ taskId: input.taskId, user: input.user, code: result.code }, 'slack action refused');
    return refusal(result.code, result.message, { task, team, ...(held ? { held } : {}), ...extra.context });
  }

  return {
    async takeOwnership(input) {
      return answer(await commands.takeOwnership(input), input);
    },

    async assign(input) {
      return answer(await commands.assign({ taskId: input.taskId, assignee: input.assignee, by: input.user }), input);
    },

    async schedule(input) {
      const result = await commands.schedule(input);
      return answer(result, input, {
        message: (task) => (task.state === 'scheduled' ? `Scheduled. The plan now needs these sign-offs: ${waitingFor(task)}.` : undefined),
      });
    },

    async approve(input) {
      const result = await commands.signOff({ taskId: input.taskId, user: input.user, ...(input.role ? { role: input.role } : {}) });
      return answer(result, input, { message: (task) => approvedMessage(task, input.user) });
    },

    async dismiss(input) {
      return answer(await commands.dismiss(input), input, { message: (task) => dismissMessage(task, input.user) });
    },

    async snooze(input) {
      const task = await store.tasks.get(input.taskId);
      if (!task) return refusal('not-found', `there is no task ${input.taskId}`, { task: null, team: null });
      const team = teamFor(task);
      const limit = maxSnoozeUntil(task, ladderOf(task), input.now);
      if (!limit) {
        const reason = task.deadline ? 'reminders are already critical' : 'there is no deadline, so there are no reminders to snooze';
        const code = task.deadline ? 'snooze-too-long' : 'invalid-transition';
        return refusal(code, reason, { task, team, snoozeLimit: null });
      }
      const until = new Date(input.now.getTime() + input.minutes * 60_000);
      const result = await commands.snooze({ taskId: input.taskId, user: input.user, until, maxUntil: limit });
      return answer(result, input, {
        message: (t) => `Reminders for task ${t.id} are snoozed until ${formatInstant(until, team.timeZone)}.`,
        context: { snoozeLimit: limit },
      });
    },

    async done(input) {
      return answer(await commands.done(input), input);
    },

    async show(input) {
      const task = await store.tasks.get(input.taskId);
      if (!task) return refusal('not-found', `there is no task ${input.taskId}`, { task: null, team: null });
      return { ok: true, task, team: teamFor(task) };
    },

    list: (input) => listing.list(input.user, input.scope, input.now),

    home: (input) => listing.home(input.user),

    async add(input): Promise<AddOutcome> {
      if (input.text.trim() === '') return { ok: false, code: 'text-required', message: 'Paste the notice after /notices add.' };
      const notice = pastedNotice(input.text, { user: input.user, channel: input.channel, now: input.now });
      const result = await deps.ingest.ingest(notice);
      deps.log.info({ user: input.user, outcome: result.outcome, taskId: result.taskId }, 'notice pasted in slack');
      return { ok: true, outcome: result.outcome, taskId: result.taskId };
    },
  };
}
