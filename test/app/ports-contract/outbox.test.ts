import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryOutbox, MemoryTaskPosts } from '../../../src/adapters/slack/memory-outbox.ts';
import { makeOutboxStore } from '../../../src/app/outbox-store.ts';
import type { NewOutboxRow, OutboxClaim, OutboxRow, OutboxStore, TaskPosts } from '../../../src/app/ports.ts';
import { aNewTask } from '../../builders/index.ts';
import { skipped, subjects } from './subjects.ts';

interface OutboxSubject {
  outbox: OutboxStore & TaskPosts;
  /** A task rows may name: the store's foreign key wants a real one. */
  newTask(): Promise<number>;
  row(id: number): Promise<OutboxRow | undefined>;
  /** The same table through another connection, as a second sender would use it. */
  second(): Promise<OutboxStore>;
}

function twin(): OutboxSubject {
  const table = new MemoryOutbox();
  const posts = new MemoryTaskPosts();
  const outbox: OutboxStore & TaskPosts = {
    enqueue: (rows, now) => table.enqueue(rows, now),
    claimDue: (claim) => table.claimDue(claim),
    markSent: (id, response) => table.markSent(id, response),
    markFailed: (id, error, next) => table.markFailed(id, error, next),
    release: (id, next) => table.release(id, next),
    get: (taskId) => posts.get(taskId),
    record: (taskId, ref) => posts.record(taskId, ref),
  };
  let tasks = 0;
  return { outbox, newTask: async () => ++tasks, row: async (id) => structuredClone(table.rows[id - 1]), second: async () => outbox };
}

const T0 = new Date('2024-08-01T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const post = (channel: string, text: string, extra: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
  method: 'chat.postMessage',
  channel,
  args: { text },
  ...extra,
});
const claim = (over: Partial<OutboxClaim> = {}): OutboxClaim => ({ now: T0, limit: 100, leaseUntil: at(10), perChannel: 100, skipChannels: [], ...over });
const texts = (rows: OutboxRow[]) => rows.map((r) => r.args.text);

let fingerprints = 0;

