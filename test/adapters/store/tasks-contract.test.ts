import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreConflictError, type Store } from '../../../src/app/ports.ts';
import { aDeadline, aNewNotice, aNewTask } from '../../builders/index.ts';
import { storeEngines } from './engines.ts';

const at = new Date('2024-06-01T10:00:00Z');

describe.each(storeEngines())('$name store: notices and tasks', (engine) => {
  if (engine.missing) {
    console.warn(`skipping ${engine.name} store tests: ${engine.missing}`);
    it.skip(`needs ${engine.missing}`, () => {});
    return;
  }
  let store: Store;
  beforeAll(engine.start);
  afterAll(engine.stop);
  const fresh = async (): Promise<Store> => (store = await engine.open());

  it('keeps a notice as written, extraction dates included', async () => {
    await fresh();
    const draft = aNewNotice({ eventId: 'evt-1', url: 'https://example.com/n/1', textTruncated: true });
    const saved = await store.notices.insert(draft);
    expect(await store.notices.get(saved.id)).toEqual({ ...draft, id: saved.id });
    expect(await store.notices.findBySourceKey(draft.sourceKey)).toEqual({
      id: saved.id,
      sourceKey: draft.sourceKey,
      contentHash: draft.contentHash,
      fingerprint: null,
      ruleId: 'aws-rds-certificates',
      disposition: 'track',
      taskId: null,
    });
  });

  it('refuses a second notice with the same source key', async () => {
    await fresh();
    await store.notices.insert(aNewNotice({ sourceKey: 'imap:INBOX:1:7' }));
    await expect(store.notices.insert(aNewNotice({ sourceKey: 'imap:INBOX:1:7' }))).rejects.toBeInstanceOf(StoreConflictError);
  });

  it('finds earlier notices by source key or by message id and sender, and tasks by event id and fingerprint', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask({ fingerprint: 'fp-a' }));
    const other = await store.tasks.insert(aNewTask({ fingerprint: 'fp-b' }));
    await store.notices.insert(aNewNotice({ sourceKey: 's1', messageId: '<m1>', eventId: 'evt-9', fingerprint: 'fp-b', taskId: task.id }));
    await store.notices.insert(aNewNotice({ sourceKey: 's2', messageId: '<m1>', from: 'someone@else.example' }));
    await store.notices.insert(aNewNotice({ sourceKey: 's3', messageId: '<m3>', fingerprint: 'fp-c', taskId: task.id }));
    const seen = (key: { sourceKey: string; messageId: string | null }) =>
      store.notices.findSeen({ ...key, from: 'no-reply-aws@amazon.com' }).then((ns) => ns.map((n) => n.sourceKey));
    expect(await seen({ sourceKey: 'new', messageId: '<m1>' })).toEqual(['s1']);
    expect(await seen({ sourceKey: 's3', messageId: '<m1>' })).toEqual(['s1', 's3']);
    expect(await seen({ sourceKey: 's2', messageId: null })).toEqual(['s2']);
    expect(await store.notices.taskIdForEvent('evt-9')).toBe(task.id);
    expect((await store.tasks.findByFingerprint('fp-b'))?.id).toBe(other.id);
    expect((await store.tasks.findByFingerprint('fp-c'))?.id).toBe(task.id);
    expect(await store.tasks.findByFingerprint('fp-none')).toBeNull();
  });

  it('lists notices by disposition and by task, oldest first', async () => {
    await fresh();
    await store.notices.insert(aNewNotice({ sourceKey: 'a', disposition: 'ignore', taskId: null }));
    await store.notices.insert(aNewNotice({ sourceKey: 'b', disposition: 'fyi', taskId: null }));
    await store.notices.insert(aNewNotice({ sourceKey: 'c', disposition: 'ignore', taskId: null }));
    expect((await store.notices.listByDisposition('ignore')).map((n) => n.sourceKey)).toEqual(['a', 'c']);
  });

  it('keeps a task as written, every field', async () => {
    await fresh();
    const draft = aNewTask({
      deadline: aDeadline('2024-08-22T17:30:00Z', { origin: 'rule' }),
      owner: 'U_SRE1',
      window: { start: new Date('2024-08-01T22:00:00Z'), end: new Date('2024-08-01T23:00:00Z') },
      snoozedUntil: new Date('2024-07-01T00:00:00Z'),
      notes: 'use the blue/green switch',
      slackPost: { channel: 'C0PLATFORM', ts: '1717236000.000100' },
      dismissReason: null,
    });
    const task = await store.tasks.insert(draft);
    expect(task).toEqual({ ...draft, id: task.id, signOffs: [] });
    expect(await store.tasks.get(task.id)).toEqual(task);
    expect(await store.tasks.findByFingerprint(draft.fingerprint)).toEqual(task);
  });

  it('refuses a second task with the same fingerprint', async () => {
    await fresh();
    await store.tasks.insert(aNewTask({ fingerprint: 'same' }));
    await expect(store.tasks.insert(aNewTask({ fingerprint: 'same' }))).rejects.toBeInstanceOf(StoreConflictError);
  });

  it('updates what may change and nothing else', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask({ fingerprint: 'keep-me' }));
    await store.tasks.update({ ...task, fingerprint: 'other', createdAt: at, noticeCount: 9, state: 'acknowledged', owner: 'U_X', updatedAt: at });
    expect(await store.tasks.get(task.id)).toEqual({ ...task, noticeCount: 9, state: 'acknowledged', owner: 'U_X', updatedAt: at });
  });

  it('updates only the fields named', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    const window = { start: new Date('2024-07-01T22:00:00Z'), end: new Date('2024-07-01T23:00:00Z') };
    await store.tasks.update({ ...task, window, owner: 'U_NOT_WRITTEN', deadline: null, slackPost: { channel: 'C', ts: '1' } }, ['window', 'deadline']);
    expect(await store.tasks.get(task.id)).toEqual({ ...task, window, deadline: null });
  });

  it('links a notice to its task once', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    const notice = await store.notices.insert(aNewNotice({ taskId: task.id }));
    await store.tasks.linkNotice({ taskId: task.id, noticeId: notice.id, relation: 'created', at });
    await expect(store.tasks.linkNotice({ taskId: task.id, noticeId: notice.id, relation: 'merged', at })).resolves.toBeUndefined();
  });

  it('lists open tasks of one provider and kind sharing a resource, and tasks by state', async () => {
    await fresh();
    const open = await store.tasks.insert(aNewTask({ fingerprint: '1' }));
    await store.tasks.insert(aNewTask({ fingerprint: '2', state: 'done' }));
    await store.tasks.insert(aNewTask({ fingerprint: '3', kind: 'maintenance' }));
    const unknown = await store.tasks.insert(aNewTask({ fingerprint: '4', provider: null }));
    const grown = await store.tasks.insert(aNewTask({ fingerprint: '5', resources: ['db-other'] }));
    await store.tasks.update({ ...grown, resources: ['db-other', 'DB-Added.'] });
    const sharing = (provider: string | null, resources: string[]) =>
      store.tasks.listOpenSharing({ provider, kind: 'certificate', resources }).then((ts) => ts.map((t) => t.id));
    expect(await sharing('aws', ['db-orders-1', 'db-nowhere'])).toEqual([open.id]);
    expect(await sharing('aws', ['db-added'])).toEqual([grown.id]);
    expect(await sharing('aws', ['db-nowhere'])).toEqual([]);
    expect(await sharing(null, ['DB-ORDERS-1'])).toEqual([unknown.id]);
    expect((await store.tasks.list({ states: ['done'] })).map((t) => t.fingerprint)).toEqual(['2']);
    expect((await store.tasks.list()).map((t) => t.fingerprint)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps the deadline history in order', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    const notice = await store.notices.insert(aNewNotice({ taskId: task.id }));
    const first = { taskId: task.id, version: 2, previous: aDeadline('2024-08-22'), deadline: aDeadline('2024-09-30'), noticeId: notice.id, at };
    const second = { ...first, version: 3, previous: first.deadline, deadline: aDeadline('2024-10-15T12:00:00Z'), noticeId: null };
    await store.tasks.recordDeadlineChange(first);
    await store.tasks.recordDeadlineChange(second);
    expect(await store.tasks.deadlineHistory(task.id)).toEqual([first, second]);
  });

  it('records where the task is posted in Slack without changing the task', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    expect(await store.tasks.slackPost(task.id)).toBeNull();
    await store.tasks.setSlackPost(task.id, { channel: 'C1', ts: '1.2' });
    expect(await store.tasks.slackPost(task.id)).toEqual({ channel: 'C1', ts: '1.2' });
    expect(await store.tasks.get(task.id)).toEqual({ ...task, slackPost: { channel: 'C1', ts: '1.2' } });
  });

  it('keeps when the current deadline version began, and clears it when told to', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    expect((await store.tasks.get(task.id))?.deadlineSetAt).toBeUndefined();
    const moved = { ...task, deadline: aDeadline('2024-09-30'), deadlineVersion: 2, deadlineSetAt: at, updatedAt: at };
    await store.tasks.update(moved, ['deadline', 'deadlineVersion', 'deadlineSetAt', 'updatedAt']);
    expect(await store.tasks.get(task.id)).toEqual(moved);
    await store.tasks.update({ ...task, updatedAt: at }, ['deadlineSetAt']);
    expect((await store.tasks.get(task.id))?.deadlineSetAt).toBeUndefined();
  });

  it('enforces one sign-off per role and one role per person', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    await store.signOffs.add(task.id, { role: 'sre', user: 'U_SRE1', at, intent: 'approve' });
    await expect(store.signOffs.add(task.id, { role: 'sre', user: 'U_SRE2', at, intent: 'approve' })).rejects.toBeInstanceOf(StoreConflictError);
    await expect(store.signOffs.add(task.id, { role: 'security', user: 'U_SRE1', at, intent: 'approve' })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    await store.signOffs.add(task.id, { role: 'security', user: 'U_SEC', at, intent: 'approve' });
    await store.signOffs.remove(task.id, 'sre');
    expect((await store.tasks.get(task.id))?.signOffs).toEqual([{ role: 'security', user: 'U_SEC', at, intent: 'approve' }]);
  });

  it('commits a transaction whole or not at all', async () => {
    await fresh();
    await expect(
      store.transaction(async (tx) => {
        await tx.tasks.insert(aNewTask({ fingerprint: 'rolled-back' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.tasks.findByFingerprint('rolled-back')).toBeNull();
    const id = await store.transaction(async (tx) => (await tx.tasks.insert(aNewTask({ fingerprint: 'kept' }))).id);
    expect((await store.tasks.get(id))?.fingerprint).toBe('kept');
  });
});
