import type { ImapFlow } from 'imapflow';
import { describeSourceError } from '../../app/source-health.ts';
import type { Notice, SourceRef } from '../../domain/notice.ts';
import { tooLargeKeyword, unreadableKeyword } from './config.ts';
import { writeUidCursor, type UidCursor } from './cursor.ts';
import { placeholderNotice } from './placeholder.ts';
import type { Marking, SyncContext, SyncResult } from './sync.ts';

/** A notice ready for the sink, with the keyword that says why it is a placeholder, if it is one. */
interface Delivery {
  uid: number;
  notice: Notice;
  placeholder: boolean;
  keyword?: string;
}

/** `[1,2,3,7]` → `1:3,7`: short commands for long runs of UIDs. */
export function sequenceSet(uids: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < uids.length; ) {
    let j = i;
    while (j + 1 < uids.length && uids[j + 1] === (uids[j] ?? 0) + 1) j += 1;
    parts.push(i === j ? `${uids[i]}` : `${uids[i]}:${uids[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * One group of UIDs, in order: download what is within the size cap, read it, deliver it (placeholders
 * for what is too large or unreadable), mark what the sink committed, then move the cursor.
 */
export async function syncGroup(
  client: ImapFlow,
  ctx: SyncContext,
  mark: Marking,
  cursor: UidCursor,
  group: { uids: number[]; tooLarge: Set<number> },
  result: SyncResult,
): Promise<void> {
  const ref = (uid: number): SourceRef => ({ kind: 'imap', mailbox: ctx.mailbox.id, uidValidity: cursor.uidValidity, uid });
  const readable = group.uids.filter((uid) => !group.tooLarge.has(uid));
  const deliveries: Delivery[] = [];
  const unread = new Map<number, { reason: string; keyword?: string }>();
  const keyword = (make: (flag: string) => string): string | undefined => (mark.kind === 'flag' ? make(mark.flag) : undefined);

  if (readable.length > 0) {
    const messages = await client.fetchAll(sequenceSet(readable), { uid: true, source: true }, { uid: true });
    for (const message of messages) {
      try {
        if (!message.source) throw new Error('the server returned no message body');
        deliveries.push({ uid: message.uid, notice: await ctx.parse(message.source, ref(message.uid)), placeholder: false });
      } catch (err) {
        ctx.log.error({ uid: message.uid, err }, 'message could not be read');
        unread.set(message.uid, { reason: `it could not be read (${describeSourceError(err)})`, keyword: keyword(unreadableKeyword) });
      }
    }
  }
  const cap = ctx.mailbox.maxMessageBytes;
  for (const uid of group.tooLarge) unread.set(uid, { reason: '', keyword: keyword(tooLargeKeyword) });
  if (unread.size > 0) {
    const envelopes = await client.fetchAll(
      sequenceSet([...unread.keys()].sort((a, b) => a - b)),
      { uid: true, size: true, envelope: true, internalDate: true },
      { uid: true },
    );
    for (const m of envelopes) {
      const why = unread.get(m.uid);
      if (!why) continue;
      let reason = why.reason;
      if (group.tooLarge.has(m.uid)) {
        ctx.log.warn({ uid: m.uid, size: m.size, limit: cap }, 'message too large; not read');
        reason = `it is ${m.size} bytes, larger than the ${cap}-byte limit for mailbox ${ctx.mailbox.id}`;
      }
      deliveries.push({
        uid: m.uid,
        notice: placeholderNotice(m, ref(m.uid), reason, ctx.clock.now()),
        placeholder: true,
        ...(why.keyword ? { keyword: why.keyword } : {}),
      });
    }
  }
  await deliver(client, ctx, mark, cursor, deliveries, result);
  const last = group.uids.at(-1);
  if (last !== undefined && last > cursor.uid) {
    cursor.uid = last;
    await writeUidCursor(ctx.cursors, ctx.sourceId, cursor);
  }
}

/** Ingest in UID order; mark whatever the sink committed even when a later one fails, then rethrow. */
async function deliver(
  client: ImapFlow,
  ctx: SyncContext,
  mark: Marking,
  cursor: UidCursor,
  deliveries: Delivery[],
  result: SyncResult,
): Promise<void> {
  const committed: Delivery[] = [];
  let failure: unknown = null;
  for (const item of deliveries.sort((a, b) => a.uid - b.uid)) {
    try {
      await ctx.sink.ingest(item.notice);
    } catch (err) {
      failure = err;
      break;
    }
    committed.push(item);
    if (item.placeholder) result.placeholders += 1;
    else result.delivered += 1;
  }
  await markProcessed(client, mark, committed);
  if (!failure) return;
  const lastCommitted = committed.at(-1)?.uid;
  if (lastCommitted !== undefined && lastCommitted > cursor.uid) {
    cursor.uid = lastCommitted;
    await writeUidCursor(ctx.cursors, ctx.sourceId, cursor);
  }
  throw failure;
}

async function markProcessed(client: ImapFlow, mark: Marking, items: Delivery[]): Promise<void> {
  if (items.length === 0 || mark.kind === 'cursor-only') return;
  if (mark.kind === 'move') {
    const moved = await client.messageMove(sequenceSet(items.map((i) => i.uid)), mark.to, { uid: true });
    if (!moved) throw new Error(`could not move processed messages to ${mark.to}`);
    return;
  }
  const byKeywords = new Map<string, number[]>();
  for (const item of items) {
    const keywords = item.keyword ? `${mark.flag} ${item.keyword}` : mark.flag;
    byKeywords.set(keywords, [...(byKeywords.get(keywords) ?? []), item.uid]);
  }
  for (const [keywords, uids] of byKeywords) {
    const stored = await client.messageFlagsAdd(sequenceSet(uids), keywords.split(' '), { uid: true, silent: true });
    if (!stored) throw new Error(`could not store ${keywords} on processed messages`);
  }
}
