import type { NoticeKind } from '../domain/facts.ts';
import { HARM } from './roles.ts';
import { sentenceEnd, sentenceStart } from './text.ts';

/**
 * The notice says the reader need do nothing, in any of the ways it is put: `there is nothing you need to
 * do`, `nothing to migrate or reconfigure`, `customers need not change anything`, `no changes are needed`,
 * `there's no need to do anything`, `nothing changes until you upgrade` (the change waits on the reader's choice),
 * a label or a question answered in the negative (`Action required: None`, `What do I need to do? Nothing.`), and
 * `you are not affected`.
 */
const NO_ACTION =
  /\b(?:(?:customer\s+)?action(?:\s+(?:required|needed))?|required\s+action|what\s+(?:do\s+)?(?:I|you|we)\s+need\s+to\s+do|do\s+(?:I|you|we)\s+need\s+to\s+(?:do\s+anything|take\s+(?:any\s+)?action))\s*[:?=–-]\s*(?:none|nothing|no|not\s+(?:required|needed|necessary)|n\/a)\b(?!\s+(?:later|more|other)\b)|(?<!\b(?:to|for|by|with|from|of|at|on)\s{1,3})\b(?:you\s+are|you['’]re)\s+not\s+affected\b|\b(?:this|the)\s+change\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+affect\s+you\b|\b(?:there\s+is\s+)?nothing\s+(?:that\s+)?(?:you\s+(?:need|have)\s+to\s+do|(?:for\s+you\s+)?to\s+do\s+on\s+your\s+(?:side|part|end))\b|\bnothing\s+(?:(?:else|more)\s+)?(?:for\s+you\s+)?to\s+(?:do|migrate|change|reconfigure|configure|update|install|set\s+up)\b(?!\s+with\b)|\b(?:you|customers|users|clients|owners)\s+need\s+not\s+(?:do|change|take|update|migrate|reconfigure|modify)\b|\b(?:do\s+not|don['’]t)\s+have\s+to\s+do\s+anything\b|\bno\s+(?:(?:code|configuration|config)\s+)?changes?\s+(?:(?:is|are|will\s+be)\s+)?(?:required|needed|necessary)\b|\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:do\s+anything|take\s+(?:any\s+)?action|change|update|migrate|reconfigure)\b|\bnothing\s+(?:changes|will\s+change)\s+(?:for\s+you\s+)?(?:until\s+you\b|(?=\s*[.!;\n]))|\bno\s+(?:(?:further|immediate|additional|other)\s+)?action\s+(?:is\s+|will\s+be\s+)?(?:required|needed|necessary)\b|\b(?:do\s+not|don['’]t)\s+need\s+to\s+(?:(?:do|change|update|migrate|reconfigure)\s+anything|take\s+(?:any\s+)?action)\b|\bno\s+action\s+on\s+your\s+part\b|\bnothing\s+(?:is\s+)?(?:required|needed)\s+(?:of|from)\s+you\b|(?:\b(?:do|will|must|should)\s+(?:I|we|you)\s+(?:need\s+to\s+|have\s+to\s+)?(?:do|take|change|update|migrate|reconfigure|modify)\b[^?\n]{0,60}|\bis\s+there\s+anything\s+(?:I|we|you)\s+(?:need|have)\s+to\s+do|\bis\s+(?:any\s+)?action\s+(?:required|needed))\?\s*(?:(?:in\s+)?(?:almost|nearly|practically|virtually)\s+(?:every|all|any)\s+cases?,?\s+|in\s+(?:most|nearly\s+all|almost\s+all)\s+cases,?\s+|for\s+(?:most|nearly\s+all|almost\s+all)\s+(?:customers|users|accounts|of\s+you),?\s+|(?:most\s+|very\s+)?(?:likely|probably),?\s+)?(?:No(?:pe)?\b|Not\s+(?:in\s+most\s+cases|usually|for\s+most)\b)|\byou\s+no\s+longer\s+(?:have|need)\s+to\b|\b(?:migration|migrating|action|changes?|upgrad(?:e|es|ing))\s+(?:is|are)\s+no\s+longer\s+(?:required|needed|necessary)\b/gi;
const OBLIGATIONS = [
  /\baction\s+(?:is\s+|may\s+be\s+|will\s+be\s+)?required\b/gi,
  /\byou(?:['’]ll|\s+will)?\s+(?:must|need\s+to|have\s+to|should|are\s+required\s+to)\b/gi,
  // An obligation put on the reader in the third person: `Customers who run the connector must upgrade…`, `All admins must enable…`.
  /(?<!\bwe\s{1,3})\bmust\s+(?:now\s+|first\s+|also\s+)?(?:upgrade|update|migrate|move|switch|renew|replace|rotate|change|enable|disable|install|apply|remove|delete|reissue|regenerate|verify|confirm|complete|pay|add|re-?authori[sz]e|re-?authenticate|transition|reconfigure|redeploy|recreate)\b/gi,
  // A time given to act: `You have 7 days to pay`, `you have until March 3 to move`.
  /\byou\s+(?:now\s+)?have\s+(?:until\b|(?:\d{1,3}|one|two|three|seven|ten|fourteen|thirty)\s+(?:more\s+)?(?:calendar\s+|business\s+)?(?:days?|weeks?|hours?|months?)\s+(?:left\s+)?to\b)/gi,
  /\b(?:please|kindly)\s+(?:act|(?:create|generate|issue)\s+(?:a\s+)?new|update|upgrade|migrate|renew|make\s+sure|ensure|take\s+(?:action|steps)|review|replace|rotate|move|switch|remove|delete|reboot|restart|stop|verify|confirm|plan|prepare|schedule|enable|disable|install|apply|change|modify|transition|follow|reissue|regenerate|add|set\s+up|upload|pay|provide|transfer|settle|enroll|register|export|download|back\s+up|allowlist|whitelist|run|re-?run|rebuild|recreate|reconnect|redeploy|test|approve|countersign|sign(?!\s+(?:in|into|on|up|out)\b))\b/gi,
  // `Before the window starts, please:` over a list of steps, the first of which is an imperative.
  /\b(?:please|kindly)\s*:[ \t]*\n[ \t]*(?:\d{1,2}[.)]|[-*•·])[ \t]+(?:add|update|upgrade|migrate|move|switch|renew|replace|rotate|change|enable|disable|install|apply|remove|delete|restart|reboot|verify|confirm|pay|allow|allowlist|whitelist|open|point|generate|regenerate|redeploy|configure)\b/gi,
  // A question about acting answered yes, for every reader: `Do you need to do anything? Yes, update…`.
  /(?:\b(?:do|will|must|should)\s+(?:I|we|you)\s+(?:need|have)\s+to\b[^?\n]{0,60}|\bis\s+there\s+anything\s+(?:I|we|you)\s+(?:need|have)\s+to\s+do|\bis\s+(?:any\s+)?action\s+(?:required|needed))\?\s*Yes\b(?![,:;.]?\s+(?:if|when|unless|only|but\s+only)\b)/gi,
  /\bat\s+the\s+latest\b/gi,
  // An unpaid bill asks to be paid: `Your invoice of 1 March is overdue`.
  /(?<!\b(?:nothing|none|what)\s)(?:\b(?:is|are)|\b(?:it|that|this)['’]s|\b(?:they|these|those)['’]re)\s+(?:now\s+|still\s+)?(?:overdue|past\s+due)\b/gi,
  /\bwe\s+(?:strongly\s+)?(?:urge|ask)\s+(?:that\s+)?you\b/gi,
  /\b(?:must|need\s+to)\s+be\s+(?:updated|upgraded|migrated|renewed|replaced|rotated|changed|reviewed)\b/gi,
  /\bis\s+required\s+for\s+your\b|\brequires?\s+your\s+(?:attention|action)\b|\btake\s+action\b/gi,
  /\bwhat\s+(?:do\s+)?(?:you|I)\s+need\s+to\s+do\b/gi,
  /\bwhat\s+actions?\s+(?:do|should|must)\s+(?:you|I|we)\s+(?:need\s+to\s+)?take\b|(?<!\bno\s+)\brequired\s+actions?\b/gi,
  /(?:^|[.!?]\s+|\n\s*)(?:make\s+sure|ensure)\s+(?:that\s+)?(?:every|all|each|your|the|you)\b/gi,
  // A sentence that opens on what is at stake asks for what follows: `To avoid an interruption, top up…`;
  // not where the provider does it (`To keep your sites supported, we will upgrade them`).
  /(?:^|[.!?]\s+|\n\s*)to\s+(?:avoid|prevent)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:interruptions?|disruptions?|suspension|outages?|downtime|deletion|data\s+loss)\s*,(?!\s*we\b)/gi,
  /(?:^|[.!?]\s+|\n\s*)to\s+(?:keep|continue)\s+(?:using|running|serving|receiving|getting|your)\b[^,.\n]{0,60},(?!\s*we\b)/gi,
  // A label that asks for something by a date: `Recommended apply by date:`, `Action required by:`.
  /\b(?:apply|update|upgrade|migrate|respond|reply|renew|rotate|replace|complete|pay|act|action\s+(?:required|needed))\s+by(?:\s+date)?\s*[:=–-]/gi,
  // An imperative that opens a sentence and names what to act on: `Revoke the webhook and replace it.`
  // Two verbs may share the object: `Revoke and recreate any deploy token used…`.
  /(?:^|[.!?]\s+|\n\s*)(?:(?:to|in\s+order\s+to)\s+[^,.\n]{3,60},\s+)?(?:revoke|rotate|renew|reissue|regenerate|replace|update|upgrade|migrate|move|switch|remove|delete|disable|reset|change|enroll|register|verify|pay|transfer|settle|extend)(?:\s+(?:and|or|,)\s*(?:revoke|rotate|renew|reissue|regenerate|recreate|replace|update|upgrade|redeploy|reset|change|delete|remove))?\s+(?:the|your|this|these|those|it|them|all|both|any|each|every)\b/gi,
  // An imperative with a due date: `Upgrade your functions before June 12`.
  /(?:^|[.!?:]\s+|\n\s*)(?:(?:to|in\s+order\s+to)\s+[^,.\n]{3,60},\s+)?(?:upgrade|update|migrate|renew|replace|rotate|move|switch|redeploy|reboot|restart|apply|install|enable|remove|delete|stop|roll|add|extend|create|generate|send|submit|upload|attach|export|use|back\s+up|download)\b(?:[^.\n]|\.(?=\S)){0,120}?\b(?:before|by|no\s+later\s+than|prior\s+to)\b/gi,
];
/** Advice: an ask unless what it concerns is said to keep working (see `advisedOnly`). */
const ADVICE = [
  /\bwe\s+(?:strongly\s+)?(?:recommend|advise|encourage)\s+(?:that\s+)?you\b/gi,
  /\bwe\s+(?:strongly\s+)?recommend\s+(?:updating|upgrading|migrating|moving|replacing|renewing|rotating|switching|reviewing)\b/gi,
  // Advice to the readers named in the third person: `We recommend all users of the old API to migrate`.
  /\bwe\s+(?:strongly\s+)?(?:recommend|advise|encourage)\s+(?:all|any|every|each|our)\s+[^.!?\n]{0,80}?\bto\s+(?:migrate|upgrade|update|move|switch|replace|rotate|renew)\b/gi,
];
/** `Clients on 17.x keep working`, `remain compatible`: nothing of the reader's breaks. */
const KEEPS_WORKING =
  /\b(?:keeps?|continues?\s+to|will\s+(?:keep|continue\s+to))\s+(?:working|work|functioning|function|running|run)\b|\b(?:remains?|stays?|will\s+(?:remain|stay))\s+(?:fully\s+)?(?:compatible|supported)\b/i;
/** `keep working until March 1`, `for now`: it works for a while, then breaks. */
const FOR_A_WHILE = /\b(?:until|till|through|for\s+now|for\s+the\s+time\s+being|for\s+a\s+(?:while|limited\s+time)|temporarily|for\s+(?:another|the\s+next|\d+)\b)/i;

/**
 * `tsh 17.x keeps working with an 18 cluster. We recommend updating it in the coming weeks`: advice
 * about something the notice says goes on working (in its sentence or the one either side) asks nothing;
 * working only for a while (`keep working until March 1`) is a reason to act.
 */
function advisedOnly(prose: string, at: number): boolean {
  const start = sentenceStart(prose, at);
  const end = sentenceEnd(prose, at);
  const text = prose.slice(sentenceStart(prose, Math.max(0, start - 2)), end < prose.length ? sentenceEnd(prose, end + 1) : end);
  return KEEPS_WORKING.test(text) && !FOR_A_WHILE.test(text);
}

/**
 * `After the maintenance, you must restart…` ties the ask to the provider's event, which happens to every
 * reader; `once you have migrated` or `after you upgrade` is a condition on some readers.
 */
const CONDITIONAL =
  /^\W*(?:if|whenever|should|in\s+case|unless|whether|(?:once|when|after)(?!\s+(?:the|this|that|our)\s+(?:[\w-]+\s+){0,2}?(?:maintenance|window|upgrade|migration|cut-?over|switch-?over|failover|move|work)\b))\b/i;
/**
 * A condition on what the reader has not done (`If you haven't bought credits by then, builds stop`,
 * `unless you renew`) is a task put the other way round: it speaks to the reader, not to some readers.
 */
const UNLESS_YOU =
  /\b(?:if\s+you\s+(?:have\s+not|haven['’]t|do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:yet\s+)?|unless\s+you\s+)(?:bought|buy|purchased?|paid|pay|set\s+up|top(?:ped)?\s+up|renew(?:ed)?|upgraded?|updated?|migrated?|moved?|replaced?|rotated?|completed?|verified|verify|added?|settled?|enabled?|registered|register|acted|act|take\s+action)\b/i;
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
  return ACTION_KINDS.has(kind) && !onlyNewOrWarns && !doneForYou(prose) && !(nothingAhead && endedAlready(prose));
}

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
 * `If you do not accept the new fees, you may end your agreement`: what follows is a choice the
 * condition opens to the reader, not harm that befalls them.
 */
const CHOICE = /^,\s*(?:then\s+)?you\s+(?:may|can|could|are\s+(?:free|welcome|entitled)\s+to|have\s+the\s+(?:right|option)\s+to)\b/i;
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

/**
 * `No action is required` speaks for the whole notice unless it is limited to some of the reader's
 * things (`for machines that already run the new agent`) or taken back by what follows (`No
 * immediate action is needed. However, you must… by May 31`).
 */
function saysNoAction(prose: string): boolean {
  return once(noActionSaid, prose, findsNoAction);
}

function findsNoAction(prose: string): boolean {
  for (const m of prose.matchAll(NO_ACTION)) {
    const at = m.index + (/^[\s.!?:]*/.exec(m[0])?.[0].length ?? 0);
    const from = sentenceStart(prose, at);
    // An ask taken back (`you no longer have to migrate`) speaks to everyone it was made to, whatever condition names them,
    // unless the condition is what some readers have already done.
    if (RETRACTED.test(m[0]) ? DONE_ALREADY.test(prose.slice(from, at)) : CONDITIONAL.test(prose.slice(from, at + 1)) || limitedBefore(prose, from, at)) continue;
    const next = prose.slice(m.index + m[0].length, m.index + m[0].length + 720);
    if (SOME_THINGS.test(next) || TAKEN_BACK.test(next)) continue;
    return true;
  }
  return false;
}

const RETRACTED = /\bno\s+longer\b/i;
const DONE_ALREADY = /\balready\b|\b(?:have|has|had)\s+(?:\w+ed|done|made|taken|gone)\b|['’]ve\s+\w+ed\b/i;

/** `For jobs that already use v2, no changes are needed`, `Jobs that pull v2 have nothing to change`. */
const SOME_BEFORE =
  /\b(?:already|if|unless|only|except)\b|(?<!\b(?:note|notes|noted|mean|means|meant|confirm|confirms|say|says|said|ensure|know|aware|so|such)\s+)\b(?:that|which|who|whose)\b(?!\s+(?:means?|is\s+why)\b)/i;
const CONSEQUENCE = /(?:\bso|\btherefore|\bthus|\bhence|\bas\s+a\s+result|\bwhich\s+means)[,\s]*$/i;
/** `Cloud Platform users: nothing to do`: a label that names some readers; `Impact: none` names none. */
const READERS_LABEL = /^(?!(?:what|how|why|impact|customer\s+impact|note|please\s+note|action|required|status|summary|update|important|next|your|do|does|is|are|will)\b)[^:\n]*\s[^:\n]*:$/i;
/** The question just before a line: `Already on v2?` picks out readers; `Will I be affected?` asks what to do. */
const QUESTION_BEFORE = /(?:^|[.!?\n]\s*)([A-Za-z][^.!?\n]{0,60})\?\s*$/;
const ASKING_WORD = /^(?:do|does|did|will|would|is|are|am|can|could|should|must|what|how|why|when|who|which|where|any)\b/i;

/** Words before a no-action line in its sentence, or a question just before it, that limit it to some readers. */
function limitedBefore(prose: string, from: number, at: number): boolean {
  const written = prose.slice(from, at);
  // `… removes no APIs that the cluster used, so no action is required`: a reason given before it limits nothing.
  if (CONSEQUENCE.test(written)) return false;
  const before = written.trim();
  if (SOME_BEFORE.test(before) || READERS_LABEL.test(before)) return true;
  const question = before === '' ? QUESTION_BEFORE.exec(prose.slice(Math.max(0, from - 80), from))?.[1] : undefined;
  return question !== undefined && !ASKING_WORD.test(question);
}

/**
 * `… for apps and devices that already sign in with OAuth`, `… if you use an official client`, `no change is
 * needed there`, `… unless you call /v1/stats`: a no-action line for some things or some readers only. `…
 * unless you disabled automatic updates` keeps it: the exception is a reader who changed a default.
 */
const SOME_THINGS = /^\s+(?:(?:for|on|to)\s+(?:(?:[\w-]+\s+){1,5}?(?:that|which|who|where|you)|them|those|these)|(?:if|when|as\s+long\s+as)\s+you|unless\s+you\s+(?!(?:have\s+)?(?:disabled|turned\s+off|switched\s+off|opted\s+out|changed|modified|customi[sz]ed|overr\w+|pinned)\b)|there|here)\b/i;
/**
 * A contrast in the same sentence or the next that asks after all: `However, you must…`, `but you need
 * to…`, or `However, your environment still sends… You must change those calls`: the ask may follow
 * in the sentence after the contrast.
 */
const TAKEN_BACK =
  /^(?:[^.!?\n]{0,200}?[.!?]\s+)?[^.!?\n]{0,200}?\b(?:however|but)\b(?:[,\s]+(?:[\w-]+\s+){0,6}?|[^.!?\n]{0,240}[.!?]\s+)(?:you(?:['’]ll|\s+will)?\s+(?:still\s+)?(?:must|need\s+to|have\s+to|are\s+required\s+to)|must)\b/i;

function asked(prose: string): boolean {
  return once(askSaid, prose, findsAsk);
}

/** Extraction asks both questions of one notice's text more than once: each keeps its last answer. */
const noActionSaid = { prose: '', answer: false };
const askSaid = { prose: '', answer: false };

function once(last: { prose: string; answer: boolean }, prose: string, find: (prose: string) => boolean): boolean {
  if (last.prose !== prose || prose === '') {
    last.answer = find(prose);
    last.prose = prose;
  }
  return last.answer;
}

function findsAsk(prose: string): boolean {
  return OBLIGATIONS.some((pattern) => said(prose, pattern)) || ADVICE.some((pattern) => said(prose, pattern, true)) || UNLESS_YOU.test(prose);
}

function said(prose: string, pattern: RegExp, advice = false): boolean {
  for (const m of prose.matchAll(pattern)) {
    // A pattern that opens on the previous sentence's full stop is judged by its own sentence.
    const at = m.index + (/^[\s.!?:]*/.exec(m[0])?.[0].length ?? 0);
    const from = sentenceStart(prose, at);
    if (CONDITIONAL.test(prose.slice(from, at + 1))) continue;
    if (advice && advisedOnly(prose, at)) continue;
    const end = sentenceEnd(prose, at);
    // `Do you need to do anything?` asks whether, and the answer says; `What do you need to do?` heads the steps.
    if (prose.charAt(end - 1) === '?' && !m[0].includes('?') && YES_NO.test(prose.slice(from, end))) continue;
    const rest = prose.slice(at, end);
    if (WISH.test(rest) || READ_ONLY.test(rest) || WATCH_ONLY.test(rest)) continue;
    return true;
  }
  return false;
}

/** A question to be answered yes or no: `Do you need to…?`, `Will customers have to…?`. */
const YES_NO = /^\W*(?:do|does|did|will|would|shall|should|must|is|are|am|can|could|have|has)\s+(?:I|you|we|they|customers|users|my|our|your)\b/i;

/**
 * `Please make sure you subscribe to our status page`, `You should keep close attention to the changes`, `check our e-mail
 * notifications`: following the provider's updates, or watching, changes nothing of the reader's.
 */
const WATCH_ONLY =
  /^(?:please\s+|kindly\s+)?(?:(?:make\s+sure|ensure)\s+(?:that\s+)?you(?:['’]re|\s+are)?\s+|you\s+(?:should|may\s+want\s+to|might\s+want\s+to)\s+(?:also\s+)?)?(?:(?:keep|pay)\s+(?:close\s+|careful\s+)?attention\s+to|keep\s+an\s+eye\s+on|(?:subscrib\w*|follow\w*|check\w*|monitor\w*|watch\w*|bookmark\w*)\s+(?:to\s+)?(?:our|the|your)\s+(?:(?:[\w-]+|or)\s+){0,3}?(?:status\s+page|status\s+updates|updates|announcements|e-?mails?|messages|notifications|inbox)\b)/i;
/** `Upgrade your plan if you expect to need more`: an offer that hangs on what the reader wants. */
const WISH = /\bif\s+you\s+(?:expect|want|wish|prefer|would\s+like|['’]d\s+like|anticipate|plan\s+to|are\s+interested)\b/i;
/** `Please review the changes`, `review our updated terms`: reading what changed is asked of everyone and changes nothing. */
const READ_ONLY = /^(?:please\s+|kindly\s+)?review\s+(?:the|these|our|this)\s+(?:changes|updated|revised|new\s+(?:terms|policy|agreement)|(?:privacy\s+)?policy|terms)\b(?![^.!?\n]*\b(?:and|then)\s+(?:update|change|migrate|upgrade|replace|move))/i;
