import { describe, expect, it } from 'vitest';
import { dueSteps, nextDueAt, planReminders } from '../../src/domain/ladder-plan.ts';
import { maxSnoozeUntil } from '../../src/domain/ladder-schedule.ts';
import { defaultLadder } from '../../src/domain/ladder.ts';
import type { Ladder } from '../../src/domain/policy.ts';
import type { TaskState } from '../../src/domain/task.ts';
import { DAY, DEADLINE, HOUR, aTask, ctx } from '../builders/reminder-builders.ts';

const d = (days: number, extraMs = 0) => new Date(DEADLINE.getTime() + days * DAY + extraMs);
const recordedUpTo = (id: string) => {
  const ids = defaultLadder().steps.map((s) => s.id);
  return new Set(ids.slice(0, ids.indexOf(id) + 1));
};

describe('closed tasks and tasks without a deadline', () => {
  it.each(['done', 'dismissed'] satisfies TaskState[])('%s gets nothing, ever, even with every step overdue', (state) => {
    const plan = planReminders(aTask({ state }), d(40), ctx());
    expect(plan).toEqual({ send: null, skip: [], nextDueAt: null });
  });

  it('a task without a deadline has no ladder to climb', () => {
    expect(planReminders(aTask({ deadline: null }), d(0), ctx())).toEqual({ send: null, skip: [], nextDueAt: null });
  });
});

describe('an approved task with a window before the deadline', () => {
  const window = { start: d(-5, 2 * HOUR), end: d(-5, 4 * HOUR) };
  const onTrack = aTask({ state: 'approved', window });

  it('skips the ladder before the deadline and is next reminded the day before its window opens', () => {
    const plan = planReminders(onTrack, d(-20), ctx({ recorded: recordedUpTo('d-30') }));
    expect(plan.send).toBeNull();
    expect(plan.nextDueAt).toEqual(d(-6, 2 * HOUR));
  });

  it('says when the window opens, then asks after it closes whether it got done', () => {
    const opens = planReminders(onTrack, d(-6, 2 * HOUR), ctx());
    expect(opens.send).toMatchObject({ stepId: `window-opens:${window.start.toISOString()}`, loudness: 'channel' });
    expect(opens.nextDueAt).toEqual(window.end);
    const recorded = new Set([opens.send!.stepId]);
    const closed = planReminders(onTrack, window.end, ctx({ recorded }));
    expect(closed.send).toMatchObject({ stepId: `window-closed:${window.end.toISOString()}`, kind: 'window-closed' });
    expect(closed.nextDueAt).toEqual(DEADLINE);
  });

  it('goes back to the full ladder when the window ends after the deadline', () => {
    const late = aTask({ state: 'approved', window: { start: d(1), end: d(2) } });
    expect(planReminders(late, d(-3), ctx({ recorded: recordedUpTo('d-7') })).send?.stepId).toBe('d-3');
  });

  it('keeps the full ladder while the plan still waits for approval', () => {
    const waiting = aTask({ state: 'scheduled', window });
    expect(planReminders(waiting, d(-3), ctx({ recorded: recordedUpTo('d-7') })).send?.stepId).toBe('d-3');
  });
});

describe('a task still unscheduled at its lead time', () => {
  const stepsFrom = (state: TaskState, leadDays: number) => {
    const task = aTask({ state, leadTimeMinutes: leadDays * 1440 });
    const sent: [string, string][] = [];
    const recorded = new Set<string>();
    for (let t = d(-61).getTime(); t <= d(2).getTime(); t += HOUR) {
      const plan = planReminders(task, new Date(t), ctx({ recorded }));
      if (!plan.send) continue;
      sent.push([plan.send.stepId, plan.send.loudness]);
      for (const s of [plan.send, ...plan.skip]) recorded.add(s.stepId);
    }
    return sent;
  };

  it.each(['open', 'acknowledged'] satisfies TaskState[])('%s: a step louder from the lead time on, with a step at the lead time itself', (state) => {
    expect(stepsFrom(state, 10)).toEqual([
      ['d-60', 'thread'],
      ['d-30', 'thread'],
      ['d-14', 'channel'],
      ['lead-time', 'dm'],
      ['d-7', 'dm'],
      ['d-3', 'here'],
      ['d-2', 'here'],
      ['d-1', 'here'],
      ['deadline', 'overdue'],
      ['overdue', 'overdue'],
      ['overdue#2', 'overdue'],
    ]);
  });

  it('bumps the step that sits at the lead time instead of adding one', () => {
    expect(stepsFrom('open', 14).slice(2, 4)).toEqual([['d-14', 'dm'], ['d-7', 'dm']]);
  });

  it('stays on the plain ladder once scheduled', () => {
    expect(stepsFrom('scheduled', 10).map(([, loudness]) => loudness)).toEqual([
      'thread', 'thread', 'channel', 'channel', 'dm', 'dm', 'here', 'here', 'overdue', 'overdue',
    ]);
  });
});

