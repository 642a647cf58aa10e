// Replies in a task's thread: its history, told as it happens. Mentions are composed here from
// user ids the bot knows, never taken from notice text.
import type { DatedFact } from '../facts.ts';
import type { Loudness, Team } from '../policy.ts';
import { codeSpan, link, mentionGroup, mentionUser, mrkdwnText, singleLine, truncate } from '../slack-text.ts';
import { countdown, durationLabel, formatInstant, formatWhen, formatWindow } from './format.ts';
import { LIMITS, context, md, section, type Block, type MessageContent } from './kit.ts';

export type TaskEvent =
  | { kind: 'created'; subject: string }
  | { kind: 'owner-taken'; user: string; previous: string | null }
  | { kind: 'assigned'; by: string; user: string }
  | { kind: 'scheduled'; user: string; window: { start: Date; end: Date } }
  | { kind: 'signed'; user: string; role: string; intent: 'approve' | 'dismiss'; complete: boolean }
  | { kind: 'dismiss-requested'; user: string; reason: string }
  | { kind: 'snoozed'; user: string; until: Date; minutes: number }
  | { kind: 'done'; user: string }
  | { kind: 'deadline-moved'; from: DatedFact | null; to: DatedFact | null }
  | { kind: 'resources-added'; added: string[] }
  | { kind: 'notice-merged'; subject: string; url?: string | null }
  | { kind: 'reminder'; step: string; loudness: Loudness; deadline: DatedFact | null; audience: string[]; note?: string };

/** A mention for a configured id: users (`U…`/`W…`) and user groups (`S…`). */
function mention(id: string): string {
  return id.startsWith('S') ? mentionGroup(id) : mentionUser(id);
}

export function threadEvent(event: TaskEvent, team: Team, now: Date): MessageContent {
  const zone = team.timeZone;
  const text = describe(event, zone, now);
  const blocks: Block[] = [section(md(text, LIMITS.sectionText))];
  if (event.kind === 'reminder' && event.note) blocks.push(context(md(mrkdwnText(event.note))));
  return { text: text.slice(0, LIMITS.messageText), blocks };
}

function describe(event: TaskEvent, zone: string, now: Date): string {
  switch (event.kind) {
    case 'created':
      return `📬 Opened from ${quote(event.subject)}`;
    case 'owner-taken':
      return event.previous
        ? `🙋 ${mentionUser(event.user)} took over from ${mentionUser(event.previous)}`
        : `🙋 ${mentionUser(event.user)} took ownership`;
    case 'assigned':
      return `👉 ${mentionUser(event.by)} assigned this to ${mentionUser(event.user)}`;
    case 'scheduled':
      return `🗓️ ${mentionUser(event.user)} scheduled the work for ${formatWindow(event.window, zone)}`;
    case 'signed': {
      const what = event.intent === 'dismiss' ? 'the dismissal' : 'the plan';
      const tail = event.complete ? (event.intent === 'dismiss' ? ' All sign-offs are in: dismissed.' : ' All sign-offs are in: approved.') : '';
      return `✍️ ${mentionUser(event.user)} signed ${what} as ${mrkdwnText(event.role)}.${tail}`;
    }
    case 'dismiss-requested':
      return `🙅 ${mentionUser(event.user)} marked this not applicable: ${quote(event.reason)}\nIt needs the same sign-offs as a plan.`;
    case 'snoozed':
      return `😴 ${mentionUser(event.user)} snoozed reminders for ${durationLabel(event.minutes)}, until ${formatInstant(event.until, zone)}`;
    case 'done':
      return `✅ ${mentionUser(event.user)} marked this done`;
    case 'deadline-moved':
      return `⏰ The provider moved the deadline: ${when(event.from, zone)} → ${when(event.to, zone)}`;
    case 'resources-added': {
      const shown = event.added.slice(0, 10).map(codeSpan).join(' ');
      const more = event.added.length > 10 ? ` and ${event.added.length - 10} more` : '';
      return `➕ A later notice added ${event.added.length} resource${event.added.length === 1 ? '' : 's'}: ${shown}${more}`;
    }
    case 'notice-merged': {
      const source = event.url ? link(event.url, 'source') : null;
      return `🔁 The provider sent this again: ${quote(event.subject)}${source ? ` (${source})` : ''}`;
    }
    case 'reminder':
      return reminderText(event, zone, now);
  }
}

function reminderText(event: Extract<TaskEvent, { kind: 'reminder' }>, zone: string, now: Date): string {
  const due = event.deadline ? `${formatWhen(event.deadline, zone)}, ${countdown(event.deadline, zone, now)}` : 'no deadline';
  const icon = event.loudness === 'overdue' ? '🚨' : event.loudness === 'here' ? '📣' : '⏰';
  // `<!here>` is composed only for the step whose loudness is `here`; notice text never reaches it.
  const here = event.loudness === 'here' || event.loudness === 'overdue' ? '<!here> ' : '';
  const audience = event.audience.map(mention).join(' ');
  const lead = event.loudness === 'overdue' ? 'Overdue' : 'Reminder';
  return `${icon} ${here}${audience ? `${audience} ` : ''}*${lead}* (${mrkdwnText(event.step)}): due ${due}`;
}

function when(fact: DatedFact | null, zone: string): string {
  return fact ? formatWhen(fact, zone) : 'none';
}

function quote(text: string): string {
  return `“${truncate(mrkdwnText(singleLine(text)), 300)}”`;
}
