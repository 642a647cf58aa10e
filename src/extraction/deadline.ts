import type { DatedFact, DateRole, Precision } from '../domain/facts.ts';
import type { Cue, Cued } from './roles.ts';

/** A date with its cue and where it came from, as the deadline choice sees it. */
export interface Candidate extends Cued {
  origin: NonNullable<DatedFact['origin']>;
  /** A provider rule said this is the deadline. */
  ruled?: boolean;
  /** The source knows the deadline (`Notice.hints.deadline`): it wins, even once past. */
  known?: boolean;
}

const DAY = 86_400_000;
const FINENESS: Record<Precision, number> = { day: 0, minute: 1, second: 2 };

/**
 * THE deadline: the one the source knows, else, among dates by which something is due, the earliest day (the first thing that breaks
 * or is asked for), written with a time of day where the text gives one. A rule's deadline comes first.
 * Without a due date, the first phase that starts (`Starting June 12`), then any future date but one the
 * provider promises to deliver by (`We will post a report by May 2`). A month
 * or a quarter without a day (`before November 2025`) is read only where no day is written.
 * Windows the provider works in are never a deadline; nor is a phase that starts on the day the notice
 * is sent. A day before the notice was sent is one only when nothing ahead is: then the latest day that
 * was due, so that a notice sent after its own deadline opens its task overdue.
 */
export function chooseDeadline(candidates: Candidate[], actionRequired: boolean, receivedAt?: Date): Candidate | null {
  const known = candidates.find((c) => c.known);
  if (known) return known;
  if (!actionRequired) return null;
  // A phase that begins on the day the notice is sent (`As of today, X is deprecated`) is the news
  // itself and leaves no time to act: only a date that says something is due may fall on that day.
  const sent = receivedAt ? Math.floor(receivedAt.getTime() / DAY) : -Infinity;
  const usable = candidates.filter(
    (c) => !c.past && c.cue !== 'start' && c.cue !== 'end' && (c.cue === 'due' || c.breaks === true || c.origin !== 'grammar' || Math.floor(c.at.getTime() / DAY) > sent),
  );
  // A month or a quarter counts only where no day with the same role is written.
  const dayDue = usable.some((c) => c.cue === 'due' && !c.monthOnly);
  // A quarter or a year due (`we retire v1 by the end of 2025`) is a plan; a day written before its end on which
  // a phase starts that the reader meets (`From July 15, the endpoints stop returning…`) is the nearer thing to act by.
  const phaseDays = usable.filter((c) => c.cue === 'effective' && !c.newOnly && !c.calm && !c.monthOnly);
  const outrun = (c: Candidate): boolean => c.wide === true && phaseDays.some((p) => p.at < c.at);
  const tiers: Array<(c: Candidate) => boolean> = [
    (c) => c.ruled === true,
    // The date the ask names comes before the dates of what breaks (`Test sites lose V1 on July 1…
    // Move every integration to V2 before September 30`).
    (c) => c.cue === 'due' && c.ask === true && !c.monthOnly,
    // A day labelled only as a deprecation goes on working; the day labelled as its end (`Sunset date:`) is due first.
    (c) => c.cue === 'due' && !c.harmOnly && !c.monthOnly && !c.soft,
    (c) => c.cue === 'due' && !c.harmOnly && !c.monthOnly,
    // A month due (`expires in April`) gives way to a day due by what breaks on it (`On March 29… older versions will not be able to connect`).
    (c) => c.cue === 'due' && !c.harmOnly && (!c.monthOnly || !dayDue) && !outrun(c),
    // A phase that starts is named as such; a sentence that only says what breaks ranks after it,
    // unless the phase only concerns new things or only warns (`Starting October 19, requests print
    // a warning… On November 2 we will revoke the keys`).
    (c) => c.cue === 'effective' && !c.newOnly && !c.calm && !c.monthOnly,
    (c) => c.cue === 'due' && !c.monthOnly,
    (c) => c.cue === 'due',
    (c) => c.cue === 'effective' && !c.monthOnly,
    (c) => c.cue === 'effective',
    (c) => c.cue === 'neutral' && c.origin !== 'source' && !c.monthOnly && !c.promise,
  ];
  for (const [tier, inTier] of tiers.entries()) {
    const pick = earliest(usable.filter(inTier));
    if (!pick) continue;
    // The same day written elsewhere with its time (`expire in 7 days` above a table of expiry times,
    // `revoked on 13 September` in a subject, `Revocation will begin on 13 Sep 2026 14:00 UTC` below) is that day, more precisely.
    const same = usable.filter((c) => (c.cue === 'due' || c.cue === 'effective') && sameDay(c, pick));
    // A day named with no role (`On May 7 we start the upgrade`) whose window opens that day at a written time
    // (`The window starts May 7 at 17:00 UTC`), or any day the change itself is applied in a window
    // (`The change will be applied between May 7 08:00 and 16:00 UTC`): what is asked must be ready when it opens.
    const lastTier = tier === tiers.length - 1;
    const opens = pick.precision === 'day' ? candidates.filter((c) => !c.past && c.cue === 'start' && (lastTier || c.lands === true) && c.precision !== 'day' && sameDay(c, pick)) : [];
    return earliest([pick, ...same, ...timeOfDay(usable, pick), ...opens]);
  }
  // Nothing ahead, but something was due before the notice was sent (a notice sent after its own
  // deadline): the latest such day, so the task opens overdue instead of with no date at all.
  return latest(candidates.filter((c) => c.overdue === true && c.origin === 'grammar'));
}

