import type { Cued } from './roles.ts';
import { ASK, OFFER, asksInList } from './asks.ts';
import { columnTitle } from './columns.ts';
import { sentenceEnd, sentenceOf, sentenceStart, squash } from './text.ts';

/**
 * An ask that points back at a date instead of writing it (`Migrate these calls before the cutoff`,
 * `Before then, generate a new key`, `Upgrade the clusters before the EOM date`).
 */
const POINTS_BACK =
  /\b(?:before|by|prior\s+to|ahead\s+of|in\s+advance\s+of|no\s+later\s+than)\s+(?:then|that\s+(?:date|day|time|point)|this\s+date|(?:the|your)\s+(?:cut-?off|deadline|(?:[\w-]+\s+){0,2}date|(?:[\w-]+\s+)?(?:shutdown|shut-?off|switch-?off|turn-?off|cut-?over|sunset|retirement|removal|decommission(?:ing)?|end[-\s]of[-\s](?:life|support)))|(?:deletion|removal|shutdown|retirement|expiry|expiration|decommissioning|revocation)\b(?!\s+(?:of|date|on)\b)|(?:it|they)\s+(?:expires?|(?:is|are)\s+(?:revoked|removed|retired|disabled|deleted|turned\s+off|switched\s+off|powered\s+(?:off|down)|shut\s+down))|(?:(?:the|your|its|this|that)\s+(?:[\w.-]+\s+){0,2}?|it\s+|they\s+)(?:reach(?:es)?|hits?)\s+(?:its\s+|the\s+)?(?:end[-\s]of[-\s](?:life|support|sale)|eol|eos)|(?:the\s+)?[a-z]{4,20}\s+(?:stops|ends|is\s+(?:shut\s+down|switched\s+off|turned\s+off|removed|disabled))|(?:the|your|this|our)\s+(?:(?:start|beginning|commencement)\s+of\s+(?:the|your|this|our)\s+)?(?:[\w-]+\s+){0,2}?(?:window|maintenance|upgrade|migration|work|downtime|outage|reboot|restart|cut-?over|switch-?over)(?:\s+(?:begins|starts|start|opens|commences)|(?![\w-]|\s+(?:ends|is\s+(?:over|complete|done|finished)|completes|finishes|closes|on|at)\b)))\b/gi;
/**
 * A pointer at the provider's work, or at its start (`before the window begins`, `prior to the outage`, `ahead of the
 * maintenance`): the work is done in its window, so the window's start is what the ask must beat.
 */
const WORK_STARTS = /\b(?:window|maintenance|upgrade|migration|work|downtime|outage|reboot|restart|cut-?over|switch-?over)(?:\s+(?:begins|starts|start|opens|commences))?$/i;
/** The event a pointer names (`the sunset date`, `the end-of-life date`), by the start of its word. */
const POINTED_EVENT = /\b(cut-?off|deadline|sunset|end[-\s]of[-\s](?:life|support|sale)|eol|retire|remov|shut|deprecat|expir|decommission|enforce|migrat|renew|delet|revo|effective)/i;
/** `before issuance stops`: the event is named by its own noun, read by its first four letters (`issuance`, `issued`). */
const EVENT_NOUN = /^(?:before|by|prior\s+to|ahead\s+of|no\s+later\s+than)\s+(?:the\s+)?([a-z]{4,20})\s+(?:stops|ends|is\s)/i;
/** How far before its pointer a date that is not due may be written. */
const POINT_REACH = 600;

/**
 * The date an ask that points back means, among those written before it: the last whose sentence
 * names the event the pointer names (`before the sunset date` → `will sunset on July
 * 20`), or, in a lifecycle table, the earliest under the column that names it (`before your release
 * reaches end of life`); else the earliest due date, since the first thing that breaks is what the reader must beat
 * (`before this date` after a temporary and a permanent shutoff); else the last date within reach. That
 * date is due and asked for, as if the ask had written it; a window's end or a past day never is.
 */
