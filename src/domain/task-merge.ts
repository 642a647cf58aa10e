import type { DatedFact, Extraction, NoticeKind } from './facts.ts';
import type { Notice } from './notice.ts';
import type { Routing } from './policy.ts';
import type { NewTask, Task } from './task.ts';
import { normaliseResource, sharedResources } from './fingerprint.ts';
import { taskTitle } from './task-title.ts';

/** What one notice says about an obligation, after rules have had their say. */
export interface NoticeFacts {
  provider: string | null;
  service: string | null;
  kind: NoticeKind;
  deadline: DatedFact | null;
  resources: string[];
  regions: string[];
  accounts: string[];
  receivedAt: Date;
}

const PRECISION_RANK: Record<DatedFact['precision'], number> = { day: 0, minute: 1, second: 2 };

const CLOSED: ReadonlySet<Task['state']> = new Set(['done', 'dismissed']);

export const isClosed = (task: Pick<Task, 'state'>): boolean => CLOSED.has(task.state);

export function noticeFacts(notice: Notice, extraction: Extraction, routing: Routing): NoticeFacts {
  return {
    provider: extraction.provider,
    service: routing.service ?? extraction.service,
    kind: routing.kind ?? extraction.kind,
    deadline: extraction.deadline,
    resources: extraction.resources,
    regions: extraction.regions,
    accounts: extraction.accounts,
    receivedAt: notice.receivedAt,
  };
}

export function newTask(input: {
  notice: Notice;
  facts: NoticeFacts;
  routing: Routing;
  fingerprint: string;
  at: Date;
}): NewTask {
  const { notice, facts, routing, at } = input;
  return {
    fingerprint: input.fingerprint,
    title: taskTitle(notice.subject, facts),
    provider: facts.provider,
    service: facts.service,
    kind: facts.kind,
    state: 'open',
    deadline: facts.deadline,
    resources: union([], facts.resources),
    regions: union([], facts.regions),
    accounts: union([], facts.accounts),
    team: routing.team,
    channel: routing.channel,
    ruleId: routing.ruleId,
    ladder: routing.ladder,
    leadTimeMinutes: routing.leadTimeMinutes,
    requiredRoles: [...new Set(routing.requiredRoles)],
    owner: null,
    window: null,
    dismissReason: null,
    snoozedUntil: null,
    noticeCount: 1,
    createdAt: at,
    updatedAt: at,
    deadlineVersion: 1,
    notes: null,
    slackPost: null,
    nextReminderAt: at,
    lastNoticeAt: facts.receivedAt,
  };
}

/**
 * Whether `next` states a different deadline than `current`. Restating the same day with less
 * precision (a day where we know the minute) is not a move; filling in a time of day is.
 */
export function deadlineMoved(current: DatedFact | null, next: DatedFact | null): boolean {
  if (next === null) return false;
  if (current === null) return true;
  if (current.at.getTime() === next.at.getTime()) return PRECISION_RANK[next.precision] > PRECISION_RANK[current.precision];
  const sameDay = current.at.toISOString().slice(0, 10) === next.at.toISOString().slice(0, 10);
  return !(sameDay && next.precision === 'day');
}

export interface MergeResult {
  task: Task;
  /** Fields the notice changed, for the audit trail. */
  changed: (keyof Task)[];
  deadlineChange: { previous: DatedFact | null; next: DatedFact } | null;
  /** The planned window no longer ends before the (moved) deadline minus the lead time. */
  windowConflict: boolean;
}

/**
 * Folds a later notice into its task. The notice may move the deadline (unless it is older than a
 * notice already merged) and add resources, regions and accounts; it never touches what people
 * entered: owner, window, sign-offs, notes, state.
 */
export function mergeNotice(task: Task, facts: NoticeFacts, at: Date): MergeResult {
  const next: Task = { ...task, updatedAt: at, noticeCount: task.noticeCount + 1 };
  const changed: (keyof Task)[] = [];
  const set = <K extends keyof Task>(key: K, value: Task[K]): void => {
    next[key] = value;
    changed.push(key);
  };
  if (next.provider === null && facts.provider !== null) set('provider', facts.provider);
  if (next.service === null && facts.service !== null) set('service', facts.service);
  for (const key of ['resources', 'regions', 'accounts'] as const) {
    const merged = union(task[key], facts[key]);
    if (merged.length !== task[key].length) set(key, merged);
  }
  const stale = facts.receivedAt.getTime() < task.lastNoticeAt.getTime();
  if (!stale) next.lastNoticeAt = facts.receivedAt;
  let deadlineChange: MergeResult['deadlineChange'] = null;
  const fillOnly = stale && task.deadline !== null;
  if (!fillOnly && facts.deadline && deadlineMoved(task.deadline, facts.deadline)) {
    deadlineChange = { previous: task.deadline, next: facts.deadline };
    set('deadline', facts.deadline);
    set('deadlineVersion', task.deadlineVersion + 1);
    set('deadlineSetAt', at);
    set('nextReminderAt', at);
  }
  return { task: next, changed, deadlineChange, windowConflict: windowConflicts(next) };
}

/** The latest instant a planned window may end: the deadline minus the lead time. */
export function latestWindowEnd(task: Pick<Task, 'deadline' | 'leadTimeMinutes'>): Date | null {
  if (!task.deadline) return null;
  return new Date(task.deadline.at.getTime() - task.leadTimeMinutes * 60_000);
}

export function windowConflicts(task: Pick<Task, 'deadline' | 'leadTimeMinutes' | 'window'>): boolean {
  const latest = latestWindowEnd(task);
  return task.window !== null && latest !== null && task.window.end.getTime() > latest.getTime();
}

/**
 * Among open tasks of the same provider and kind, the one a follow-up notice belongs to: it shares
 * resources, the service agrees (or one side does not know it), and its deadline had not already
 * passed when the notice was sent (then the notice is about a new occurrence, not a move).
 */
export function pickMergeTarget(candidates: readonly Task[], facts: NoticeFacts): Task | null {
  let best: { task: Task; shared: number } | null = null;
  for (const task of candidates) {
    if (isClosed(task) || task.provider !== facts.provider || task.kind !== facts.kind) continue;
    if (task.service !== null && facts.service !== null && task.service.toLowerCase() !== facts.service.toLowerCase()) continue;
    if (task.deadline && task.deadline.at.getTime() < facts.receivedAt.getTime()) continue;
    const shared = sharedResources(task.resources, facts.resources);
    if (shared === 0) continue;
    if (!best || shared > best.shared || (shared === best.shared && task.id < best.task.id)) best = { task, shared };
  }
  return best?.task ?? null;
}

/** `base` plus what `more` adds, in order, compared in normalised form; the first spelling wins. */
function union(base: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(base.map(normaliseResource));
  const out = [...base];
  for (const item of more) {
    const key = normaliseResource(item);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}
