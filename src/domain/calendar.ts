import type { DatedFact } from './facts.ts';
import type { Ladder } from './policy.ts';
import type { Task } from './task.ts';

/** What the calendar needs of a task: deadline, planned window, and how often the deadline moved. */
export interface CalendarTask {
  id: number;
  title: string;
  team: string;
  state: string;
  deadline: DatedFact | null;
  window: { start: Date; end: Date } | null;
  /** Raised each time the deadline moves: becomes SEQUENCE so calendar apps update the event. */
  deadlineVersion: number;
  updatedAt: Date;
  /** Ladder steps before the deadline, in minutes (positive numbers), become alarms. */
  alarmsMinutesBefore: number[];
  description?: string;
}

const CRLF = '\r\n';

/** RFC 5545 §3.3.11 text escaping. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const day = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');

function duration(minutes: number): string {
  if (minutes === 0) return 'PT0S';
  const days = Math.floor(minutes / 1440);
  const rest = minutes % 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest % 60;
  const time = hours || mins ? `T${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}` : '';
  return `-P${days ? `${days}D` : ''}${time}`;
}

function alarms(task: CalendarTask): string[] {
  return [...new Set(task.alarmsMinutesBefore.filter((m) => m >= 0))]
    .sort((a, b) => b - a)
    .flatMap((m) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(`${task.title}: deadline ${m === 0 ? 'now' : 'approaching'}`)}`,
      `TRIGGER:${duration(m)}`,
      'END:VALARM',
    ]);
}

function deadlineEvent(task: CalendarTask, deadline: DatedFact, now: Date, domain: string): string[] {
  const start = deadline.precision === 'day' ? `DTSTART;VALUE=DATE:${day(deadline.at)}` : `DTSTART:${utc(deadline.at)}`;
  const end =
    deadline.precision === 'day'
      ? `DTEND;VALUE=DATE:${day(new Date(deadline.at.getTime() + 86_400_000))}`
      : `DTEND:${utc(new Date(deadline.at.getTime() + 30 * 60_000))}`;
  return [
    'BEGIN:VEVENT',
    `UID:task-${task.id}-deadline@${domain}`,
    `DTSTAMP:${utc(now)}`,
    `LAST-MODIFIED:${utc(task.updatedAt)}`,
    `SEQUENCE:${task.deadlineVersion}`,
    start,
    end,
    `SUMMARY:${text(`Deadline: ${task.title}`)}`,
    `DESCRIPTION:${text(task.description ?? `Task #${task.id} (${task.state}), team ${task.team}`)}`,
    `CATEGORIES:${text(task.team)}`,
    'TRANSP:TRANSPARENT',
    ...alarms(task),
    'END:VEVENT',
  ];
}

function windowEvent(task: CalendarTask, window: { start: Date; end: Date }, now: Date, domain: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:task-${task.id}-window@${domain}`,
    `DTSTAMP:${utc(now)}`,
    `LAST-MODIFIED:${utc(task.updatedAt)}`,
    `SEQUENCE:${task.deadlineVersion}`,
    `DTSTART:${utc(window.start)}`,
    `DTEND:${utc(window.end)}`,
    `SUMMARY:${text(`Maintenance window: ${task.title}`)}`,
    `DESCRIPTION:${text(`Planned window for task #${task.id}, team ${task.team}`)}`,
    `CATEGORIES:${text(task.team)}`,
    'END:VEVENT',
  ];
}

/** Every open deadline and scheduled window as one iCalendar document, with stable UIDs. */
export function renderCalendar(tasks: CalendarTask[], opts: { now: Date; name?: string; domain?: string }): string {
  const domain = opts.domain ?? 'noticeboard';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//noticeboard//deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(opts.name ?? 'noticeboard deadlines')}`,
  ];
  for (const task of tasks) {
    if (task.deadline) lines.push(...deadlineEvent(task, task.deadline, opts.now, domain));
    if (task.window) lines.push(...windowEvent(task, task.window, opts.now, domain));
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

/** Ladder steps at or before the deadline, as minutes before it: the calendar's alarms. */
export function alarmsBefore(ladder: Pick<Ladder, 'steps'> | undefined): number[] {
  return (ladder?.steps ?? []).filter((s) => s.offsetMinutes <= 0).map((s) => -s.offsetMinutes);
}

/** A task as the calendar shows it, alarmed at its ladder's steps. */
export function calendarTask(task: Task, ladder: Pick<Ladder, 'steps'> | undefined): CalendarTask {
  const lines = [`Task #${task.id} (${task.state}), team ${task.team}`];
  if (task.deadline) lines.push(`Deadline as stated: ${task.deadline.text}`);
  if (task.resources.length > 0) lines.push(`Resources: ${task.resources.slice(0, 20).join(', ')}${task.resources.length > 20 ? ', …' : ''}`);
  if (task.sourceUrl) lines.push(`Source: ${task.sourceUrl}`);
  return {
    id: task.id,
    title: task.title,
    team: task.team,
    state: task.state,
    deadline: task.deadline,
    window: task.window,
    deadlineVersion: task.deadlineVersion,
    updatedAt: task.updatedAt,
    alarmsMinutesBefore: alarmsBefore(ladder),
    description: lines.join('\n'),
  };
}