describe.each(
  subjects<OutboxSubject>(twin, ({ store, second }) => ({
    outbox: makeOutboxStore(store),
    newTask: async () => (await store.tasks.insert(aNewTask({ fingerprint: `outbox-${++fingerprints}` }))).id,
    row: async (id) => (await store.outbox.get(id)) ?? undefined,
    second: async () => makeOutboxStore(await second()),
  })),
)('outbox port: $name', (subject) => {
  if (skipped(subject)) return;
  let s: OutboxSubject;
  beforeAll(subject.start);
  afterAll(subject.stop);
  const fresh = async () => (s = await subject.open());

  it('queues rows in order, once per dedupe key, and every row without one', async () => {
    await fresh();
    const ids = await s.outbox.enqueue([post('C1', 'a', { dedupeKey: 'k' }), post('C1', 'b'), post('C2', 'c', { dedupeKey: 'k' })], T0);
    expect(ids[2]).toBe(ids[0]);
    const again = await s.outbox.enqueue([post('C1', 'a again', { dedupeKey: 'k' }), post('C1', 'b')], at(1));
    expect(again[0]).toBe(ids[0]);
    expect(new Set([...ids, ...again]).size).toBe(3);
    expect(texts(await s.outbox.claimDue(claim({ now: at(1) })))).toEqual(['a', 'b', 'b']);
  });

  it('keeps every field of a row as written', async () => {
    await fresh();
    const taskId = await s.newTask();
    const args = { text: 'Deadline moved', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*moved*' } }], unfurl_links: false };
    const [id] = await s.outbox.enqueue([{ method: 'chat.update', channel: 'C1', args, taskId, anchor: 'task-update', dedupeKey: 'u:1' }], T0);
    expect(await s.row(id ?? 0)).toEqual({
      id,
      method: 'chat.update',
      channel: 'C1',
      args,
      taskId,
      anchor: 'task-update',
      dedupeKey: 'u:1',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: T0,
      leasedUntil: null,
      createdAt: T0,
      lastError: null,
      sentTs: null,
    });
  });

  it('claims due rows in id order, at most perChannel of a channel and limit in all, none of skipChannels', async () => {
    await fresh();
    const rows = ['C1:1', 'C2:1', 'C1:2', 'C3:1', 'C1:3', 'C2:2', 'C3:2', 'C1:4', 'C2:3'].map((t) => post(t.slice(0, 2), t));
    await s.outbox.enqueue(rows, T0);
    const first = await s.outbox.claimDue(claim({ limit: 5, perChannel: 2, skipChannels: ['C3'] }));
    expect(texts(first)).toEqual(['C1:1', 'C2:1', 'C1:2', 'C2:2']);
    expect(first.every((r) => r.leasedUntil?.getTime() === at(10).getTime())).toBe(true);
    expect(texts(await s.outbox.claimDue(claim({ limit: 3, perChannel: 2 })))).toEqual(['C3:1', 'C1:3', 'C3:2']);
    expect(texts(await s.outbox.claimDue(claim({ limit: 3, perChannel: 2 })))).toEqual(['C1:4', 'C2:3']);
  });

  it('leases what it claims: nobody else gets it until the lease runs out, as after a crashed sender', async () => {
    await fresh();
    const ids = await s.outbox.enqueue([post('C1', 'a'), post('C2', 'b')], T0);
    expect(texts(await s.outbox.claimDue(claim()))).toEqual(['a', 'b']);
    expect(await s.outbox.claimDue(claim({ now: at(9) }))).toEqual([]);
    const back = await s.outbox.claimDue(claim({ now: at(10), leaseUntil: at(20) }));
    expect(back.map((r) => [r.id, r.leasedUntil, r.attempts])).toEqual(ids.map((id) => [id, at(20), 0]));
  });

  it("marks a sent row for good, with Slack's ts", async () => {
    await fresh();
    const [id = 0] = await s.outbox.enqueue([post('C1', 'a')], T0);
    await s.outbox.claimDue(claim());
    await s.outbox.markSent(id, { channel: 'C1', ts: '1722502800.000100' });
    expect(await s.row(id)).toMatchObject({ status: 'sent', sentTs: '1722502800.000100', leasedUntil: null, attempts: 0 });
    expect(await s.outbox.claimDue(claim({ now: at(60) }))).toEqual([]);
  });

  it('counts failed attempts, retries at the time given and gives up on null', async () => {
    await fresh();
    const [id = 0] = await s.outbox.enqueue([post('C1', 'a')], T0);
    await s.outbox.claimDue(claim());
    await s.outbox.markFailed(id, 'ratelimited', at(1));
    expect(await s.row(id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'ratelimited', nextAttemptAt: at(1), leasedUntil: null });
    expect(await s.outbox.claimDue(claim({ now: new Date(at(1).getTime() - 1) }))).toEqual([]);
    expect(texts(await s.outbox.claimDue(claim({ now: at(1) })))).toEqual(['a']);
    await s.outbox.markFailed(id, 'channel_not_found', null);
    expect(await s.row(id)).toMatchObject({ status: 'failed', attempts: 2, lastError: 'channel_not_found', nextAttemptAt: at(1), leasedUntil: null });
    expect(await s.outbox.claimDue(claim({ now: at(600) }))).toEqual([]);
  });

  it('takes a claimed row back unsent without counting an attempt', async () => {
    await fresh();
    const [id = 0] = await s.outbox.enqueue([post('C1', 'a')], T0);
    await s.outbox.claimDue(claim());
    await s.outbox.release(id, at(2));
    expect(await s.row(id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: at(2), leasedUntil: null });
    expect(await s.outbox.claimDue(claim({ now: at(1) }))).toEqual([]);
    expect(texts(await s.outbox.claimDue(claim({ now: at(2) })))).toEqual(['a']);
  });

  it("remembers where each task's post is", async () => {
    await fresh();
    const [a, b] = [await s.newTask(), await s.newTask()];
    expect(await s.outbox.get(a)).toBeNull();
    await s.outbox.record(a, { channel: 'C1', ts: '1.1' });
    await s.outbox.record(b, { channel: 'C2', ts: '2.1' });
    await s.outbox.record(a, { channel: 'C1', ts: '1.2' });
    expect([await s.outbox.get(a), await s.outbox.get(b)]).toEqual([{ channel: 'C1', ts: '1.2' }, { channel: 'C2', ts: '2.1' }]);
  });

  it('never gives one row to two senders claiming at the same time', async () => {
    await fresh();
    const rows = Array.from({ length: 120 }, (_, i) => post(`C${i % 6}`, `m${i}`));
    const ids = await s.outbox.enqueue(rows, T0);
    const senders = [s.outbox, await s.second()];
    const claimed: number[][] = [[], []];
    for (let round = 0; round < 100; round++) {
      const batches = await Promise.all(senders.map((o) => o.claimDue(claim({ limit: 7, perChannel: 2, leaseUntil: at(60) }))));
      batches.forEach((batch, i) => claimed[i]?.push(...batch.map((r) => r.id)));
      if (batches.every((b) => b.length === 0)) break;
    }
    const all = [...(claimed[0] ?? []), ...(claimed[1] ?? [])];
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort((x, y) => x - y)).toEqual(ids);
  });
});
