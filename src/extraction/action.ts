import type { NoticeKind } from '../domain/facts.ts';
import { ASK } from './asks.ts';
import { saysNoAction } from './no-action.ts';
import { asked } from './obligations.ts';
import { HARM } from './roles.ts';
import { sentenceEnd, sentenceStart } from './text.ts';

/** Kinds where something the reader uses stops or breaks unless they act. */
const ACTION_KINDS = new Set<NoticeKind>(['certificate', 'deprecation', 'end-of-life', 'retirement', 'security']);

/**
 * Whether the reader must do something: the notice says so, or what it announces breaks their use.
 * Conditional sentences (`If you copied the URL, you'll need to…`, `If you already upgraded, no action
 * is required`) speak of some readers, not this one.
 */
export function isActionRequired(prose: string, kind: NoticeKind, askedByDate = false, onlyNewOrWarns = false, nothingAhead = false): boolean {
  if (saysNoAction(prose)) return false;
  if (askedByDate || asked(prose) || harmUnlessActed(prose) || harmOtherwise(prose)) return true;
  // A product's end asks the reader to move off it, unless the provider says it moves them itself, or
  // every date it names only changes what the reader may create or only warns (`Starting April 15, new
  // passwords must be 12 characters`): then nothing the reader runs breaks. An end that has already
  // happened, with no date still ahead, is told after the fact: nothing is left to act on before it.
  // A breach told after the fact that found the reader's things untouched (`no evidence that customer data was accessed`) leaves nothing to act on.
  // A notice whose one request is to watch for what comes next (`Please monitor our security list for updates`) leaves the act to that later notice.
  return ACTION_KINDS.has(kind) && !onlyNewOrWarns && !doneForYou(prose) && !watchOnly(prose) && !(nothingAhead && (endedAlready(prose) || (kind === 'security' && UNTOUCHED.test(prose))));
}

/** `Please monitor the security mailing list for updates`, `kindly follow our status page for further announcements`. */
const WATCH_REQUEST =
  /\b(?:please|kindly)\s+(?:monitor|watch|follow|subscribe\s+to|keep\s+an\s+eye\s+on)\s+(?:our|the)\s[^.!?\n]{0,80}?\b(?:updates|announcements|news)\b/i;

/** The request to watch asks nothing more in its sentence (`…for updates, and upgrade to 4.2.1 today` still asks). */
function watchOnly(prose: string): boolean {
  const m = WATCH_REQUEST.exec(prose);
  if (!m) return false;
  const from = m.index + m[0].length;
  return !ASK.test(prose.slice(from, sentenceEnd(prose, from)));
}

/** `There is no evidence that customer data was accessed`, `found no indication of any access to your keys`, `no conclusive sign that the key was compromised`. */
const UNTOUCHED =
  /\bno\s+(?:(?:definitive|conclusive|clear|direct|further)\s+)?(?:evidence|indication|sign)s?\s+(?:that|of)\s+(?:[\w-]+\s+){0,6}?(?:access(?:ed)?|compromised?|tampered|exposed|leaked|customer|user|account|personal|payment|your)\b/i;

/** `We have gone ahead and revoked your token`, `Acme discontinued its service in two regions`, `following our shutdown of`. */
const ENDED =
  /\b(?:has|have)\s+(?:now\s+)?(?:already\s+)?(?:gone\s+ahead\s+and\s+)?(?:been\s+)?(?:revoked|discontinued|retired|shut\s+down|decommissioned|terminated|closed\s+down|sunset)\b|\b(?:we|it|[A-Z][\w-]+)\s+(?:discontinued|retired|decommissioned|shut\s+down|closed\s+down)\s+(?:its|the|our|your|this|these)\b|\bfollowing\s+(?:our|the|its)\s+shutdown\b/;
/** An end still to come (`will be removed`, `will retire`) is what the reader acts before. */
const ENDS_LATER =
  /\bwill\s+(?:be\s+)?(?:remov|retir|discontinu|decommission|delet|revok|disabl|terminat|sunset)(?:e|ed)?\b|\bwill\s+(?:be\s+)?shut\s*down\b/i;
const endedAlready = (prose: string): boolean => ENDED.test(prose) && !ENDS_LATER.test(prose);

/** A move the provider makes only to what is left over (`Clusters still running v23.1 after that date will be upgraded automatically`) is the fallback of an ask. */
const FALLBACK = /\b(?:still|remaining|left|not\s+yet|(?:have|has)\s+not|haven['’]t|hasn['’]t|unless|otherwise|after\s+(?:that|this|the)\b)/i;

function doneForYou(prose: string): boolean {
  const m = DONE_FOR_YOU.exec(prose);
  return m !== null && !FALLBACK.test(prose.slice(sentenceStart(prose, m.index), sentenceEnd(prose, m.index)));
}

