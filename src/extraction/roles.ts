import type { Found } from './dates.ts';
import { asksAt } from './asks.ts';
import { columnTitle } from './columns.ts';
import { pointedBack } from './pointed-back.ts';
import { phasesPointedAt } from './these-dates.ts';
import { spanDay } from './spans.ts';
import { PUBLISHED } from './years.ts';
import { around, sentenceEnd } from './text.ts';

/**
 * What the words around a date say it is:
 * - `due`: something is asked or breaks by then (`before`, `expires on`, `will be terminated after`);
 * - `start`/`end`: a window the provider works in;
 * - `effective`: a phase begins (`Starting`, `From`, `on or after`);
 * - `past`: it happened, or it was superseded (`reached on`, `extended from`);
 * - `neutral`: a date with nothing around it that says which.
 */
export type Cue = 'due' | 'start' | 'end' | 'effective' | 'past' | 'neutral';

export interface Cued extends Found {
  cue: Cue;
  /** Before the day the notice was sent: never a deadline. */
  past: boolean;
  /** A due date in the sentence that asks the reader to act (`Move every integration to V2 before…`). */
  ask?: boolean;
  /** Due only because its sentence says what breaks (`We will disable v1 on…`), not by a word for a deadline. */
  harmOnly?: boolean;
  /** A phase that only changes what the reader may create (`New v2 projects can no longer be created`). */
  newOnly?: boolean;
  /** A phase that only warns and breaks nothing (`Starting October 19, requests print a warning`). */
  calm?: boolean;
  /** An ask after it points back at it (`Migrate before the cutoff`): due, and something is asked. */
  pointed?: boolean;
  /** Labelled only as the day something is deprecated (`Deprecation date:`): it goes on working, so a day that breaks it comes first. */
  soft?: boolean;
  /** A window in which the change itself is applied (`The change will be applied between…`), not work beside it. */
  lands?: boolean;
  /** What the provider undertakes to deliver by then (`We will share a report by…`): never the reader's deadline. */
  promise?: boolean;
  /** A phase in which something the reader uses already breaks (`Effective today, the v2 models are no longer available`). */
  breaks?: boolean;
  /** Due by its words, but before the day the notice was sent (`reached end of life in October`): late, not gone. */
  overdue?: boolean;
}

// Labels and prepositions right before the date (the nearest words decide).
const LABEL_START = /\b(?:start(?:s|ing)?(?:\s+(?:time|date))?|begin(?:s|ning)?|window\s+start|scheduled\s+(?:for|start)|from)\s*[:=]\s*$/i;
const LABEL_END = /\b(?:end(?:s)?(?:\s+(?:time|date))?|finish(?:es)?|window\s+end|until|to)\s*[:=]\s*$/i;
const LABEL_DUE =
  /\b(?:deadline|due(?:\s+date)?|expir(?:y|ation|es|ing)(?:\s+date)?|valid\s+(?:until|till|through|thru|to)|not\s+after|(?:deprecation|retirement|removal|shutdown|sunset|decommission(?:ing)?|migration|cut-?off|eol)\s+date|(?:retirement|removal|shutdown|sunset|decommission(?:ing)?|revocation|deletion|switch-?off|cut-?off)|end[-\s]of[-\s](?:life|support|sale)(?:\s+date)?|action\s+required\s+by|\w+\s+by(?:\s+date)?)\s*[:=–-]\s*$/i;
const SUPERSEDED = /\b(?:extended|moved|postponed|pushed|changed|delayed|rescheduled|updated|brought\s+forward)\s+(?:back\s+)?(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:\d{1,2}\s+)?$/i;
const MOVED_TO =
  /\b(?:extended|moved|postponed|pushed|changed|delayed|rescheduled|updated|brought\s+forward)\s+(?:back\s+)?(?:(?:[\w-]+\s+){0,3}?from\s+[^.;\n]{3,40}?\s+)?(?:to|until)\s+(?:the\s+)?$/i;
