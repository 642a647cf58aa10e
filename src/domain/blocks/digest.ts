// The weekly digest of one team: overdue first, open tasks by urgency, who has sign-offs waiting,
// and what got done. It must fit one message: at most 50 blocks and 3000 characters a section, so
// each part packs its lines into as few sections as it needs and ends with "…and N more" when the
// budget runs out.
import type { Team } from '../policy.ts';
import { dismissalPending, signIntent } from '../signoff.ts';
import { mentionGroup, mentionUser, mrkdwnText, singleLine, truncate } from '../slack-text.ts';
import type { Task } from '../task.ts';
import { formatInstant, urgencyOf, type Urgency } from './format.ts';
import { LIMITS, context, md, plain, section, type Block, type MessageContent } from './kit.ts';
import { pendingRoles } from './task-post.ts';
import { taskLine } from './task-list.ts';

export interface DigestContent {
  team: Team;
  /** `2025-W03`: the week the digest is for. */
  week: string;
  /** The team's tasks that are neither done nor dismissed. */
  open: Task[];
  /** The team's tasks done since `since`. */
  done: Task[];
  since: Date;
}

/** Room kept in each section for the "…and N more" line. */
const MORE_ROOM = 40;
const TEXT_BUDGET = LIMITS.sectionText - MORE_ROOM;
/** Header, summary and footer. */
const FIXED_BLOCKS = 3;
const TASKS_PER_PERSON = 8;

const OPEN_GROUPS: { urgency: Urgency; heading: string }[] = [
  { urgency: 'overdue', heading: '🚨 Overdue' },
  { urgency: 'critical', heading: '🔴 Due within 3 days' },
  { urgency: 'soon', heading: '🟠 Due within 2 weeks' },
  { urgency: 'upcoming', heading: '🟡 Due within 30 days' },
  { urgency: 'later', heading: '🟢 Due later' },
  { urgency: 'none', heading: '🔵 No deadline' },
];

/** An array, or lines rendered only when asked for: formatting a line costs time-zone look-ups, and most are never shown. */
export interface Lines {
  readonly length: number;
  at(index: number): string | undefined;
}

interface Part {
  heading: string;
  lines: Lines;
}

const lazy = <T>(items: readonly T[], render: (item: T) => string): Lines => ({
  length: items.length,
  at: (i) => {
    const item = items[i];
    return item === undefined ? undefined : render(item);
  },
});

const byDeadline = (a: Task, b: Task): number =>
  (a.deadline?.at.getTime() ?? Number.POSITIVE_INFINITY) - (b.deadline?.at.getTime() ?? Number.POSITIVE_INFINITY) || a.id - b.id;

const mention = (id: string): string => (id.startsWith('S') ? mentionGroup(id) : mentionUser(id));
const ref = (task: Task): string => `*${task.id}* ${truncate(mrkdwnText(singleLine(task.title)), 80)}`;

/** Person (or user group) → the tasks and roles they could sign now, most loaded first. */
export function signOffsByPerson(tasks: readonly Task[], team: Pick<Team, 'roles'>): { who: string; waiting: { task: Task; role: string }[] }[] {
  const people = new Map<string, { task: Task; role: string }[]>();
  for (const task of [...tasks].sort(byDeadline)) {
    if (signIntent(task) === null) continue;
    const signed = new Set(task.signOffs.map((s) => s.user));
    for (const role of pendingRoles(task)) {
      for (const who of team.roles[role] ?? []) {
        if (signed.has(who)) continue;
        const list = people.get(who) ?? [];
        if (!list.some((w) => w.task.id === task.id)) list.push({ task, role });
        people.set(who, list);
      }
    }
  }
  return [...people.entries()]
    .map(([who, waiting]) => ({ who, waiting }))
    .sort((a, b) => b.waiting.length - a.waiting.length || a.who.localeCompare(b.who));
}