/**
 * The provider does the move itself: `will be migrated automatically`, `has already been copied into the
 * new dashboard`, `we will upgrade them for you`, `carried over for you`.
 */
const DONE_FOR_YOU =
  /\b(?:will\s+be|(?:is|are)\s+being|(?:has|have)\s+been)\s+(?:automatically\s+)?(?:migrated|moved|upgraded|copied|carried\s+over|transferred|converted|renewed|rotated|replaced)\s+(?:automatically|for\s+you)\b|\b(?:has|have)\s+already\s+been\s+(?:automatically\s+)?(?:migrated|moved|upgraded|copied|carried\s+over|transferred|converted)\b|\bwe(?:['’]ll|\s+will)\s+(?:automatically\s+)?(?:migrate|move|upgrade|copy|convert|transfer|renew|rotate|replace)\s+(?:it|them|everything|(?:all\s+)?(?:of\s+)?your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:for\s+you|automatically)\b|\b(?:carried\s+over|migrated|moved|upgraded|copied)\s+(?:automatically|for\s+you)\b/i;

/** `otherwise`, `or else`, `, or your…`: what follows happens if the ask before it is not met. */
const OTHERWISE = /\botherwise\b|\bor\s+else\b|,\s+or\s+(?:your|the|all|these|those|we|it|they)\b/gi;
/** A sentence that opens with an imperative: `Add a payment method…`, `Please pay the invoice…`. */
const IMPERATIVE =
  /^(?:please\s+)?(?:add|update|upgrade|migrate|move|switch|renew|replace|rotate|change|pay|settle|point|verify|confirm|enable|install|apply|set\s+up|top\s+up|buy|purchase|export|back\s+up|download|redeploy|restart|reply|respond|accept|sign|transfer|extend|re-?enable|reconnect|re-?authori[sz]e)\b/i;

/**
 * `Add a payment method to keep your projects running; otherwise they are paused.`, `Pay the invoice
 * by Friday, or your workspace will be suspended.`: an imperative followed by the harm of not
 * following it asks, even without a due date in its words.
 */
function harmOtherwise(prose: string): boolean {
  for (const m of prose.matchAll(OTHERWISE)) {
    const start = sentenceStart(prose, m.index);
    // `… running. Otherwise, they are paused.`: the imperative may be the sentence before.
    const opener = start >= m.index - 2 ? sentenceStart(prose, Math.max(0, start - 2)) : start;
    if (!IMPERATIVE.test(prose.slice(opener, m.index).trimStart())) continue;
    const after = prose.slice(m.index + m[0].length, sentenceEnd(prose, m.index + m[0].length));
    if (HARM.test(after)) return true;
  }
  return false;
}

const IF_OPEN = /(?:^|[.!?]\s+|\n\s*)(?:if|unless)\b/gi;
/**
 * `If you do not accept the new fees, you may end your agreement`, `If your client does not retry, we suggest
 * resending the failed calls`: what follows is a choice or advice the condition opens to the reader, not
 * harm that befalls them.
 */
const CHOICE =
  /^,\s*(?:then\s+)?(?:you\s+(?:may|can|could|are\s+(?:free|welcome|entitled)\s+to|have\s+the\s+(?:right|option)\s+to)|we\s+(?:would\s+)?(?:strongly\s+)?(?:suggest|recommend|advise|encourage))\b/i;
/** A condition that the reader has not acted, or that a state of theirs goes on: `is not received`, `keep failing`, `is still active`, `is unpaid`. */
const NOT_ACTED = /^unless\b|\b(?:not|never|still|keeps?|continues?|remains?|unpaid|outstanding|overdue)\b|n['’]t\b/i;

/**
 * `If payment is not received by…, the products will be suspended`, `If deliveries keep failing, we
 * will disable it`: harm that follows unless the reader acts is an ask put the other way round.
 */
function harmUnlessActed(prose: string): boolean {
  for (const m of prose.matchAll(IF_OPEN)) {
    const from = m.index + m[0].length - (/(?:if|unless)$/i.exec(m[0])?.[0].length ?? 0);
    const sentence = prose.slice(from, sentenceEnd(prose, from));
    const comma = sentence.indexOf(',');
    if (comma < 0) continue;
    const rest = sentence.slice(comma);
    if (NOT_ACTED.test(sentence.slice(0, comma)) && !CHOICE.test(rest) && HARM.test(rest)) return true;
  }
  return false;
}

/** The notice asks something of the reader in words, and does not say that nothing is needed. */
export function asksToAct(prose: string): boolean {
  return !saysNoAction(prose) && asked(prose);
}
