import type { NoticeKind } from '../domain/facts.ts';
import { asksToAct } from './action.ts';
import { SIGNALS } from './kind-signals.ts';

const MAX_HITS = 4;
const MIN_SCORE = 2;
/** Signals below this weight name a topic more than an event. */
const EVENT_WEIGHT = 2;
/** Ties go to the kind that asks more of the reader. */
const PRIORITY: NoticeKind[] = ['certificate', 'security', 'retirement', 'end-of-life', 'deprecation', 'incident', 'billing', 'maintenance'];

/**
 * What happens on the first due date says most about what a notice is: when its sentence names a
 * kind clearly (`reaches end of life on`, `will stop working on`), that is the kind. Otherwise the
 * kind with the most weight in the whole notice, the subject counting twice. `windowed`: the notice
 * names a window the provider works in.
 */
export function classifyKind(prose: string, subject: string, due: string | DueText, windowed = false): NoticeKind {
  const { sentence: dueSentence, title: dueTitle = '', asks = true } = typeof due === 'string' ? { sentence: due } : due;
  // A launch that asks nothing of the reader is news, whatever the product it launches is about. A subject that
  // announces an end by its noun (`Announcing v1 API deprecations`) or a change of what the reader pays
  // (`Introducing our new pricing`) announces that, not a launch.
  if (ANNOUNCEMENT.test(subject) && !asksToAct(prose) && !announcesChange(subject)) return 'informational';
  // Only words for what happens decide there; words for a topic (`API token`, `upgrade`) do not.
  // A column's title is all a table says about its dates, so any word of a kind in it decides.
  // A sentence that only tells what happens then needs a clear word for it (`reaches end of life`, `will be
  // rejected`); a lesser one (`can no longer be started`, `until its end of support`) says how, not what.
  const decisive = dueTitle ? bestOf(scores([dueTitle]).all, 1) : bestOf(scores([dueSentence]).events, asks ? MIN_SCORE : MIN_TOLD);
  const { all: whole, events } = decisive ? { all: null, events: null } : scores([prose, subject]);
  let kind = decisive ?? (events && whole && (bestOf(events, MIN_SCORE, whole) ?? bestOf(whole, MIN_SCORE))) ?? 'informational';
  // A product's end that the provider deals with itself, in a window it sets, while asking nothing of
  // the reader (`PHP 8.1 reaches its end of life…; we will upgrade your sites on June 24, 09:00-11:00`)
  // is work the provider does: maintenance. A brownout's window is not work on the reader's things.
  if (LIFECYCLE.includes(kind)) {
    // An end announced earlier and now called off (`we've decided to reverse course`, `we are no longer retiring…`)
    // leaves nothing to end; unless something is still asked, the notice is news.
    if (!asksToAct(prose) && (WITHDRAWN.test(prose) || WITHDRAWN.test(subject))) return 'informational';
    // A report on an end that has already happened (`Postmortem`, `Incident report for…`), with no date still ahead, looks back on an incident.
    if (!dueSentence && !dueTitle && (REPORT.test(subject) || REPORT.test(prose))) return 'incident';
    // The subject's own word for the end (`… v2 end of life`, `… retirement`) names the kind; the body's
    // words for what breaks (`switched off`, `shut down`) say how it ends, not which end it is.
    // A body that calls itself one (`This is an end-of-life notice for…`) names it as a subject would.
    kind = subjectTerm(subject) ?? selfNamed(prose) ?? kind;
    // Windows in which the change is tried out early (`brownouts`, `blackout tests`) rehearse the end; they are no work of the provider's.
    const work = windowed && !asksToAct(prose) && !REHEARSAL.test(prose) && providerWork(whole, prose, subject);
    return work ? 'maintenance' : kind;
  }
  // A flaw the provider patches on its own systems, in a window it sets, while asking nothing of the reader
  // (`we will reboot all hosts to apply the kernel fix on May 3, 02:00-04:00 UTC`) is work the provider does.
  if (kind === 'security') return windowed && !asksToAct(prose) && providerWork(whole, prose, subject) ? 'maintenance' : kind;
  // An incident in which someone broke in (`an attacker used a leaked token`, `unauthorized admin access`) is a breach, however
  // much of the notice tells its timeline; an outage report that rules one out (`no data was compromised`) stays an incident.
  if (kind === 'incident' && !decisive && (BREACH.test(prose) || BREACH.test(subject))) return 'security';
  // Words for an outage and for planned work weighed equally: a window still ahead says the provider plans it
  // (`the site will be read-only, and the rest offline, from 09:00 to 11:30`); an outage is reported as it happens.
  if (kind === 'incident' && !decisive && windowed && whole && (whole.get('maintenance') ?? 0) >= (whole.get('incident') ?? 0)) return 'maintenance';
  // A subject that calls the notice maintenance (`Upcoming maintenance: …`) names it, whatever the reader must prepare.
  if (kind !== 'maintenance' || MAINTENANCE_TERM.test(subject) || !asksToAct(prose)) return kind;
  // Maintenance is work the provider does. A notice that asks the reader to act because a product
  // ends (`upgrade by March 31; after that, clusters are upgraded automatically`) is about that end.
  // The subject's own noun for that end (`Action required: PHP 8.1 end of life`) names it first.
  const all = whole ?? scores([prose, subject]).all;
  return subjectTerm(subject) ?? bestOf(new Map(LIFECYCLE.map((k) => [k, all.get(k) ?? 0])), MIN_LIFECYCLE) ?? kind;
}