const DUE_PREP =
  /\b(?:before|by|by\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|business(?:\s+day)?)(?:\s+on)?|by\s+(?:COB|EOD|noon|midnight)(?:\s+on)?|no\s+later\s+than|not\s+later\s+than|prior\s+to|ahead\s+of|on\s+or\s+before|you\s+have\s+until|(?:expires?|expiring|expired|expiration)(?:\s+(?:on|at))?|due(?:\s+(?:on|by))?|(?:grace\s+period|trial|subscription)(?:\s+[\w.-]+){0,4}?\s+(?:ends|will\s+end)(?:\s+(?:on|at))?)(?:\s+|\s*\()(?:the\s+)?(?:end\s+of\s+|(?:early|late)[\s-]+)?$/i;
/** `on 31 March 2026 (CET) at the latest`: the words after the date make it the last moment. */
const AT_LATEST = /^\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*at\s+the\s+latest\b/i;
/**
 * `Tokens created before May 2`: a date that picks out which of the reader's things are meant, not a time
 * to act by; `must be created before May 2` is what must be done.
 */
const SELECTOR = /(?<!\bbe\s+)\b(?:created|issued|generated|added|registered|opened|uploaded|deployed|provisioned|launched|minted|signed\s+up)\s+(?:before|by|prior\s+to|on\s+or\s+before|after|since)\s+(?:the\s+)?$/i;
/** `The credit card we hold for your account expires at the end of February`: a card, not the reader's service. */
const CARD_EXPIRES = /\b(?:credit|debit|payment)?\s*cards?\b[^.\n]{0,80}\bexpir(?:es|ing|y|ation)(?:\s+date)?\s*(?:on|at|in|:)?\s+(?:the\s+)?(?:end\s+of\s+)?$/i;
const AFTER = /\b(?:after|past|beyond|later\s+than)\s+(?:the\s+)?$/i;
/** `act now to avoid disruption after May 1`: what is avoided begins after the day, so the day is due. */
const AVOIDED_AFTER = /\b(?:avoid|prevent)(?:s|ing)?\s+(?:any\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:after|past|beyond|later\s+than)\s+(?:the\s+)?$/i;
/**
 * An ask due before an event whose clause carries the date (`allowlist them before the window starts
 * at 15:00 UTC on`, `ahead of the change taking effect on`): the event's time is the cut-off.
 */
const BEFORE_EVENT =
  /\b(?:before|prior\s+to|ahead\s+of|by\s+the\s+time)\s+(?:the\s+|your\s+|our\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:es|ing)|opens?|happens|takes?\s+effect|taking\s+effect|goes\s+live|going\s+live|kicks?\s+off|is\s+(?:applied|enforced|removed|disabled|switched\s+off|turned\s+off|shut\s+down))(?:\s+(?:at|on|in))?\s+(?:the\s+)?$/i;
const EFFECTIVE =
  /\b(?:starting|beginning|from|as\s+of|effective|on\s+or\s+after|commencing|since|begins?|starts?)(?:\s+(?:on|from|at|in))?\s+(?:the\s+)?$/i;
const UNTIL = /\b(?:until|till|through|thru)\s+(?:the\s+)?$/i;
const LASTS =
  // What the reader may still do (`can be ordered until`, `You can download your data until`) is allowed until then and no longer.
  /\b(?:(?:may|can|could)\s+(?:still\s+|only\s+)?be\s+(?:[a-z]+ed|bought|sent|run|made|done)(?:\s+for)?|(?:you|customers|users)\s+(?:may|can)\s+(?:still\s+|only\s+|continue\s+to\s+)?(?!experience|see|notice|encounter|expect)[a-z]+|(?:remains?|stays?|(?:is|are)\s+still|will\s+(?:still\s+)?(?:remain|stay|be|continue\s+to\s+be))\s+(?:available|accessible|supported|usable|active|valid|functional|operational)|(?:continues?|will\s+continue)\s+to\s+(?:work|function|run|be\s+(?:available|accessible|supported|served))|(?:will\s+)?(?:keeps?|keep)\s+(?:working|running|functioning))\b[^.;\n]{0,60}$/i;
/**
 * What the provider undertakes to deliver by a date (`We will share a full report by February 26`, `A
 * root-cause analysis will be posted by November 13`) asks nothing of the reader.
 */
