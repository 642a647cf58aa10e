import type { Loudness, Team } from './policy.ts';
import type { Task } from './task.ts';
import type { DueStep } from './ladder-plan.ts';
import { escapeSlackText, localTime, mention, overdueBy, relative } from './reminder-text.ts';

/** Where one reminder goes. One message is one Slack post; the thread is the task's own post thread. */
export interface ReminderAudience {
  /** Channel to post in; absent for a direct message. */
  channel?: string;
  /** Reply in the task's thread in `channel` instead of posting to the channel. */
  thread?: boolean;
  /** The user to message directly. */
  dm?: string;
  /** Users (`U…`) and user groups (`S…`) mentioned in the text. */
  mention: string[];
  /** The text starts with `<!here>`. */
  here: boolean;
}

export interface ReminderMessage {
  taskId: number;
  stepId: string;
  deadlineVersion: number;
  loudness: Loudness;
  audience: ReminderAudience;
  /** Slack mrkdwn, escaped: only mentions the audience names are live. */
  text: string;
}

type TeamView = Pick<Team, 'timeZone' | 'roles' | 'escalation'>;

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Roles still to sign, and who may sign them: users by DM, user groups by mention. */
export function pendingSignOffs(task: Task, team: TeamView | null) {
  const signedRoles = new Set(task.signOffs.map((s) => s.role));
  const signers = new Set(task.signOffs.map((s) => s.user));
  const roles = task.requiredRoles.filter((r) => !signedRoles.has(r));
  const users = new Map<string, string[]>();
  const groups: string[] = [];
  for (const role of roles) {
    for (const id of team?.roles[role] ?? []) {
      if (signers.has(id)) continue; // one person signs for at most one role
      if (id.startsWith('S')) groups.push(id);
      else users.set(id, [...(users.get(id) ?? []), role]);
    }
  }
  return { roles, users, groups: [...new Set(groups)] };
}

function headline(task: Task, step: DueStep, zone: string, now: Date): string {
  const title = `“${escapeSlackText(task.title)}”`;
  const window = task.window;
  if (step.kind === 'window-opens' && window) {
    return `The maintenance window for ${title} opens ${relative(window.start, now)} (${localTime(window.start, zone)}) and closes ${localTime(window.end, zone)}.`;
  }
  if (step.kind === 'window-closed' && window) {
    return `The maintenance window for ${title} closed ${relative(window.end, now)}. Did it get done? Mark it done, or schedule another window.`;
  }
  const deadline = task.deadline?.at;
  if (!deadline) return `Reminder: ${title}.`;
  const when = localTime(deadline, zone);
  if (step.kind === 'lead-time') {
    return `${title} is still not scheduled, and the work had to be planned by now. Deadline ${relative(deadline, now)} (${when}).`;
  }
  const late = now.getTime() - deadline.getTime();
  if (late < 0) return `Reminder: ${title} is due ${relative(deadline, now)} (${when}).`;
  if (late < 60_000) return `Deadline now: ${title} is due at ${when}.`;
  return `Overdue by ${overdueBy(deadline, now)}: ${title} was due ${when}.`;
}

function status(task: Task, pendingRoles: string[]): string {
  const owner = task.owner ? `Owner: ${mention(task.owner)}.` : 'Nobody has taken it yet.';
  const roles = pendingRoles.length > 0 ? ` Waiting for sign-off: ${pendingRoles.map(escapeSlackText).join(', ')}.` : '';
  return `State: ${task.state}. ${owner}${roles}`;
}

function lead(audience: Pick<ReminderAudience, 'here' | 'mention'>): string {
  const parts = [...(audience.here ? ['<!here>'] : []), ...audience.mention.map(mention)];
  return parts.length > 0 ? `${parts.join(' ')} ` : '';
}

/** The posts one step makes, louder at each level: thread, channel, DMs, @here, escalation channel. */
export function buildReminderMessages(task: Task, team: TeamView | null, step: DueStep, now: Date): ReminderMessage[] {
  const zone = team?.timeZone ?? 'UTC';
  const pending = pendingSignOffs(task, team);
  const body = `${headline(task, step, zone, now)} ${status(task, pending.roles)}`;
  const owners = task.owner ? [task.owner] : [];
  const escalation = team?.escalation ?? { users: [], channel: null };
  const base = { taskId: task.id, stepId: step.stepId, deadlineVersion: task.deadlineVersion, loudness: step.loudness };
  const post = (audience: ReminderAudience, text = body): ReminderMessage => ({
    ...base,
    audience,
    text: `${lead(audience)}${text}`,
  });

  switch (step.loudness) {
    case 'thread':
      return [post({ channel: task.channel, thread: true, mention: [], here: false })];
    case 'channel':
      return [post({ channel: task.channel, mention: owners, here: false })];
    case 'dm': {
      const dms = [...pending.users].map(([user, roles]) =>
        post({ dm: user, mention: [], here: false }, `You can sign off as ${roles.map(escapeSlackText).join(' or ')}. ${body}`),
      );
      return [post({ channel: task.channel, mention: unique([...owners, ...pending.groups]), here: false }), ...dms];
    }
    case 'here':
      return [post({ channel: task.channel, mention: unique([...owners, ...escalation.users]), here: true })];
    case 'overdue': {
      const people = unique([...owners, ...escalation.users]);
      if (!escalation.channel || escalation.channel === task.channel) {
        return [post({ channel: task.channel, mention: people, here: true })];
      }
      return [
        post({ channel: escalation.channel, mention: people, here: false }),
        post({ channel: task.channel, thread: true, mention: [], here: false }),
      ];
    }
  }
}
