import { LOUDNESS, type Ladder, type LadderStep, type Loudness } from './policy.ts';

export const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;

export function loudnessRank(loudness: Loudness): number {
  return LOUDNESS.indexOf(loudness);
}

/** One level louder, never beyond `ceiling`. */
export function louder(loudness: Loudness, ceiling: Loudness = 'overdue'): Loudness {
  const next = LOUDNESS[Math.min(loudnessRank(loudness) + 1, loudnessRank(ceiling))];
  return next ?? loudness;
}

function daysBefore(days: number, loudness: Loudness, critical = false): LadderStep {
  return { id: `d-${days}`, offsetMinutes: -days * DAY_MINUTES, loudness, critical };
}

/**
 * The ladder a task gets when no rule names another. From the day before the deadline the ladder is
 * critical: those steps go out in quiet hours and bound how long a task can be snoozed.
 */
export function defaultLadder(): Ladder {
  return {
    id: 'default',
    description:
      'Thread at 60 and 30 days, channel with owners at 14 and 7, pending approvers by DM at 3 and 2, ' +
      '@here with escalation contacts from the day before, overdue alerts every 24 hours',
    steps: [
      daysBefore(60, 'thread'),
      daysBefore(30, 'thread'),
      daysBefore(14, 'channel'),
      daysBefore(7, 'channel'),
      daysBefore(3, 'dm'),
      daysBefore(2, 'dm'),
      daysBefore(1, 'here', true),
      { id: 'deadline', offsetMinutes: 0, loudness: 'here', critical: true },
      { id: 'overdue', offsetMinutes: DAY_MINUTES, loudness: 'overdue', critical: true },
    ],
    repeatOverdueMinutes: DAY_MINUTES,
  };
}

/**
 * A team's own thresholds over a shared ladder: step id → new offset in minutes. Unknown ids are
 * reported, not ignored, so a typo in a team's tuning cannot silently drop a step.
 */
export function tuneLadder(
  ladder: Ladder,
  offsets: Readonly<Record<string, number>>,
  id = ladder.id,
): { ok: true; ladder: Ladder } | { ok: false; problems: string[] } {
  const known = new Set(ladder.steps.map((s) => s.id));
  const unknown = Object.keys(offsets).filter((stepId) => !known.has(stepId));
  if (unknown.length > 0) return { ok: false, problems: unknown.map((s) => `ladder ${ladder.id} has no step "${s}"`) };
  const steps = ladder.steps.map((s) => ({ ...s, offsetMinutes: offsets[s.id] ?? s.offsetMinutes }));
  const tuned: Ladder = { ...ladder, id, steps: steps.sort((a, b) => a.offsetMinutes - b.offsetMinutes) };
  const problems = ladderProblems(tuned);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ladder: tuned };
}

/** Everything wrong with a ladder at once; empty when it can be used. */
export function ladderProblems(ladder: Ladder): string[] {
  const problems: string[] = [];
  const where = `ladder ${ladder.id}`;
  if (ladder.steps.length === 0) problems.push(`${where}: needs at least one step`);
  const seen = new Set<string>();
  for (const step of ladder.steps) {
    if (seen.has(step.id)) problems.push(`${where}: step id "${step.id}" is used twice`);
    seen.add(step.id);
    if (step.id.includes('#')) problems.push(`${where}: step id "${step.id}" may not contain "#"`);
    if (!Number.isInteger(step.offsetMinutes)) problems.push(`${where}: step "${step.id}" offset must be whole minutes`);
    if (!LOUDNESS.includes(step.loudness)) problems.push(`${where}: step "${step.id}" has unknown loudness "${step.loudness}"`);
  }
  const offsets = ladder.steps.map((s) => s.offsetMinutes);
  if (new Set(offsets).size !== offsets.length) problems.push(`${where}: two steps share an offset`);
  const repeat = ladder.repeatOverdueMinutes;
  if (repeat !== null && (!Number.isInteger(repeat) || repeat < 60)) {
    problems.push(`${where}: repeatOverdueMinutes must be whole minutes, at least 60, or null`);
  }
  return problems;
}
