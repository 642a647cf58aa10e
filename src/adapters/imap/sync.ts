import type { FetchMessageObject, ImapFlow, MailboxObject, SearchObject } from 'imapflow';
import type { Clock, CursorStore, Logger, NoticeSink } from '../../app/ports.ts';
import { describeSourceError } from '../../app/source-health.ts';
import type { Notice, SourceRef } from '../../domain/notice.ts';
import { tooLargeKeyword, unreadableKeyword, type MailboxConfig, type ParseEmail } from './config.ts';
import { readUidCursor, writeUidCursor, type UidCursor } from './cursor.ts';
import { placeholderNotice } from './placeholder.ts';

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

/** A notice ready for the sink, with the keyword that says why it is a placeholder, if it is one. */
interface Delivery {
  uid: number;
  notice: Notice;
  placeholder: boolean;
  keyword?: string;
}

/** How this mailbox remembers what was processed, given what the server allows. */
type Marking = { kind: 'flag'; flag: string } | { kind: 'move'; to: string } | { kind: 'cursor-only' };

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
    const found = await client.search(searchFor(mark, effectiveScope, current.uid), { uid: true });
    // `n:*` always matches the highest UID, even below n: keep only what is really new.
    const uids = (found || []).filter((uid) => effectiveScope === 'all' || uid > current.uid).sort((a, b) => a - b);
    const result: SyncResult = { delivered: 0, placeholders: 0 };
    for (let i = 0; i < uids.length; i += ctx.batchSize) {
      await syncBatch(client, ctx, mark, current, uids.slice(i, i + ctx.batchSize), result);
    }
    if (!cursor) await writeUidCursor(ctx.cursors, ctx.sourceId, current);
    return result;
  } finally {
    lock.release();
  }
}

async function syncBatch(
  client: ImapFlow,
  ctx: SyncContext,
  mark: Marking,
  cursor: UidCursor,
  uids: number[],
  result: SyncResult,
): Promise<void> {
  const sized = await client.fetchAll(uids, { uid: true, size: true }, { uid: true });
  const cap = ctx.mailbox.maxMessageBytes;
  const readable = sized.filter((m) => (m.size ?? 0) <= cap).map((m) => m.uid);
  const tooLarge = sized.filter((m) => (m.size ?? 0) > cap);
  for (const message of tooLarge) {
    ctx.log.warn({ source: ctx.sourceId, uid: message.uid, size: message.size, limit: cap }, 'message too large; not read');
  }

  // Bodies in memory are bounded by batchBytes; one oversized-for-the-batch message still goes alone.
  const sizeOf = new Map(sized.map((m) => [m.uid, m.size ?? 0]));
  const groups: number[][] = [];
  let group: number[] = [];
  let bytes = 0;
  for (const uid of readable) {
    const size = sizeOf.get(uid) ?? 0;
    if (group.length > 0 && bytes + size > ctx.batchBytes) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(uid);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);

  const ref = (uid: number): SourceRef => ({ kind: 'imap', mailbox: ctx.mailbox.id, uidValidity: cursor.uidValidity, uid });
  for (const part of groups) {
    const messages = await client.fetchAll(part, { uid: true, source: true }, { uid: true });
    const notices: Delivery[] = [];
    const unreadable: { uid: number; reason: string }[] = [];
    for (const message of messages.sort((a, b) => a.uid - b.uid)) {
      try {
        if (!message.source) throw new Error('the server returned no message body');
        notices.push({ uid: message.uid, notice: await ctx.parse(message.source, ref(message.uid)), placeholder: false });
      } catch (err) {
        ctx.log.error({ source: ctx.sourceId, uid: message.uid, err }, 'message could not be read');
        unreadable.push({ uid: message.uid, reason: `it could not be read (${describeSourceError(err)})` });
      }
    }
    if (unreadable.length > 0) {
      const keyword = mark.kind === 'flag' ? unreadableKeyword(mark.flag) : undefined;
      notices.push(...(await placeholders(client, ctx, unreadable, ref, keyword)));
    }
    await deliver(client, ctx, mark, cursor, notices, result);
  }
  if (tooLarge.length > 0) {
    const reason = (m: FetchMessageObject) => ({
      uid: m.uid,
      reason: `it is ${m.size} bytes, larger than the ${cap}-byte limit for mailbox ${ctx.mailbox.id}`,
    });
    const keyword = mark.kind === 'flag' ? tooLargeKeyword(mark.flag) : undefined;
    await deliver(client, ctx, mark, cursor, await placeholders(client, ctx, tooLarge.map(reason), ref, keyword), result);
  }
  const last = uids.at(-1);
  if (last !== undefined && last > cursor.uid) {
    cursor.uid = last;
    await writeUidCursor(ctx.cursors, ctx.sourceId, cursor);
  }
}

async function placeholders(
  client: ImapFlow,
  ctx: SyncContext,
  items: { uid: number; reason: string }[],
  ref: (uid: number) => SourceRef,
  keyword: string | undefined,
): Promise<Delivery[]> {
  const reasons = new Map(items.map((i) => [i.uid, i.reason]));
  const fetched = await client.fetchAll(
    items.map((i) => i.uid),
    { uid: true, size: true, envelope: true, internalDate: true },
    { uid: true },
  );
  return fetched.map((m) => ({
    uid: m.uid,
    notice: placeholderNotice(m, ref(m.uid), reasons.get(m.uid) ?? 'it could not be read', ctx.clock.now()),
    placeholder: true,
    ...(keyword ? { keyword } : {}),
  }));
}

/** Ingest in UID order; mark whatever the sink committed even when a later one fails, then rethrow. */
async function deliver(
  client: ImapFlow,
  ctx: SyncContext,
  mark: Marking,
  cursor: UidCursor,
  notices: Delivery[],
  result: SyncResult,
): Promise<void> {
  const committed: Delivery[] = [];
  let failure: unknown = null;
  for (const item of notices.sort((a, b) => a.uid - b.uid)) {
    try {
      await ctx.sink.ingest(item.notice);
      committed.push(item);
      if (item.placeholder) result.placeholders += 1;
      else result.delivered += 1;
    } catch (err) {
      failure = err;
      break;
    }
  }
  await markProcessed(client, mark, committed);
  if (failure) {
    const lastCommitted = committed.at(-1)?.uid;
    if (lastCommitted !== undefined && lastCommitted > cursor.uid) {
      cursor.uid = lastCommitted;
      await writeUidCursor(ctx.cursors, ctx.sourceId, cursor);
    }
    throw failure;
  }
}

async function markProcessed(client: ImapFlow, mark: Marking, items: Delivery[]): Promise<void> {
  if (items.length === 0 || mark.kind === 'cursor-only') return;
  if (mark.kind === 'move') {
    const moved = await client.messageMove(
      items.map((i) => i.uid),
      mark.to,
      { uid: true },
    );
    if (!moved) throw new Error(`could not move processed messages to ${mark.to}`);
    return;
  }
  const byKeywords = new Map<string, number[]>();
  for (const item of items) {
    const keywords = item.keyword ? `${mark.flag} ${item.keyword}` : mark.flag;
    byKeywords.set(keywords, [...(byKeywords.get(keywords) ?? []), item.uid]);
  }
  for (const [keywords, uids] of byKeywords) {
    const stored = await client.messageFlagsAdd(uids, keywords.split(' '), { uid: true, silent: true });
    if (!stored) throw new Error(`could not store ${keywords} on processed messages`);
  }
}