export function pointedBack<T extends Cued>(prose: string, cued: T[]): T[] {
  const out = [...cued];
  // What each date's title, clause and sentence say, squashed, read once however many asks point back.
  const read = new Map<number, { title: string; clause: string; sentence: string }>();
  const texts = (c: Cued): { title: string; clause: string; sentence: string } => {
    const seen = read.get(c.index);
    if (seen) return seen;
    const title = columnTitle(prose, c.index);
    const row = title === null ? null : squash(lineOf(prose, c.index));
    const found = { title: squash(title ?? ''), clause: row ?? squash(clauseOf(prose, c)), sentence: row ?? squash(sentenceOf(prose, c.index, c.end)) };
    read.set(c.index, found);
    return found;
  };
  for (const m of prose.matchAll(POINTS_BACK)) {
    const at = m.index;
    const sentence = sentenceOf(prose, at).trimStart();
    if (!(ASK.test(sentence) || asksInList(prose, at)) || OFFER.test(sentence)) continue;
    if (WORK_STARTS.test(m[0])) {
      pointStart(out, at);
      continue;
    }
    const written = out.filter((c) => c.end <= at && !c.past && c.cue !== 'end' && c.cue !== 'start');
    if (written.length === 0) continue;
    const before = written.filter((c) => at - c.end <= POINT_REACH);
    const event = eventOf(m[0]);
    // A date in a table names its event in its column's title (`End of life (EOL)`) or in the other
    // cells of its row (`| API 1.4 is removed |`); the header above is no sentence of its own.
    const titled = (c: T): boolean => event !== undefined && texts(c).title.includes(event);
    const names = (c: T, narrow: boolean): boolean => event !== undefined && (narrow ? texts(c).clause : texts(c).sentence).includes(event);
    // A day labelled only as a deprecation goes on working: the day something breaks is the one to beat.
    const anyDue = written.filter((c) => c.cue === 'due');
    const hard = anyDue.filter((c) => c.soft !== true);
    const due = hard.length > 0 ? hard : anyDue;
    // The clause of a date names its event more surely than its sentence (`X shuts down on March 31, and test keys stop on March 15`).
    const inClause = written.filter((c) => names(c, true) || titled(c));
    const named = inClause.length > 0 ? inClause : written.filter((c) => names(c, false));
    // Of a column of such dates (one row per release), the first to arrive is the one to beat.
    const target = (named.some(titled) ? earliestOf(named) : named.at(-1)) ?? (due.length > 0 ? earliestOf(due) : before.at(-1));
    if (!target) continue;
    const k = out.indexOf(target);
    out[k] = { ...target, cue: 'due', harmOnly: undefined, newOnly: undefined, calm: undefined, ask: true, pointed: true };
  }
  return out;
}

/**
 * The event a pointer names, squashed: the first letters of a verb or noun (`retir` for retired and
 * retirement), but an `end of …` in full, since end of support and end of life are different days.
 */
function eventOf(pointer: string): string | undefined {
  const word = POINTED_EVENT.exec(pointer)?.[1];
  if (word !== undefined) return squash(/^end/i.test(word) ? word : word.slice(0, 5));
  const noun = EVENT_NOUN.exec(pointer)?.[1]?.slice(0, 4);
  return noun === undefined ? undefined : squash(noun);
}

/** `Before the window begins, stop your import jobs`: the first start of the provider's work written before the ask. */
function pointStart<T extends Cued>(out: T[], at: number): void {
  const target = earliestOf(out.filter((c) => c.cue === 'start' && !c.past && c.end <= at && at - c.end <= POINT_REACH));
  if (!target) return;
  const k = out.indexOf(target);
  out[k] = { ...target, cue: 'due', ask: true, pointed: true };
}

/** Where one clause of a sentence gives way to the next: `;`, `, and`, `, but`, `, while`. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\s/g;

/** `Effective date: April 1, 2026`: a line that opens on a label is a clause of its own. */
const LABEL_LINE = /^\s*(?:[-*•]\s*)?[A-Za-z][\w ()/-]{1,40}:\s/;

/** The clause of its sentence that a date is written in. */
function clauseOf(prose: string, c: Cued): string {
  const line = lineOf(prose, c.index);
  if (LABEL_LINE.test(line)) return line;
  const from = sentenceStart(prose, c.index);
  const sentence = prose.slice(from, sentenceEnd(prose, c.end));
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= c.index - from) start = m.index + m[0].length;
    else if (m.index >= c.end - from) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

/** How far a line is read each side of a date: a text with no line breaks is not one line to scan. */
const LINE_REACH = 400;

function lineOf(prose: string, index: number): string {
  const from = Math.max(0, index - LINE_REACH);
  const near = prose.slice(from, index + LINE_REACH);
  const at = index - from;
  const end = near.indexOf('\n', at);
  return near.slice(near.lastIndexOf('\n', at - 1) + 1, end < 0 ? near.length : end);
}

const earliestOf = <T extends Cued>(list: T[]): T | undefined => list.reduce<T | undefined>((best, c) => (!best || c.at < best.at ? c : best), undefined);