const PROMISE =
  /^\W*(?:(?:we|our\s+(?:team|engineers|support(?:\s+team)?))\s+(?:will|['’]ll|plan\s+to|aim\s+to|expect\s+to|intend\s+to|are\s+going\s+to)\s+(?:also\s+)?(?:share|send|publish|provide|post|deliver|issue|refund|credit|notify|contact|email|follow\s+up|respond|reply|complete|finish|restore|release)\b|(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?(?:report|analysis|post-?mortem|RCA|summary|review|write-?up)\s+will\s+be\s+(?:posted|published|shared|sent|provided|made\s+available)\b)/i;
/** A sentence that gives the reason (`This follows Node.js 18 End-Of-Life…`) dates someone else's event. */
const BACKGROUND = /\b(?:this|which|it)\s+follows\b|\bin\s+line\s+with\b/i;
/**
 * The day something was announced (`As announced on March 3,`) is background; a reminder's own
 * event (`As previously announced, we will stop… on April 1`) is not.
 */
const ANNOUNCED = /\b(?:as\s+(?:previously\s+|first\s+)?)?announced\s+(?:on|in|at)\s+(?:the\s+)?$/i;
/** A status page's update stamp: the date alone on its line, then `Scheduled - …`, `Update - …`. */
const STATUS_STAMP = /^[^\S\n]*\n[^\S\n]*(?:Scheduled|Update[sd]?|Resolved|Monitoring|Identified|Investigating|Completed|In\s+progress|Verifying|Postmortem)\s*[-–—:]/;
/**
 * A status word that heads its line with the date (`Update 2024-01-12 16:38 UTC:`, `Resolved (May 3, 14:00 UTC) -`):
 * when the entry was written, whatever it goes on to report; the word is no imperative.
 */
const STAMP_HEAD = /^[^\S\n]*(?:[-*•][^\S\n]*)?(?:update[sd]?|resolved|monitoring|identified|investigating|verifying|edit(?:ed)?|post-?mortem|completed)[^\S\n]*(?:[-–—:(,][^\S\n]*|at[^\S\n]+|on[^\S\n]+)?$/i;
const STAMP_TAIL = /^[^\S\n]*\)?[^\S\n]*(?:[:–—]|-\s)/;
/** The provider is the one acting: `Today, your trial ends` is still due. */
const TODAY_NEWS = /^today,?\s+(?:we|I|our\s+(?:team|project|company))\b/i;
/**
 * The same news with today after its verb (`We are deprecating the v1 models today, and removing them on…`): the provider
 * announcing or starting something as the notice is sent names no day to beat. A dot inside a name (`v3.3`) does not end the sentence.
 */
const WE_TODAY =
  /\b(?:we|I)(?:\s+are|['’]re|\s+am|\s+have|['’]ve)\s+(?:now\s+|officially\s+|formally\s+)?(?:(?:deprecat|retir|announc|sunsett|launch|introduc|releas|publish|start|beginn|roll)ing|(?:deprecat|retir|announc|sunsett|launch|introduc|releas|publish|start)ed|begun)\b(?:[^.;:!?\n]|\.(?=\S)){0,80}$/i;
const WINDOW_NEAR = /\b(?:brownouts?|maintenance|downtime|outages?|window)\b[^.;\n]{0,30}$/i;
/** The change the notice announces, applied in the window that follows (`The change will be applied between`). */
const CHANGE_APPLIED = /\b(?:the|this)\s+(?:change|switch-?over|cut-?over|removal|update)\s+(?:will\s+be|is)\s+(?:applied|made|rolled\s+out|deployed|carried\s+out)\b[^.;\n]{0,30}$/i;
/** A certificate's `Not Before:` is when it became valid: what was issued, never what is due. */
const NOT_BEFORE = /\bnot\s+before\s*[:=]\s*$/i;
const DEPRECATION_LABEL = /\bdeprecat\w*\s+date\s*[:=–-]\s*$/i;
const BROWNOUT = /\bbrown-?outs?\b/i;
/** The words of a date's own clause, before it and after it (`July 24: first brownout, 12 hours`). */
const clauseBefore = (near: string): string => near.slice(Math.max(near.lastIndexOf(','), near.lastIndexOf(';'), near.lastIndexOf('.'), near.lastIndexOf('\n')) + 1);
const clauseAfter = (after: string): string => /^\s*[:–-]?[^,;.\n]{0,80}/.exec(after)?.[0] ?? '';
const PAST_WORDS = /\b(?:reached|was|were|had\s+been|previously|originally)\b[^.;\n]{0,30}$/i;

// Words anywhere in the sentence.
/**
 * What happens to the reader's things, in any voice (`we will disable X`, `X will be disabled`, `jobs
 * stop running`, `calls return 422`): the consequence an ask avoids, so a date in its sentence is due.
 */
// Failing over to a standby is planned work, not a failure: `We will fail over your cache`, `failover`.
export const HARM =
  /\b(?:terminat\w*|stop\w*|delet\w*|remov\w*|delist\w*|retir\w*|disabl\w*|fail(?![\s-]?over)\w*|break\w*|no\s+longer|unsupported|unavailable|shut\w*|lost|block\w*|reject\w*|refus\w*|declin\w*|suspen(?:d\w*|sions?)|revo(?:k\w*|cation)|deactivat\w*|expir\w*|decommission\w*|downgrad\w*|(?:mov|switch|revert|return)(?:e|es|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:to|onto)\s+(?:the\s+|a\s+|our\s+)?free\s+(?:plan|tier)|dropped|restrict(?:s|ed|ing)?|(?:account|workspace|organi[sz]ation|org|project|store|subscription|plan|team|domain|service|access)s?\s+(?:will\s+be|is|are|gets?)\s+(?:locked|closed|cancell?ed)|(?:lock|clos|cancel+)(?:e|es|s|ed|ing)?\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:account|workspace|organi[sz]ation|org|project|store|subscription|plan|team|domain|service)s?|invalidat\w*|purg(?:e|ed|es|ing)|paused|laps(?:e|es|ed|ing)|read-only|go(?:es)?\s+away|(?:will|would|do(?:es)?)\s+not\s+(?:run|work|be\s+delivered)|(?:will\s+not|won['’]t|(?:can|will)\s+no\s+longer)\s+be\s+able\s+to|(?:switch(?:ed|es|ing)?|turn(?:ed|s|ing)?)\s+(?:it\s+|them\s+)?off|returns?\s+(?:an?\s+)?(?:HTTP\s+)?4\d\d|(?:see|get|receive|return|throw)s?\s+(?:an?\s+)?errors?)\b/i;
const DUE_WORDS =
  /\b(?:expir\w*|(?:will|may|might|could)\s+(?:be\s+)?(?:terminated|stopped|retired|deleted|removed|disabled|deprecated|decommissioned|discontinued|turned\s+off|powered\s+(?:off|down)|shut\s+down|blocked|rejected|revoked|suspended|closed|unsupported)|stops?\s+(?:working|running|functioning|serving)|stop(?:s|ping)?\s+supporting|discontinu(?:e|es|ing)\b|no\s+longer\s+(?:work|function|be\s+(?:available|supported|accessible))|end(?:ing|s)?\s+(?:standard\s+|extended\s+)?support|support\b[^;\n]{0,80}?\b(?:will\s+end|ends)\b|leav(?:es|ing)\s+support|out\s+of\s+support|end\s+of\s+(?:standard\s+)?(?:support|life)|deprecat\w+|end[-\s]of[-\s]life|sunset\w*|retir(?:e|es|ing|ement)|clos(?:e|es|ed|ing)\s+down|shut(?:ting)?\s*down|phas(?:ed|ing)\s+out|removal|will\s+(?:fail(?![\s-]?over)|break)|deadline|enforc(?:e|es|ed|ing|ement)|run(?:s|ning)?\s+out|(?:is|will\s+be|marks)\s+the\s+(?:last|final)\s+day)\b/i;
/**
 * A phase that only tells the reader (`requests print a warning`, `we'll send reminders`). A capitalised word
 * after another is part of a name (`the Acme Notify service`, `Push Notifications`): it tells nobody anything.
 */
const WARNS =
  /\b(?:warn(?:s|ed|ings?)?|remind(?:s|ers?)?|notif(?:y|ies|ications?)|banners?|WARNINGS?)\b|(?<![A-Z][\w-]*\s{1,3})\b(?:Warn(?:s|ed|ings?)?|Remind(?:s|ers?)?|Notif(?:y|ies|ications?)|Banners?)\b/;
/** A deprecation that is only announced to callers (`responses include a Deprecation header`) is a warning. */
const WARNING_NOUN = /\b(?:deprecation|sunset)\s+(?:headers?|warnings?|notices?|banners?|messages?)\b/gi;
/** `analyses will still be processed, but…`: what goes on working while the warning shows. */
const STILL_WORKS = /\b(?:still|continue\s+to)\s+(?:be\s+)?(?:work|run|process|accept|deliver|function|succeed)\w*/i;
/** A phase that warns while nothing breaks yet (`show a deprecation warning`, `still processed, but a warning banner`). */
function onlyWarns(sentence: string): boolean {
  const told = sentence.replace(WARNING_NOUN, 'warning');
  return WARNS.test(told) && (!HARM.test(told) || STILL_WORKS.test(told));
}
// `perform` is work done in a window; `performance` is a reason given for a change.
const WINDOW_WORDS = /\b(?:maintenance|window|reboot\w*|brownouts?|downtime|outage|perform(?:s|ed|ing)?\b|migrat\w+|unavailable|upgrad\w+)\b/i;

/** The cue for each date, from the nearest words before it, then the words of its sentence. */
export function cueDates<T extends Found>(prose: string, found: T[], receivedAt: Date): Array<T & Cued> {
  const today = Date.UTC(receivedAt.getUTCFullYear(), receivedAt.getUTCMonth(), receivedAt.getUTCDate());
  const cued = found.map((written) => {
    const f = spanDay(written, prose.slice(Math.max(0, written.index - 40), written.index));
    const past = f.at.getTime() < today;
    const read = cueOf(prose, f);
    const reading: Reading = past ? 'past' : read;
    const cue: Cue = reading === 'harm' || reading === 'soft' ? 'due' : reading === 'new' || reading === 'calm' ? 'effective' : reading === 'promise' ? 'neutral' : reading;
    const out: T & Cued = { ...f, past, cue };
    if (reading === 'harm') out.harmOnly = true;
    if (reading === 'soft') out.soft = true;
    if (cue === 'start' && CHANGE_APPLIED.test(around(prose, f.index, f.end).before)) out.lands = true;
    if (reading === 'new') out.newOnly = true;
    if (reading === 'calm') out.calm = true;
    if (reading === 'effective' && breaksIn(prose, f)) out.breaks = true;
    if (reading === 'promise') out.promise = true;
    // `As of March 1, the v1 calls no longer answer` sent after March 1: what the phase broke is late to fix, not gone.
    if (past && (read === 'due' || read === 'harm' || read === 'soft' || (read === 'effective' && breaksIn(prose, f)))) out.overdue = true;
    if (cue === 'due' && asksAt(prose, f)) out.ask = true;
    return out;
  });
  return pointedBack(prose, phasesPointedAt(prose, cued, (sentence) => (newOnly(sentence) ? 'new' : onlyWarns(sentence) ? 'calm' : null)));
}

/** The sentence of a phase says what stops working in it (`requests will fail`, `are no longer available`). */
function breaksIn(prose: string, f: Found): boolean {
  const { before, after } = around(prose, f.index, f.end);
  return HARM.test(`${before} ${after}`);
}

/** A cue, or `harm` (due by what breaks), `soft` (due as labelled a deprecation), `new` (a phase for new things only), `calm` (a phase that only warns) or `promise` (the provider's). */
type Reading = Cue | 'harm' | 'soft' | 'new' | 'calm' | 'promise';

function cueOf(prose: string, f: Found): Reading {
  // `Update the pin between January 26 and February 6`: an ask with a window of its own is due at its end.
  if (f.window) return f.window === 'end' && asksAt(prose, f) ? 'due' : f.window;
  const { before, after } = around(prose, f.index, f.end);
  const near = before.slice(-60);
  const line = near.slice(near.lastIndexOf('\n') + 1);
  // A line that holds only a date is a timestamp (a status page's update time), not an event.
  if (line.trim() === '' && /^[^\S\n]*(?:\n|$)/.test(prose.slice(f.end, f.end + 40)) && near.includes('\n')) return 'neutral';
  if (line.trim() === '' && STATUS_STAMP.test(prose.slice(f.end, f.end + 60))) return 'neutral';
  if (STAMP_HEAD.test(line) && STAMP_TAIL.test(after)) return 'neutral';
  // `Today, we are retiring…` opens on the news itself: what the provider does as the notice is sent, no day to beat.
  if (before.trim() === '' && TODAY_NEWS.test(`${f.text}${after}`)) return 'neutral';
  if (f.precision === 'day' && /^today$/i.test(f.text) && WE_TODAY.test(before.slice(-120))) return 'neutral';
  const title = columnTitle(prose, f.index);
  const titled = title === null ? null : cueOfTitle(title);
  if (titled) return titled;
  // A row of a table whose title names no role (`Date | What happens`) is the date's sentence.
  if (title !== null) return cueOfRow(prose, f);
  if (LABEL_DUE.test(line)) return DEPRECATION_LABEL.test(line) ? 'soft' : 'due';
  if (NOT_BEFORE.test(line)) return 'past';
  if (LABEL_START.test(line)) return 'start';
  if (LABEL_END.test(line)) return 'end';
  if (AT_LATEST.test(after)) return 'due';
  if (SUPERSEDED.test(near)) return 'past';
  if (MOVED_TO.test(near)) return 'due';
  if (SELECTOR.test(near)) return 'neutral';
  // A card that expires breaks nothing by itself: the charge it will fail is what is due.
  if (CARD_EXPIRES.test(before)) return 'neutral';
  if (DUE_PREP.test(near)) return PROMISE.test(before) && !HARM.test(`${before} ${after}`) ? 'promise' : 'due';
  if (BEFORE_EVENT.test(near) && asksAt(prose, f)) return 'due';
  if (AFTER.test(near)) return HARM.test(before) || HARM.test(after) || AVOIDED_AFTER.test(near) ? 'due' : 'effective';
  const sentence = `${before} ${after}`;
  // A day and its time written apart (`November 2, 2026  Versions stop running at 23:59 PT`) hold the event between them.
  const told = `${before} ${f.text} ${after}`;
  const timed = f.precision !== 'day';
  if (PAST_WORDS.test(near) || BACKGROUND.test(before) || ANNOUNCED.test(near) || PUBLISHED.test(after)) return 'past';
  // A brownout is a rehearsal of the change, hours long: the day of the change itself is the one to beat.
  if (BROWNOUT.test(clauseBefore(near)) || BROWNOUT.test(clauseAfter(after))) return timed ? 'start' : 'calm';
  // `available until`, `keeps working until`: what the reader uses lasts until then and no longer.
  if (UNTIL.test(near)) return LASTS.test(before) ? 'due' : 'neutral';
  if (EFFECTIVE.test(near)) {
    if (timed && WINDOW_WORDS.test(sentence)) return 'start';
    if (newOnly(sentence)) return 'new';
    return onlyWarns(sentence) ? 'calm' : 'effective';
  }
  if (WINDOW_NEAR.test(near)) return timed ? 'start' : 'effective';
  if (newOnly(sentence)) return 'new';
  if (onlyWarns(sentence)) return 'calm';
  if (DUE_WORDS.test(told)) return 'due';
  if (HARM.test(told)) return 'harm';
  if (WINDOW_WORDS.test(sentence) && timed) return 'start';
  return consequence(prose, f.end);
}

/**
 * A sentence that opens by pointing back at the time just named (`From then on`, `After that`, `At
 * that point`) says what happens on that date: `On April 15 at 16:00 UTC, version 2024-10 leaves
 * support. From then on, requests that ask for it are rejected.`
 */
const THEN_ON =
  /^\s*(?:from\s+(?:then|that|this|there)(?:\s+(?:moment|point|date|day|time))?(?:\s+on(?:wards?)?)?|(?:after|past|beyond)\s+(?:that|this|then)(?:\s+(?:date|day|time|point|moment))?|at\s+that\s+(?:point|time|moment)|thereafter|from\s+now\s+on)\b/i;

/** The cue the next sentence gives a date whose own sentence names none. */
function consequence(prose: string, end: number): Reading {
  const next = sentenceEnd(prose, end);
  if (next >= prose.length) return 'neutral';
  const following = prose.slice(next, sentenceEnd(prose, Math.min(prose.length, next + 1)));
  if (!THEN_ON.test(following)) return 'neutral';
  if (DUE_WORDS.test(following)) return 'due';
  return HARM.test(following) ? 'harm' : 'neutral';
}

/**
 * A change that only stops the reader making new things (`New v2 projects can no longer be created`,
 * `the API rejects new deployments that…`) leaves what they run working: a phase, not the day something of theirs breaks.
 */
const NEW_ONLY =
  /(?<!\b(?:the|a|an|our|this|its)\s+)\bnew\s+(?:[\w.-]+\s+){0,3}?(?:can(?:not)?|can['’]t|will|won['’]t|may|must|are|is)\b|\bfor\s+new\b|\b(?:creat(?:e|ing|ion)|provision(?:ing)?|launch(?:ing)?|add(?:ing)?|sign(?:ing)?\s+up\s+for)\s+(?:of\s+)?(?:any\s+|an?\s+|another\s+)?new\b|\b(?:no\s+longer|not)\s+be\s+able\s+to\s+(?:create|provision|launch)\b|\b(?:can\s+no\s+longer|cannot|can['’]t)\s+(?:be\s+)?(?:create|provision|launch)(?:d|ed)?\b|\b(?:reject|refuse|block|den(?:y|ie))s?\s+(?:to\s+[a-z]+\s+)?(?:any\s+|all\s+)?new\b|\b(?:stops?|stopping|no\s+longer|not|won['’]t)\s+accept(?:s|ing)?\s+(?:any\s+)?new\b|\bnewly\s+(?:issued|created|registered|generated|provisioned|added|uploaded|published|signed)\b/i;
/** What the reader already has: `existing apps`, `no renewals will be possible`. */
const EXISTING = /\b(?:existing|renewals?)\b/i;
const newOnly = (sentence: string): boolean => NEW_ONLY.test(sentence) && !EXISTING.test(sentence);

/** A date in a row of a table: what the other cells of its row say happens then. */
function cueOfRow(prose: string, f: Found): Reading {
  const start = prose.lastIndexOf('\n', f.index - 1) + 1;
  const newline = prose.indexOf('\n', f.end);
  const row = `${prose.slice(start, f.index)} ${prose.slice(f.end, newline < 0 ? prose.length : newline)}`;
  if (newOnly(row)) return 'new';
  if (DUE_WORDS.test(row)) return 'due';
  return HARM.test(row) ? 'harm' : 'neutral';
}

/** A phase a column's title names: `Automatic upgrades begin`, `Enforcement starts`; a bare `Start` is a window's. */
const TITLE_PHASE = /\S\s+(?:begins?|starts?|from|effective)$|^(?:effective|as\s+of)\b/i;
/** When something was done: `Created`, `Last used`, `Announced`; never what is due. */
const TITLE_STAMP = /^(?:created|issued|announced|published|released|sent|last\s+(?:used|seen|modified|updated)|(?:date\s+)?added)\b/i;

/** The cue a column's title gives every date under it, or null where the title names no role. */
export function cueOfTitle(title: string): Cue | null {
  if (TITLE_STAMP.test(title)) return 'neutral';
  if (TITLE_PHASE.test(title)) return 'effective';
  const label = `${title}:`;
  if (LABEL_DUE.test(label) || DUE_WORDS.test(title)) return 'due';
  if (LABEL_START.test(label)) return 'start';
  if (LABEL_END.test(label)) return 'end';
  return null;
}