function signOffLine(who: string, waiting: { task: Task; role: string }[]): string {
  const shown = waiting.slice(0, TASKS_PER_PERSON).map(({ task, role }) => {
    const what = dismissalPending(task) ? 'dismissal' : 'plan';
    return `${ref(task)} (${mrkdwnText(role)}, ${what})`;
  });
  const more = waiting.length > TASKS_PER_PERSON ? ` and ${waiting.length - TASKS_PER_PERSON} more` : '';
  return `${mention(who)}: ${shown.join(' · ')}${more}`;
}

/** Lines into sections of at most TEXT_BUDGET characters, at most `maxSections`; what does not fit is counted. */
export function packLines(heading: string, lines: Lines, maxSections: number): string[] {
  const chunks: string[] = [];
  let current = `*${heading}*`;
  let shown = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = truncate(lines.at(i) ?? '', TEXT_BUDGET);
    const joined = `${current}\n${line}`;
    if (joined.length <= TEXT_BUDGET) {
      current = joined;
      shown += 1;
      continue;
    }
    chunks.push(current);
    current = '';
    if (chunks.length >= maxSections) break;
    current = line;
    shown += 1;
  }
  if (current !== '') chunks.push(current);
  const rest = lines.length - shown;
  if (rest > 0) chunks[chunks.length - 1] += `\n…and ${rest} more`;
  return chunks;
}

function parts(content: DigestContent, urgency: ReadonlyMap<Task, Urgency>, now: Date): Part[] {
  const zone = content.team.timeZone;
  const out: Part[] = [];
  for (const group of OPEN_GROUPS) {
    const tasks = content.open.filter((t) => urgency.get(t) === group.urgency).sort(byDeadline);
    if (tasks.length > 0) out.push({ heading: `${group.heading} (${tasks.length})`, lines: lazy(tasks, (t) => taskLine(t, content.team, now)) });
  }
  const waiting = signOffsByPerson(content.open, content.team);
  if (waiting.length > 0) out.push({ heading: '✍️ Waiting for sign-off', lines: lazy(waiting, (w) => signOffLine(w.who, w.waiting)) });
  const done = [...content.done].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
  if (done.length > 0) {
    out.push({ heading: `✅ Done this week (${done.length})`, lines: lazy(done, (t) => `${ref(t)} · ${formatInstant(t.updatedAt, zone)}`) });
  }
  return out;
}

export function digestMessage(content: DigestContent, now: Date): MessageContent {
  const zone = content.team.timeZone;
  const urgency = new Map(content.open.map((t) => [t, urgencyOf(t, zone, now)] as const));
  const overdue = content.open.filter((t) => urgency.get(t) === 'overdue').length;
  const signing = content.open.filter((t) => signIntent(t) !== null).length;
  const summary = `${content.open.length} open · ${overdue} overdue · ${signing} waiting for sign-off · ${content.done.length} done this week`;
  const text = `Weekly digest for ${mrkdwnText(content.team.id)} (${content.week}): ${summary}`;

  const all = parts(content, urgency, now);
  const blocks: Block[] = [
    { type: 'header', text: plain(`Weekly digest · ${content.team.id}`, LIMITS.headerText) },
    context(md(`${content.week} · ${summary}`)),
  ];
  if (all.length === 0) blocks.push(section(md('Nothing open, nothing done this week. 🎉')));
  let budget = LIMITS.messageBlocks - FIXED_BLOCKS;
  all.forEach((part, i) => {
    // Every later part keeps at least one section.
    const allowed = Math.max(1, budget - (all.length - i - 1));
    const chunks = packLines(part.heading, part.lines, allowed);
    blocks.push(...chunks.map((c) => section(md(c))));
    budget -= chunks.length;
  });
  blocks.push(context(md(`${formatInstant(now, zone)} · \`/notices list\` for every task, \`/notices show ID\` for one`)));
  return { text, blocks };
}
