import { describe, expect, it } from 'vitest';
import { defaultLadder, ladderProblems, louder, loudnessRank, tuneLadder } from '../../src/domain/ladder.ts';
import { planReminders } from '../../src/domain/ladder-plan.ts';
import { DAY, DEADLINE, aTask, ctx } from '../builders/reminder-builders.ts';

describe('defaultLadder', () => {
  it('steps at 60, 30, 14, 7, 3, 2 and 1 days before, at the deadline, then daily overdue', () => {
    const ladder = defaultLadder();
    expect(ladder.steps.map((s) => [s.id, s.offsetMinutes / 1440, s.loudness])).toEqual([
      ['d-60', -60, 'thread'],
      ['d-30', -30, 'thread'],
      ['d-14', -14, 'channel'],
      ['d-7', -7, 'channel'],
      ['d-3', -3, 'dm'],
      ['d-2', -2, 'dm'],
      ['d-1', -1, 'here'],
      ['deadline', 0, 'here'],
      ['overdue', 1, 'overdue'],
    ]);
    expect(ladder.repeatOverdueMinutes).toBe(1440);
    expect(ladderProblems(ladder)).toEqual([]);
  });

  it('gets louder, never quieter, from one step to the next', () => {
    const ranks = defaultLadder().steps.map((s) => loudnessRank(s.loudness));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('louder', () => {
  it.each([
    ['thread', 'overdue', 'channel'],
    ['dm', 'overdue', 'here'],
    ['here', 'here', 'here'],
    ['here', 'overdue', 'overdue'],
    ['overdue', 'overdue', 'overdue'],
  ] as const)('%s one step louder under %s is %s', (from, ceiling, expected) => {
    expect(louder(from, ceiling)).toBe(expected);
  });
});

describe('ladderProblems', () => {
  const base = defaultLadder();
  it.each([
    ['no steps', { ...base, steps: [] }, 'needs at least one step'],
    ['a repeated id', { ...base, steps: [...base.steps, { ...base.steps[0]!, offsetMinutes: -5 }] }, 'used twice'],
    ['a shared offset', { ...base, steps: [...base.steps, { ...base.steps[0]!, id: 'again' }] }, 'share an offset'],
    ['a fractional offset', { ...base, steps: [{ ...base.steps[0]!, offsetMinutes: -1.5 }] }, 'whole minutes'],
    ['a "#" in an id', { ...base, steps: [{ ...base.steps[0]!, id: 'a#1' }] }, 'may not contain'],
    ['a repeat of ten minutes', { ...base, repeatOverdueMinutes: 10 }, 'at least 60'],
  ])('reports %s', (_name, ladder, message) => {
    expect(ladderProblems(ladder).join('\n')).toContain(message);
  });
});

describe('tuneLadder', () => {
  it('moves a team’s thresholds and keeps the steps in time order', () => {
    const result = tuneLadder(defaultLadder(), { 'd-60': -90 * 1440, 'd-1': -2 * 1440 - 60 }, 'default-tuned');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ladder.id).toBe('default-tuned');
    expect(result.ladder.steps.slice(0, 2).map((s) => [s.id, s.offsetMinutes])).toEqual([['d-60', -90 * 1440], ['d-30', -30 * 1440]]);
    expect(result.ladder.steps.map((s) => s.id).slice(4, 7)).toEqual(['d-3', 'd-1', 'd-2']);
  });

  it('reports a step it does not know instead of ignoring it', () => {
    expect(tuneLadder(defaultLadder(), { 'd-45': -45 * 1440 })).toEqual({ ok: false, problems: ['ladder default has no step "d-45"'] });
  });
});

describe('thresholds of the default ladder, to the millisecond', () => {
  const ladder = defaultLadder();
  const repeats = Array.from({ length: 29 }, (_, k) => ({ id: `overdue#${k + 2}`, at: DEADLINE.getTime() + (k + 2) * DAY }));
  const all = [...ladder.steps.map((s) => ({ id: s.id, at: DEADLINE.getTime() + s.offsetMinutes * 60_000 })), ...repeats];
  const rows = all
    .map(({ id, at }, i) => ({ id, at, before: new Set(all.slice(0, i).map((o) => o.id)) }))
    .filter(({ id }) => !id.includes('#') || ['overdue#2', 'overdue#3', 'overdue#30'].includes(id));

  it.each(rows)('$id is not due 1 ms before its instant and is next due then', ({ at, before }) => {
    const plan = planReminders(aTask(), new Date(at - 1), ctx({ recorded: before }));
    expect(plan.send).toBeNull();
    expect(plan.nextDueAt?.getTime()).toBe(at);
  });

  it.each(rows)('$id is due at its instant exactly, alone', ({ id, at, before }) => {
    const plan = planReminders(aTask(), new Date(at), ctx({ recorded: before }));
    expect(plan.send?.stepId).toBe(id);
    expect(plan.send?.dueAt.getTime()).toBe(at);
    expect(plan.skip).toEqual([]);
  });

  it.each(rows)('$id is still due 1 ms after its instant', ({ id, at, before }) => {
    expect(planReminders(aTask(), new Date(at + 1), ctx({ recorded: before })).send?.stepId).toBe(id);
  });
});