describe('catching up', () => {
  it('sends only the loudest step due after an outage and records the rest as skipped', () => {
    const plan = planReminders(aTask(), d(-2, HOUR), ctx({ recorded: recordedUpTo('d-60') }));
    expect(plan.send?.stepId).toBe('d-2');
    expect(plan.skip.map((s) => s.stepId)).toEqual(['d-30', 'd-14', 'd-7', 'd-3']);
    expect(plan.nextDueAt).toEqual(d(-1));
  });

  it('prefers the louder step over the later one', () => {
    const ladder: Ladder = {
      id: 'odd',
      description: '',
      steps: [
        { id: 'loud', offsetMinutes: -2 * 1440, loudness: 'here', critical: false },
        { id: 'soft', offsetMinutes: -1440, loudness: 'thread', critical: false },
      ],
      repeatOverdueMinutes: null,
    };
    const plan = planReminders(aTask(), d(0), ctx({ ladder }));
    expect([plan.send?.stepId, plan.skip.map((s) => s.stepId)]).toEqual(['loud', ['soft']]);
  });

  it('does not replay steps older than the task itself', () => {
    const late = aTask({ createdAt: d(-10), updatedAt: d(-10) });
    expect(planReminders(late, d(-10, 60_000), ctx())).toMatchObject({ send: null, nextDueAt: d(-7) });
  });

  it('re-ladders a moved deadline without replaying steps that were already past', () => {
    const moved = aTask({ deadlineVersion: 2, deadlineSetAt: d(-5) });
    expect(planReminders(moved, d(-5), ctx())).toMatchObject({ send: null, nextDueAt: d(-3) });
  });
});

describe('snooze', () => {
  it('holds reminders until the snooze ends, then sends the loudest one missed', () => {
    const snoozed = aTask({ snoozedUntil: d(-5) });
    const recorded = recordedUpTo('d-14');
    expect(planReminders(snoozed, d(-7), ctx({ recorded }))).toMatchObject({ send: null, nextDueAt: d(-5) });
    expect(planReminders(snoozed, d(-5), ctx({ recorded })).send?.stepId).toBe('d-7');
  });

  it('never holds past the first critical step, whatever the task says', () => {
    const snoozed = aTask({ snoozedUntil: d(5) });
    const recorded = recordedUpTo('d-14');
    expect(planReminders(snoozed, d(-2), ctx({ recorded })).nextDueAt).toEqual(d(-1));
    const plan = planReminders(snoozed, d(-1), ctx({ recorded }));
    expect([plan.send?.stepId, plan.skip.map((s) => s.stepId)]).toEqual(['d-1', ['d-7', 'd-3', 'd-2']]);
  });

  it.each([
    ['before the ladder turns critical', aTask(), d(-10), d(-1)],
    ['1 ms before the first critical step', aTask(), d(-1, -1), d(-1)],
    ['at the first critical step', aTask(), d(-1), null],
    ['for a done task', aTask({ state: 'done' }), d(-10), null],
    ['on track, where the first critical step is the deadline', aTask({ state: 'approved', window: { start: d(-4), end: d(-3) } }), d(-10), d(0)],
  ])('maxSnoozeUntil %s', (_name, task, now, expected) => {
    expect(maxSnoozeUntil(task, defaultLadder(), now)).toEqual(expected);
  });

  it('maxSnoozeUntil stops at the deadline on a ladder without critical steps', () => {
    const ladder: Ladder = { ...defaultLadder(), steps: defaultLadder().steps.map((s) => ({ ...s, critical: false })) };
    expect(maxSnoozeUntil(aTask(), ladder, d(-10))).toEqual(DEADLINE);
  });
});

describe('dueSteps and nextDueAt', () => {
  it('agree with the plan: the step due now, and when the next one is', () => {
    const context = ctx({ recorded: recordedUpTo('d-30') });
    expect(dueSteps(aTask(), d(-14), context).send?.stepId).toBe('d-14');
    expect(nextDueAt(aTask(), d(-20), context)).toEqual(d(-14));
    expect(nextDueAt(aTask(), d(-10), context)).toEqual(d(-14));
    expect(nextDueAt(aTask({ state: 'done' }), d(-20), context)).toBeNull();
  });
});
