import type { Notice } from '../domain/notice.ts';
import type { DateRole, Extraction } from '../domain/facts.ts';
import { isActionRequired } from './action.ts';
import { classifyKind } from './classify.ts';
import { columnTitle } from './columns.ts';
import { findDates } from './dates.ts';
import { chooseDeadline, earliest, toFacts, type Candidate } from './deadline.ts';
import { registeredDomain } from './names.ts';
import { dayOrderOf } from './numeric-dates.ts';
import { providerOf, serviceOf } from './provider.ts';
import { findRegions } from './regions.ts';
import { findResources } from './resources.ts';
import { cueDates, type Cue } from './roles.ts';
import { applyPatterns } from './rule-patterns.ts';
import { prepareText, sentenceOf } from './text.ts';

/** A provider rule's own pattern, compiled from rules/providers/*.yaml. */
export interface ExtractPattern {
  /** The rule it came from, for `rules test`. */
  ruleId: string;
  /**
   * Named groups say what a match is: `date` (a date phrase, given `role`), `resource`, `region`,
   * `account`. Patterns are checked against catastrophic backtracking when rules load.
   */
  pattern: RegExp;
  role?: DateRole;
}

export interface ExtractOptions {
  patterns?: ExtractPattern[];
}

const CUE_OF_ROLE: Record<DateRole, Cue> = {
  deadline: 'due',
  'window-start': 'start',
  'window-end': 'end',
  effective: 'effective',
  mentioned: 'neutral',
};

/** Text + received time (+ provider patterns) → facts. Pure and total: nothing found is an empty result. */
export function extract(notice: Notice, options: ExtractOptions = {}): Extraction {
  const receivedAt = Number.isNaN(notice.receivedAt.getTime()) ? new Date(0) : notice.receivedAt;
  const { plain, prose } = prepareText(notice);
  const hints = notice.hints ?? {};
  const order = dayOrderOf(prose, notice.from);
  const rules = applyPatterns(options.patterns ?? [], plain, receivedAt, order);

  const candidates: Candidate[] = cueDates(prose, findDates(prose, receivedAt, order), receivedAt).map((c) => ({ ...c, origin: 'grammar' }));
  for (const d of cueDates(prose, rules.dates, receivedAt)) {
    const ruleCue = CUE_OF_ROLE[d.role];
    candidates.push({ ...d, cue: d.past && ruleCue === 'due' ? 'past' : ruleCue, origin: 'rule', ruled: d.role === 'deadline' });
  }
  for (const [at, cue] of [[hints.windowStart, 'start'], [hints.windowEnd, 'end']] as const) {
    if (at) candidates.push({ index: 0, end: 0, text: '', at, precision: 'minute', relative: false, monthOnly: false, cue, past: false, origin: 'source' });
  }
  const known = hints.deadline && !Number.isNaN(hints.deadline.at.getTime()) ? hints.deadline : null;
  if (known) candidates.push({ index: 0, end: 0, ...known, relative: false, monthOnly: false, cue: 'due', past: false, origin: 'source', known: true });

  // A date due only by what breaks in its sentence (`If they keep failing, we will remove…`) tells the consequence, not what the notice is.
  // Of one day written twice (`removed on 23 Feb` in the subject, `reach end of life on 23 Feb 08:00 UTC` below), the one with its time says more.
  const firstDue = earliest(candidates.filter((c) => c.cue === 'due' && !c.harmOnly && !c.past && c.origin !== 'source'));
  const windowed = candidates.some((c) => c.cue === 'start' && !c.past);
  // A date in a table is what its column's title says; the other cells of its row are not a sentence about it.
  const dueTitle = firstDue ? columnTitle(prose, firstDue.index) : null;
  const dueText = dueTitle === null && firstDue ? sentenceOf(prose, firstDue.index) : '';
  const kind = hints.kind ?? classifyKind(prose, notice.subject, { sentence: dueText, title: dueTitle ?? '', asks: firstDue?.ask === true }, windowed);
  // A rule that names a deadline says there is something to do by then.
  const actionRequired = known !== null || candidates.some((c) => c.ruled && !c.past) || isActionRequired(prose, kind, candidates.some((c) => (c.ask || c.pointed) && !c.past), onlyNewOrWarns(candidates), nothingAhead(candidates, receivedAt));
  const deadline = chooseDeadline(candidates, actionRequired, receivedAt);
  const dates = toFacts(candidates, deadline);

  const provider = hints.provider ?? providerOf(notice, prose);
  const found = findResources(prose, kind, registeredDomain(notice.from), provider, plain);
  const regions = merge(hints.regions, rules.regions, findRegions(prose, provider), found.regions);
  // `deactivated in eu1`: a code the text names as a region elsewhere is no resource of the reader's.
  const regionKeys = new Set(regions.map((r) => r.toLowerCase()));
  // findResources gives each name once by its lower case: alone, it needs no merging (a list of thousands).
  const own = regionKeys.size > 0 ? found.resources.filter((r) => !regionKeys.has(r.toLowerCase())) : found.resources;
  return {
    provider,
    service: hints.service ?? serviceOf(notice.subject, prose),
    kind,
    actionRequired,
    deadline: dates.find((d) => d.role === 'deadline') ?? null,
    dates,
    resources: hints.resources?.length || rules.resources.length ? merge(hints.resources, rules.resources, own) : own,
    regions,
    accounts: merge(hints.accounts, rules.accounts, found.accounts),
  };
}

/** Every date is past, or only stamps the day the notice was sent (`Incident report, 2026-03-02`). */
function nothingAhead(candidates: Candidate[], receivedAt: Date): boolean {
  const tomorrow = Date.UTC(receivedAt.getUTCFullYear(), receivedAt.getUTCMonth(), receivedAt.getUTCDate() + 1);
  return candidates.every((c) => c.past || (c.cue === 'neutral' && c.at.getTime() < tomorrow));
}

/** The notice's dates that are still to come all only change what the reader may create, or only warn. */
function onlyNewOrWarns(candidates: Candidate[]): boolean {
  const ahead = candidates.filter((c) => !c.past && c.cue !== 'neutral');
  return ahead.length > 0 && ahead.every((c) => c.newOnly === true || c.calm === true);
}

/** Facts from a structured source first, then a rule's, then the grammar's; each once. */
function merge(...lists: Array<string[] | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    if (!list) continue;
    for (const item of list) {
      if (!item) continue;
      const key = item.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}
