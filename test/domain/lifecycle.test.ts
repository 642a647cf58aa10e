import { describe, expect, it } from 'vitest';
import {
  assignOwner,
  markDone,
  proposeDismissal,
  scheduleWindow,
  signOff,
  snooze,
  takeOwnership,
  type Transition,
} from '../../src/domain/lifecycle.ts';
import type { Task, TaskState } from '../../src/domain/task.ts';
import { aTask } from '../builders/index.ts';

const at = new Date('2024-06-01T10:00:00Z');
// Deadline 2024-08-22T00:00Z minus a 7-day lead time.
const latestEnd = new Date('2024-08-15T00:00:00Z');
const window = { start: new Date('2024-07-01T22:00:00Z'), end: new Date('2024-07-01T23:00:00Z') };
const ok = (t: Transition): Task => {
  if (!t.ok) throw new Error(`refused: ${t.code} ${t.message}`);
  return t.task;
};
const approve = (task: Task, user: string, role: string): Task => ok(signOff(task, user, [role], at));

describe('which action each state allows', () => {
  const actions: Record<string, (task: Task) => Transition> = {
    take: (t) => takeOwnership(t, 'U_NEW', at),
    schedule: (t) => scheduleWindow(t, window, 'U_SRE1', at),
    sign: (t) => signOff(t, 'U_SEC', ['security'], at),
    dismiss: (t) => proposeDismissal(t, 'U_SEC', 'no RDS here', ['security'], at),
    snooze: (t) => snooze(t, new Date('2024-06-02T10:00:00Z'), at, latestEnd),
    done: (t) => markDone(t, at),
  };
  const table: [TaskState, string, string][] = [
    ['open', 'take', 'acknowledged'],
    ['open', 'schedule', 'scheduled'],
    ['open', 'sign', 'nothing-to-sign'],
    ['open', 'dismiss', 'open'],
    ['open', 'snooze', 'open'],
    ['open', 'done', 'invalid-transition'],
    ['acknowledged', 'take', 'acknowledged'],
    ['acknowledged', 'schedule', 'scheduled'],
    ['acknowledged', 'done', 'invalid-transition'],
    ['scheduled', 'sign', 'scheduled'],
    ['scheduled', 'done', 'invalid-transition'],
    ['approved', 'take', 'approved'],
    ['approved', 'schedule', 'scheduled'],
    ['approved', 'sign', 'nothing-to-sign'],
    ['approved', 'dismiss', 'scheduled'],
    ['approved', 'done', 'done'],
    ...(['done', 'dismissed'] as const).flatMap((closed) =>
      Object.keys(actions).map((action): [TaskState, string, string] => [closed, action, 'invalid-transition']),
    ),
  ];
  it.each(table)('%s + %s → %s', (state, action, expected) => {
    const result = actions[action]?.(aTask({ state, owner: state === 'open' ? null : 'U_OWNER', window: state === 'open' ? null : window }));
    expect(result?.ok ? result.task.state : result?.code).toBe(expected);
  });
});

describe('ownership', () => {
  it('acknowledges an open task and records the owner', () => {
    const task = ok(takeOwnership(aTask(), 'U_SRE1', at));
    expect(task).toMatchObject({ state: 'acknowledged', owner: 'U_SRE1', updatedAt: at });
  });

  it('refuses taking what one already owns, and lets an owner be reassigned', () => {
    const owned = aTask({ state: 'acknowledged', owner: 'U_SRE1' });
    expect(takeOwnership(owned, 'U_SRE1', at)).toMatchObject({ ok: false, code: 'already-owner' });
    expect(assignOwner(owned, 'U_SRE2', at)).toMatchObject({ ok: true, action: 'assigned', task: { owner: 'U_SRE2' } });
  });
});

