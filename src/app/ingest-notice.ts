import type { Extraction } from '../domain/facts.ts';
import type { Notice } from '../domain/notice.ts';
import type { Routing } from '../domain/policy.ts';
import { contentHash, fingerprint, sourceKey } from '../domain/fingerprint.ts';
import { noticeFacts } from '../domain/task-merge.ts';
import type { Clock, IngestResult, Logger, NewNotice, NoticeHook, NoticeSink, Repositories, Store, TaskChangeHook } from './ports.ts';
import { attachToTask, createTask, findTask, type Placement } from './ingest-task.ts';
import { groupCommit } from './group-commit.ts';

/** Characters of notice text kept in the database; the raw size is recorded either way. */
export const NOTICE_TEXT_LIMIT = 65_536;

export interface IngestDeps {
  store: Store;
  extract: (notice: Notice) => Extraction;
  route: (notice: Notice, extraction: Extraction) => Routing;
  clock: Clock;
  log: Logger;
  textLimit?: number;
  onTaskChange?: TaskChangeHook;
  /** Told of each FYI or ignored notice as it is recorded. */
  onUntracked?: NoticeHook;
}

/** Cuts text to `limit` UTF-16 units without splitting a surrogate pair. */
export function capText(text: string, limit: number): { text: string; truncated: boolean } {
  if (text.length <= limit) return { text, truncated: false };
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return { text: text.slice(0, end), truncated: true };
}

/** An empty reading that still keeps what a structured source already knew. */
function fallbackExtraction(notice: Notice): Extraction {
  return {
    provider: notice.hints?.provider ?? null,
    service: notice.hints?.service ?? null,
    kind: notice.hints?.kind ?? 'informational',
    actionRequired: false,
    deadline: null,
    dates: [],
    resources: notice.hints?.resources ?? [],
    regions: notice.hints?.regions ?? [],
    accounts: notice.hints?.accounts ?? [],
  };
}

/**
 * The ingest use case: extract → route → record the notice and find, merge or create its task, all
 * in one transaction. Ignored and FYI notices are recorded without a task. A notice seen before (same
 * source reference, or same Message-ID and content) is a duplicate and changes nothing. Notices
 * ingested while a transaction runs share the next one (see group-commit.ts).
 */
export function makeIngestNotice(deps: IngestDeps): NoticeSink {
  const limit = deps.textLimit ?? NOTICE_TEXT_LIMIT;
  const commit = groupCommit(deps.store, (tx, p: Placement) => record(tx, p, deps));
  const extract = (notice: Notice): Extraction => {
    try {
      return deps.extract(notice);
    } catch (err) {
      // Extraction is meant to be total; if it is not, the notice is still kept and routed.
      deps.log.error({ err, subject: notice.subject }, 'extraction failed');
      return fallbackExtraction(notice);
    }
  };

  return {
    async ingest(notice) {
      const extraction = extract(notice);
      const routing = deps.route(notice, extraction);
      const at = deps.clock.now();
      const facts = noticeFacts(notice, extraction, routing);
      const key = { ...facts, eventId: notice.eventId, title: notice.subject };
      const fp = routing.disposition === 'track' ? fingerprint(key) : null;
      const { text, truncated } = capText(notice.text, limit);
      const draft: NewNotice = {
        sourceKey: sourceKey(notice),
        source: notice.source,
        messageId: notice.messageId ?? null,
        eventId: notice.eventId ?? null,
        fingerprint: fp,
        contentHash: contentHash(notice),
        from: notice.from,
        fromName: notice.fromName ?? null,
        subject: notice.subject,
        url: notice.url ?? null,
        receivedAt: notice.receivedAt,
        text,
        textTruncated: truncated,
        rawSize: notice.rawSize,
        extraction,
        ruleId: routing.ruleId,
        disposition: routing.disposition,
        taskId: null,
        ingestedAt: at,
      };
      const placement: Placement = { notice, draft, facts, routing, fingerprint: fp, at };
      const result = await commit(placement);
      deps.log.info({ ...result, source: draft.sourceKey, rule: routing.ruleId }, 'notice ingested');
      return result;
    },
  };
}

async function record(tx: Repositories, p: Placement, hooks: Pick<IngestDeps, 'onTaskChange' | 'onUntracked'>): Promise<IngestResult> {
  const { sourceKey, messageId, from, contentHash } = p.draft;
  const earlier = await tx.notices.findSeen({ sourceKey, messageId, from });
  const seen = earlier.find((n) => n.sourceKey === sourceKey);
  if (seen) return { outcome: 'duplicate', noticeId: seen.id, taskId: seen.taskId };
  const same = earlier.find((n) => n.contentHash === contentHash);
  if (same) {
    // The same message reached us another way (mailbox and file, two feeds): note where, change nothing.
    const copy = { ...p.draft, disposition: same.disposition, ruleId: same.ruleId, fingerprint: same.fingerprint, taskId: same.taskId };
    const saved = await tx.notices.insert(copy);
    return { outcome: 'duplicate', noticeId: saved.id, taskId: same.taskId };
  }
  // Same id, new content: the source updated the item in place, so it belongs to the same task.
  const messageTask = earlier.findLast((n) => n.taskId !== null)?.taskId ?? null;

  if (p.routing.disposition !== 'track' || p.fingerprint === null) {
    const saved = await tx.notices.insert(p.draft);
    await hooks.onUntracked?.(tx, saved, p.routing);
    return { outcome: p.routing.disposition === 'fyi' ? 'fyi' : 'ignored', noticeId: saved.id, taskId: null };
  }

  const found = await findTask(tx, p, p.fingerprint, messageTask);
  return found ? attachToTask(tx, p, found, hooks.onTaskChange) : createTask(tx, p, p.fingerprint, hooks.onTaskChange);
}