/** The notice says enough about the provider's own work (`maintenance`, `reboot`, `window`) to be about it. */
function providerWork(whole: Map<NoticeKind, number> | null, prose: string, subject: string): boolean {
  return ((whole ?? scores([prose, subject]).all).get('maintenance') ?? 0) >= MIN_SCORE;
}

/** What is said where the first due date is: its sentence, or the title of its table column. */
export interface DueText {
  sentence: string;
  title?: string;
  /** The sentence asks the reader to act by the date; `true` where unknown. */
  asks?: boolean;
}

/** The weight a due date's sentence that asks nothing must give a kind to decide it. */
const MIN_TOLD = 3;

/** Each lifecycle kind's own noun, as a subject names the event (`… end of life`, `… retirement`); verbs say how, not which. */
const TERMS: Array<[NoticeKind, RegExp]> = [
  ['retirement', /\bretirements?\b/i],
  ['end-of-life', /\bend[-\s]of[-\s](?:life|service)\b|\bEOL\b/i],
  ['deprecation', /\bdeprecations?\b|\bsunset\b/i],
];

const MAINTENANCE_TERM = /(?<!\bend[-\s]of[-\s])\bmaintenance\b/i;

/** The one lifecycle kind a subject names by its own word; none where it names two or none. */
function subjectTerm(subject: string): NoticeKind | null {
  const named = TERMS.filter(([, word]) => word.test(subject));
  return named.length === 1 ? (named[0]?.[0] ?? null) : null;
}

function announcesChange(subject: string): boolean {
  return subjectTerm(subject) !== null || scores([subject]).events.has('billing');
}

/** `This is an End of Life (EOL) notice`, `this deprecation announcement`: the notice's own name for what it announces. */
const SELF_NAMED = /\bthis\s+(?:is\s+(?:an?\s+|our\s+)?(?:official\s+|formal\s+)?)?((?:[\w-]+\s+){1,3}?)(?:\([A-Z]{2,5}\)\s+)?(?:notice|announcement|notification)\b/i;

function selfNamed(prose: string): NoticeKind | null {
  const words = SELF_NAMED.exec(prose)?.[1];
  return words ? subjectTerm(words) : null;
}

/**
 * A subject that presents news: a launch (`Introducing…`, `now available`, `Meet the new dashboard`,
 * `Say hello to…`) or a preview of one (`Coming soon to…`, `A first look at…`).
 */