describe('scheduling', () => {
  const endingAt = (end: Date) => ({ start: new Date(end.getTime() - 3_600_000), end });
  it.each([
    ['ends exactly at deadline minus lead time', endingAt(latestEnd), 'scheduled'],
    ['ends 1 ms later', endingAt(new Date(latestEnd.getTime() + 1)), 'window-after-deadline'],
    ['ends before it starts', { start: window.end, end: window.start }, 'window-invalid'],
    ['is already over', endingAt(at), 'window-in-past'],
  ])('a window that %s → %s', (_label, w, expected) => {
    const result = scheduleWindow(aTask({ state: 'acknowledged', owner: 'U_SRE1' }), w, 'U_SRE1', at);
    expect(result.ok ? result.task.state : result.code).toBe(expected);
  });

  it('accepts any future window when there is no deadline, and the scheduler becomes owner', () => {
    const task = ok(scheduleWindow(aTask({ deadline: null }), window, 'U_SRE2', at));
    expect(task).toMatchObject({ state: 'scheduled', owner: 'U_SRE2', window });
  });

  it('approves at once when the rule requires no sign-off', () => {
    expect(ok(scheduleWindow(aTask({ requiredRoles: [] }), window, 'U_SRE1', at)).state).toBe('approved');
  });

  it('drops sign-offs given to an earlier plan', () => {
    const approved = approve(approve(ok(scheduleWindow(aTask(), window, 'U_SRE1', at)), 'U_SRE1', 'sre'), 'U_SEC', 'security');
    expect(approved.state).toBe('approved');
    const replanned = ok(scheduleWindow(approved, { ...window, end: new Date('2024-07-02T00:00:00Z') }, 'U_SRE1', at));
    expect(replanned).toMatchObject({ state: 'scheduled', signOffs: [] });
  });
});

describe('sign-off', () => {
  it('approves once every required role has signed, each by a different person', () => {
    const scheduled = ok(scheduleWindow(aTask(), window, 'U_SRE1', at));
    const half = ok(signOff(scheduled, 'U_SRE1', ['sre'], at));
    expect(half.state).toBe('scheduled');
    expect(signOff(half, 'U_SRE1', ['sre', 'security'], at)).toMatchObject({ ok: false, code: 'already-signed' });
    const full = signOff(half, 'U_SEC', ['security'], at);
    expect(full).toMatchObject({ ok: true, action: 'approved', task: { state: 'approved' } });
    expect(full.ok && full.task.signOffs.map((s) => [s.role, s.user, s.intent])).toEqual([
      ['sre', 'U_SRE1', 'approve'],
      ['security', 'U_SEC', 'approve'],
    ]);
  });
});

describe('dismissal', () => {
  it('needs a reason', () => {
    expect(proposeDismissal(aTask(), 'U_SEC', '   ', ['security'], at)).toMatchObject({ ok: false, code: 'reason-required' });
  });

  it('needs the same sign-offs as a plan; the proposer signs at once', () => {
    const proposed = proposeDismissal(aTask(), 'U_SEC', 'we do not run RDS', ['security'], at);
    expect(proposed).toMatchObject({ ok: true, action: 'dismissal-proposed', task: { state: 'open', dismissReason: 'we do not run RDS' } });
    const task = ok(proposed);
    expect(task.signOffs).toEqual([{ role: 'security', user: 'U_SEC', at, intent: 'dismiss' }]);
    expect(signOff(task, 'U_SRE1', ['sre'], at)).toMatchObject({ ok: true, action: 'dismissed', task: { state: 'dismissed' } });
  });

  it('withdraws the approvals of a plan, and a new plan withdraws the dismissal', () => {
    const approved = approve(approve(ok(scheduleWindow(aTask(), window, 'U_SRE1', at)), 'U_SRE1', 'sre'), 'U_SEC', 'security');
    const proposed = ok(proposeDismissal(approved, 'U_BOSS', 'decommissioned', ['manager'], at));
    expect(proposed).toMatchObject({ state: 'scheduled', signOffs: [] });
    const replanned = ok(scheduleWindow(proposed, window, 'U_SRE1', at));
    expect(replanned).toMatchObject({ state: 'scheduled', dismissReason: null, signOffs: [] });
  });
});

describe('snooze', () => {
  it.each([
    ['up to the bound', latestEnd, 'ok'],
    ['1 ms past the bound', new Date(latestEnd.getTime() + 1), 'snooze-too-long'],
    ['until now', at, 'snooze-in-past'],
  ])('%s → %s', (_label, until, expected) => {
    const result = snooze(aTask(), until, at, latestEnd);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});
