import { digestMessage } from '../domain/blocks/digest.ts';
import type { MessageContent } from '../domain/blocks/kit.ts';
import { digestScheduleOf, isoWeekOf, latestDigestAt } from '../domain/digest-schedule.ts';
import type { RuleSet } from '../domain/policy.ts';
import type { TaskState } from '../domain/task.ts';
import type { Clock, Logger, Store } from './ports.ts';

const WEEK_MS = 7 * 86_400_000;
const OPEN_STATES: readonly TaskState[] = ['open', 'acknowledged', 'scheduled', 'approved'];

export interface DigestDeps {
  store: Store;
  rules: Pick<RuleSet, 'teams'>;
  clock: Clock;
  log?: Logger;
}

/** One team's digest that is due: the scheduled instant it belongs to and its once-a-week key. */
export interface DueDigest {
  team: string;
  at: Date;
  /** ISO week of `at` on the team's calendar, `2025-W03`. */
  week: string;
  /** `digest:<team>:<ISO week>`: the outbox queues one message per key, so each week's digest goes out once. */
  dedupeKey: string;
}

export interface DigestTickResult {
  /** Queued now. */
  queued: string[];
  /** Already queued this week (another replica, or before a restart). */
  alreadySent: string[];
  failed: string[];
}

/**
 * The weekly digest per team: `render` for `/notices digest` on demand, `tick` for the scheduler
 * (every minute is fine: it only works when a team's instant has passed).
 */
export function makeDigest(deps: DigestDeps) {
  /** Teams whose digest of this week was handled by this process; the outbox key covers restarts. */
  const handled = new Map<string, Date>();

  async function render(teamId: string, now: Date, week?: string): Promise<MessageContent | null> {
    const team = deps.rules.teams[teamId];
    if (!team) return null;
    const since = new Date(now.getTime() - WEEK_MS);
    const [open, done] = await Promise.all([deps.store.tasks.list({ states: OPEN_STATES }), deps.store.tasks.list({ states: ['done'] })]);
    return digestMessage(
      {
        team,
        week: week ?? isoWeekOf(now, team.timeZone),
        open: open.filter((t) => t.team === teamId),
        done: done.filter((t) => t.team === teamId && t.updatedAt.getTime() > since.getTime() && t.updatedAt.getTime() <= now.getTime()),
        since,
      },
      now,
    );
  }

  /** Teams whose latest scheduled instant is at or before `now` and later than what `lastSent` says went out. */
  function dueDigests(now: Date, lastSent: ReadonlyMap<string, Date>): DueDigest[] {
    const due: DueDigest[] = [];
    for (const team of Object.values(deps.rules.teams)) {
      const schedule = digestScheduleOf(team);
      if (!schedule) continue;
      const at = latestDigestAt(schedule, team.timeZone, now);
      const last = lastSent.get(team.id);
      if (last && last.getTime() >= at.getTime()) continue;
      const week = isoWeekOf(at, team.timeZone);
      due.push({ team: team.id, at, week, dedupeKey: `digest:${team.id}:${week}` });
    }
    return due;
  }

  async function queue(digest: DueDigest, now: Date): Promise<boolean> {
    const team = deps.rules.teams[digest.team];
    const message = await render(digest.team, now, digest.week);
    if (!team || !message) return false;
    const args = { text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false };
    const created = await deps.store.transaction(async (tx) => {
      const [id] = await tx.outbox.enqueue([{ dedupeKey: digest.dedupeKey, method: 'chat.postMessage', channel: team.channel, args, taskId: null }], now);
      // A row already queued under this week's key comes back with its own, earlier, creation time.
      const row = id === undefined ? null : await tx.outbox.get(id);
      return row !== null && row.createdAt.getTime() === now.getTime();
    });
    return created;
  }

  async function tick(now: Date = deps.clock.now()): Promise<DigestTickResult> {
    const result: DigestTickResult = { queued: [], alreadySent: [], failed: [] };
    for (const digest of dueDigests(now, handled)) {
      try {
        const created = await queue(digest, now);
        (created ? result.queued : result.alreadySent).push(digest.team);
        handled.set(digest.team, digest.at);
        if (created) deps.log?.info({ team: digest.team, week: digest.week }, 'digest queued');
      } catch (err) {
        // Not marked handled: the next tick tries again.
        result.failed.push(digest.team);
        deps.log?.error({ err, team: digest.team }, 'digest failed');
      }
    }
    return result;
  }

  return { render, dueDigests, tick };
}

export type Digest = ReturnType<typeof makeDigest>;