const ANNOUNCEMENT =
  /\b(?:now\s+(?:generally\s+)?available|generally\s+available|introducing|announcing|(?:is|are)\s+here|coming\s+soon|(?:sneak|first|early)\s+(?:peek|look)|what['’]s\s+new|meet\s+(?:the\s+|our\s+)?(?:all-)?new|say\s+hello\s+to|welcome\s+to\s+the\s+new)\b/i;
const REPORT = /\bpost-?mortem\b|\b(?:incident|outage)\s+reports?\b|\bpost-?incident\s+(?:review|report)\b/i;

/** A planned end called off: the provider reverses it, no longer goes ahead with it, or cancels it. */
const WITHDRAWN =
  /\brevers(?:e|ed|ing)\s+(?:course|(?:our|this|that|the)\s+decision)\b|\b(?:are|is|will)\s+no\s+longer\s+(?:be\s+)?(?:sunsetting|deprecating|retiring|discontinuing|removing|shutting\s+down|sunset|deprecated|retired|discontinued|removed|shut\s+down)\b|\b(?:cancel(?:l?ed|l?ing)?|withdr[ae]wn?|withdrawing|call(?:ed|ing)?\s+off)\s+(?:the|our|this|its)\s+(?:(?:planned|previously\s+announced|announced)\s+)?(?:deprecation|sunset|retirement|removal|shutdown|discontinuation|end[-\s]of[-\s]life)\b/i;
/** Someone who broke in, or what they took, unless the sentence denies it (`no evidence of unauthorized access`). */
const BREACH =
  /(?<!\b(?:no|not|never|without|nor|n['’]t)\b[^.\n]{0,60})\b(?:attackers?|(?:malicious|threat)\s+(?:external\s+)?(?:actors?|users?|part(?:y|ies))|unauthori[sz]ed\s+(?:[\w-]+\s+){0,2}?access|security\s+(?:incident|breach)|data\s+breach|(?:was|were|been)\s+compromised|(?:leaked|stolen|exfiltrated)\s+(?:[\w-]+\s+){0,2}?(?:credentials?|tokens?|keys?|passwords?|logins?|data))\b/i;
const REHEARSAL = /\bbrown-?outs?\b|\bblack-?out\s+(?:tests?|periods?|windows?)\b/i;
const LIFECYCLE: NoticeKind[] = ['retirement', 'end-of-life', 'deprecation'];
const MIN_LIFECYCLE = 3;

/** Every trigger word in one pass: the signals then search only texts that hold one of theirs. */
const TRIGGER = new RegExp(
  String.raw`\b(?:${[...new Set(SIGNALS.flatMap((signal) => signal[3]))].sort((a, b) => b.length - a.length).join('|')})`,
  'gi',
);

/** Every signal's weight by kind (`all`), and that of the signals that name an event (`events`), in one pass. */
function scores(texts: string[]): { all: Map<NoticeKind, number>; events: Map<NoticeKind, number> } {
  const score = new Map<NoticeKind, number>();
  const events = new Map<NoticeKind, number>();
  for (const text of texts) {
    const triggers = new Set<string>();
    for (const m of text.matchAll(TRIGGER)) triggers.add(m[0].toLowerCase());
    for (const [kind, weight, pattern, needs] of SIGNALS) {
      if (!needs.some((word) => triggers.has(word))) continue;
      let hits = 0;
      pattern.lastIndex = 0;
      while (hits < MAX_HITS && pattern.exec(text)) hits++;
      pattern.lastIndex = 0;
      if (!hits) continue;
      score.set(kind, (score.get(kind) ?? 0) + hits * weight);
      if (weight >= EVENT_WEIGHT) events.set(kind, (events.get(kind) ?? 0) + hits * weight);
    }
  }
  return { all: score, events };
}

/** The kind with the highest score; `tieBreak` decides between equal scores before PRIORITY does. */
function bestOf(score: Map<NoticeKind, number>, min: number, tieBreak?: Map<NoticeKind, number>): NoticeKind | null {
  let best: NoticeKind | null = null;
  let bestScore = min - 1;
  for (const kind of PRIORITY) {
    const s = score.get(kind) ?? 0;
    const wins = s > bestScore || (s === bestScore && best !== null && tieBreak !== undefined && (tieBreak.get(kind) ?? 0) > (tieBreak.get(best) ?? 0));
    if (wins) {
      best = kind;
      bestScore = s;
    }
  }
  return best;
}