/**
 * A due day written elsewhere with one time of day in a sentence that names no role (`Shutdown on
 * March 31.` … `The switch happens on March 31 at 12:00 UTC.`): that time, where it is the only one
 * written for the day outside a window.
 */
function timeOfDay(usable: Candidate[], pick: Candidate): Candidate[] {
  if (pick.precision !== 'day') return [];
  const timed = usable.filter((c) => c.precision !== 'day' && (c.cue === 'neutral' || c.cue === 'effective') && !c.window && sameDay(c, pick));
  return timed.length > 0 && timed.every((c) => c.at.getTime() === timed[0]?.at.getTime()) ? timed.slice(0, 1) : [];
}

/** The day as the notice writes it: a time in a zone belongs to its own calendar day, not the UTC one it falls on. */
const dayOf = (c: Candidate): number => c.localDay ?? Math.floor(c.at.getTime() / DAY);
const sameDay = (a: Candidate, b: Candidate): boolean => dayOf(a) === dayOf(b);

/** The first day in the list, written with its time where the day is written twice. */
export const earliest = (list: Candidate[]): Candidate | null => outermost(list, -1);
/** The last day in the list, likewise. */
const latest = (list: Candidate[]): Candidate | null => outermost(list, 1);

function outermost(list: Candidate[], direction: 1 | -1): Candidate | null {
  let best: Candidate | null = null;
  for (const c of list) {
    if (!best) {
      best = c;
      continue;
    }
    const day = (dayOf(c) - dayOf(best)) * direction;
    if (day > 0 || (day === 0 && FINENESS[c.precision] > FINENESS[best.precision])) best = c;
  }
  return best;
}

const ROLE_OF: Record<Cue, DateRole> = {
  due: 'deadline',
  start: 'window-start',
  end: 'window-end',
  effective: 'effective',
  past: 'mentioned',
  neutral: 'mentioned',
};
const RANK: Record<DateRole, number> = { deadline: 0, 'window-start': 1, 'window-end': 1, effective: 2, mentioned: 3 };

/**
 * Every date as a fact, one per instant: the chosen deadline is the only `deadline`; other due dates
 * become the phases they are (`effective` after the deadline, `mentioned` otherwise).
 */
export function toFacts(candidates: Candidate[], deadline: Candidate | null): DatedFact[] {
  const byInstant = new Map<string, DatedFact>();
  for (const c of candidates) {
    let role = ROLE_OF[c.cue];
    if (c === deadline) role = 'deadline';
    else if (role === 'deadline') role = deadline && c.at > deadline.at ? 'effective' : 'mentioned';
    const fact: DatedFact = { at: c.at, role, precision: c.precision, text: c.text, origin: c.origin };
    const key = `${c.at.toISOString()}/${c.precision}`;
    const seen = byInstant.get(key);
    if (!seen || RANK[role] < RANK[seen.role]) byInstant.set(key, fact);
  }
  return [...byInstant.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
}
