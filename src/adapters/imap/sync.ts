import type { ImapFlow, MailboxObject, SearchObject } from 'imapflow';
import type { Clock, CursorStore, Logger, NoticeSink } from '../../app/ports.ts';
import { syncGroup } from './batch.ts';
import type { MailboxConfig, ParseEmail } from './config.ts';
import { readUidCursor, writeUidCursor, type UidCursor } from './cursor.ts';

export interface SyncContext {
  sourceId: string;
  mailbox: MailboxConfig;
  sink: NoticeSink;
  cursors: CursorStore;
  parse: ParseEmail;
  log: Logger;
  clock: Clock;
  /** UIDs handled per round (one size fetch, one body fetch, one STORE). */
  batchSize: number;
  /** Bodies held in memory at once, at most; a single message up to the size cap always fits. */
  batchBytes: number;
}

/** `all`: every unprocessed message (at start: nothing is lost if the process died before marking). `new`: above the cursor. */
export type SyncScope = 'all' | 'new';

export interface SyncResult {
  delivered: number;
  placeholders: number;
}

/** How this mailbox remembers what was processed, given what the server allows. */
export type Marking = { kind: 'flag'; flag: string } | { kind: 'move'; to: string } | { kind: 'cursor-only' };

export function marking(config: MailboxConfig, box: MailboxObject): Marking {
  if ('moveTo' in config.processed) return { kind: 'move', to: config.processed.moveTo };
  const flag = config.processed.flag;
  const permanent = box.permanentFlags;
  // No PERMANENTFLAGS means any flag can be stored; `\*` means new keywords can be created.
  const storable = !permanent || permanent.has('\\*') || permanent.has(flag);
  return storable && !box.readOnly ? { kind: 'flag', flag } : { kind: 'cursor-only' };
}

function searchFor(mark: Marking, scope: SyncScope, after: number): SearchObject {
  const above = `${after + 1}:*`;
  if (mark.kind === 'flag') return scope === 'all' ? { unKeyword: mark.flag } : { unKeyword: mark.flag, uid: above };
  if (mark.kind === 'move') return scope === 'all' ? { all: true } : { uid: above };
  return { uid: above };
}

/**
 * One pass over the mailbox under its lock: find what is unprocessed, deliver each message to the
 * sink, and only once the sink has committed it, mark it processed and move the cursor past it.
 */
export async function syncMailbox(client: ImapFlow, ctx: SyncContext, scope: SyncScope): Promise<SyncResult> {
  const lock = await client.getMailboxLock(ctx.mailbox.mailbox);
  try {
    const box = client.mailbox;
    if (!box) throw new Error(`mailbox ${ctx.mailbox.mailbox} is not open`);
    const uidValidity = box.uidValidity.toString();
    let cursor = await readUidCursor(ctx.cursors, ctx.sourceId);
    let effectiveScope = scope;
    if (cursor && cursor.uidValidity !== uidValidity) {
      ctx.log.warn(
        { source: ctx.sourceId, was: cursor.uidValidity, now: uidValidity },
        'mailbox UIDVALIDITY changed; rescanning',
      );
      cursor = null;
      effectiveScope = 'all';
    }
    const current: UidCursor = cursor ?? { uidValidity, uid: 0 };
    const mark = marking(ctx.mailbox, box);
    const query = searchFor(mark, effectiveScope, current.uid);
    const found = await client.search(query, { uid: true });
    // `n:*` always matches the highest UID, even below n: keep only what is really new.
    const uids = (found || []).filter((uid) => effectiveScope === 'all' || uid > current.uid).sort((a, b) => a - b);
    const result: SyncResult = { delivered: 0, placeholders: 0 };
    if (uids.length === 0) {
      if (!cursor) await writeUidCursor(ctx.cursors, ctx.sourceId, current);
      return result;
    }
    for (const group of await plan(client, ctx, query, uids)) {
      await syncGroup(client, ctx, mark, current, group, result);
    }
    if (!cursor) await writeUidCursor(ctx.cursors, ctx.sourceId, current);
    return result;
  } finally {
    lock.release();
  }
}

/**
 * Groups of UIDs in order, each small enough to hold in memory. Sizes come from SEARCH LARGER, which
 * costs the server one query, rather than from fetching every message's size: messages over the cap
 * are not downloaded; "bulky" ones (over batchBytes / batchSize) count as a whole cap each.
 */
async function plan(
  client: ImapFlow,
  ctx: SyncContext,
  query: SearchObject,
  uids: number[],
): Promise<{ uids: number[]; tooLarge: Set<number> }[]> {
  const cap = ctx.mailbox.maxMessageBytes;
  const smallLimit = Math.floor(ctx.batchBytes / ctx.batchSize);
  const larger = async (bytes: number): Promise<Set<number>> => new Set((await client.search({ ...query, larger: bytes }, { uid: true })) || []);
  const tooLarge = await larger(cap);
  const bulky = cap > smallLimit ? await larger(smallLimit) : new Set<number>();
  const groups: { uids: number[]; tooLarge: Set<number> }[] = [];
  let current: number[] = [];
  let budget = 0;
  for (const uid of uids) {
    const cost = tooLarge.has(uid) ? 0 : bulky.has(uid) ? cap : smallLimit;
    if (current.length > 0 && (current.length >= ctx.batchSize || budget + cost > ctx.batchBytes)) {
      groups.push({ uids: current, tooLarge: new Set(current.filter((u) => tooLarge.has(u))) });
      current = [];
      budget = 0;
    }
    current.push(uid);
    budget += cost;
  }
  if (current.length > 0) groups.push({ uids: current, tooLarge: new Set(current.filter((u) => tooLarge.has(u))) });
  return groups;
}
