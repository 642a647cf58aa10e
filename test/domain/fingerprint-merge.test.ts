import { describe, expect, it } from 'vitest';
import type { DatedFact } from '../../src/domain/facts.ts';
import { deadlineMoved, mergeNotice, pickMergeTarget, type NoticeFacts } from '../../src/domain/task-merge.ts';
import { taskTitle } from '../../src/domain/task-title.ts';
import { aDeadline, aTask } from '../builders/index.ts';

const at = new Date('2024-06-01T10:00:00Z');
const facts = (overrides: Partial<NoticeFacts> = {}): NoticeFacts => ({
  provider: 'aws',
  service: 'rds',
  kind: 'certificate',
  deadline: aDeadline('2024-08-22'),
  resources: ['db-orders-1'],
  regions: ['us-east-1'],
  accounts: [],
  receivedAt: new Date('2024-06-01T09:00:00Z'),
  ...overrides,
});

describe('deadlineMoved', () => {
  const day = aDeadline('2024-08-22');
  const minute = aDeadline('2024-08-22T17:00:00Z');
  it.each<[string, DatedFact | null, DatedFact | null, boolean]>([
    ['no new deadline', day, null, false],
    ['a first deadline', null, day, true],
    ['the same day again', day, aDeadline('2024-08-22'), false],
    ['a later day', day, aDeadline('2024-09-30'), true],
    ['an earlier day', day, aDeadline('2024-08-01'), true],
    ['the time of day filled in', day, minute, true],
    ['the same day without the time we know', minute, day, false],
    ['another time the same day', minute, aDeadline('2024-08-22T18:00:00Z'), true],
  ])('%s → %s', (_label, current, next, moved) => {
    expect(deadlineMoved(current, next)).toBe(moved);
  });
});

describe('mergeNotice', () => {
  const signOffs = [{ role: 'sre', user: 'U_SRE1', at, intent: 'approve' as const }];
  const worked = aTask({
    state: 'scheduled',
    owner: 'U_SRE1',
    window: { start: new Date('2024-08-01T22:00:00Z'), end: new Date('2024-08-01T23:00:00Z') },
    signOffs,
    notes: 'blue/green switch planned',
    lastNoticeAt: new Date('2024-05-01T09:00:00Z'),
  });

  it('moves the deadline and raises its version, keeping what people entered', () => {
    const result = mergeNotice(worked, facts({ deadline: aDeadline('2024-09-30'), resources: ['db-new-3'] }), at);
    expect(result.deadlineChange).toEqual({ previous: worked.deadline, next: aDeadline('2024-09-30') });
    expect(result.task).toMatchObject({
      deadline: aDeadline('2024-09-30'),
      deadlineVersion: 2,
      deadlineSetAt: at,
      nextReminderAt: at,
      resources: ['db-orders-1', 'db-billing-2', 'db-new-3'],
      state: 'scheduled',
      owner: 'U_SRE1',
      window: worked.window,
      signOffs,
      notes: 'blue/green switch planned',
      noticeCount: 2,
    });
    expect(result.changed).toEqual(['resources', 'deadline', 'deadlineVersion', 'deadlineSetAt', 'nextReminderAt']);
  });

  it('changes nothing but the count for a plain re-send', () => {
    const result = mergeNotice(worked, facts({ resources: ['DB-ORDERS-1'] }), at);
    expect(result.changed).toEqual([]);
    expect(result.deadlineChange).toBeNull();
    expect(result.task.noticeCount).toBe(2);
  });

  it('does not let a notice older than one already merged move the deadline back', () => {
    const stale = facts({ deadline: aDeadline('2024-07-01'), receivedAt: new Date('2024-04-01T00:00:00Z') });
    const result = mergeNotice(worked, stale, at);
    expect(result.deadlineChange).toBeNull();
    expect(result.task.lastNoticeAt).toEqual(worked.lastNoticeAt);
  });

  it('flags a window that no longer ends before the moved deadline minus the lead time', () => {
    expect(mergeNotice(worked, facts({ deadline: aDeadline('2024-08-05') }), at).windowConflict).toBe(true);
    expect(mergeNotice(worked, facts({ deadline: aDeadline('2024-09-30') }), at).windowConflict).toBe(false);
  });
});

describe('pickMergeTarget', () => {
  it('prefers the open task sharing the most resources', () => {
    const one = aTask({ resources: ['db-orders-1'] });
    const two = aTask({ resources: ['db-orders-1', 'db-billing-2'] });
    expect(pickMergeTarget([one, two], facts({ resources: ['db-orders-1', 'db-billing-2'] }))?.id).toBe(two.id);
  });

  it.each<[string, Parameters<typeof aTask>[0], Partial<NoticeFacts>]>([
    ['no resource in common', {}, { resources: ['db-other'] }],
    ['another kind', {}, { kind: 'maintenance' }],
    ['another service', {}, { service: 'aurora' }],
    ['another provider', {}, { provider: 'gcp' }],
    ['a closed task', { state: 'done' }, {}],
    ['a deadline already past when the notice was sent', {}, { receivedAt: new Date('2024-08-23T00:00:00Z') }],
  ])('finds nothing for %s', (_label, task, incoming) => {
    expect(pickMergeTarget([aTask(task)], facts(incoming))).toBeNull();
  });

  it('matches when one side does not know the service', () => {
    expect(pickMergeTarget([aTask({ service: null })], facts())).not.toBeNull();
  });
});

describe('taskTitle', () => {
  const fallback = { provider: 'aws', service: 'rds', kind: 'certificate' } as const;
  it.each([
    ['Re: FW: [EXTERNAL] Update your RDS certificates', 'Update your RDS certificates'],
    ['  [Action Required]\n Upgrade   Node.js 16 functions ', '[Action Required] Upgrade Node.js 16 functions'],
    ['', 'aws rds certificate notice'],
    [`Deprecation ${'very '.repeat(40)}long`, expect.stringMatching(/^Deprecation (very )+very…$/)],
  ])('%j → %j', (subject, title) => {
    expect(taskTitle(subject, fallback)).toEqual(title);
  });
});
