import { sentenceEnd, sentenceStart } from './text.ts';

const OBLIGATIONS = [
  /\baction\s+(?:is\s+|may\s+be\s+|will\s+be\s+)?required\b/gi,
  // Not in a clause that says what the provider supplies (`the information you need to plan`, `everything you need to know`).
  /(?<!\b(?:information|details|help|support|tools|resources|guidance|answers|context|everything|anything)\s{1,3})\byou(?:['’]ll|\s+will)?\s+(?:must|need\s+to|have\s+to|should|are\s+required\s+to)\b(?!\s+know\b)/gi,
  // An obligation put on the reader in the third person: `Customers who run the connector must upgrade…`, `All admins must enable…`.
  /(?<!\bwe\s{1,3})\bmust\s+(?:now\s+|first\s+|also\s+)?(?:upgrade|update|migrate|move|switch|renew|replace|rotate|change|enable|disable|install|apply|remove|delete|reissue|regenerate|verify|confirm|complete|pay|add|re-?authori[sz]e|re-?authenticate|transition|reconfigure|redeploy|recreate)\b/gi,
  // A time given to act: `You have 7 days to pay`, `you have until March 3 to move`, to the readers named in the third
  // person too: `Current users will have until April 2 to switch`.
  /\b(?:you|customers|users|owners|admins|administrators|developers|subscribers|clients|members|accounts)\s+(?:now\s+|will\s+)?have\s+(?:until\b|(?:\d{1,3}|one|two|three|seven|ten|fourteen|thirty)\s+(?:more\s+)?(?:calendar\s+|business\s+)?(?:days?|weeks?|hours?|months?)\s+(?:left\s+)?to\b)/gi,
  // `Please do so before…` points back at the step just asked for.
  /\b(?:please|kindly)\s+(?:act|do\s+so|(?:create|generate|issue)\s+(?:a\s+)?new|update|upgrade|migrate|renew|make\s+sure|ensure|take\s+(?:action|steps)|review|replace|rotate|move|switch|remove|delete|reboot|restart|stop|verify|confirm|plan|prepare|schedule|enable|disable|install|apply|change|modify|transition|follow|reissue|regenerate|add|set\s+up|upload|pay|provide|transfer|settle|enroll|register|export|download|back\s+up|allowlist|whitelist|run|re-?run|rebuild|recreate|reconnect|redeploy|test|approve|countersign|sign(?!\s+(?:in|into|on|up|out)\b)|shut\s+down|power\s+(?:off|down)|drain|pause|detach|unmount|take\s+(?:a\s+)?(?:backups?|snapshots?)|save\s+(?:and\s+(?:shut\s+down|power\s+off|[\w-]+)\s+)?(?:your|any|all|open)\b)\b/gi,
  // `Before the window starts, please:` over a list of steps, the first of which is an imperative.
  /\b(?:please|kindly)\s*:[ \t]*\n[ \t]*(?:\d{1,2}[.)]|[-*•·])[ \t]+(?:add|update|upgrade|migrate|move|switch|renew|replace|rotate|change|enable|disable|install|apply|remove|delete|restart|reboot|verify|confirm|pay|allow|allowlist|whitelist|open|point|generate|regenerate|redeploy|configure)\b/gi,
  // A question about acting answered yes, for every reader: `Do you need to do anything? Yes, update…`.
  /(?:\b(?:do|will|must|should)\s+(?:I|we|you)\s+(?:need|have)\s+to\b[^?\n]{0,60}|\bis\s+there\s+anything\s+(?:I|we|you)\s+(?:need|have)\s+to\s+do|\bis\s+(?:any\s+)?action\s+(?:required|needed))\?\s*Yes\b(?![,:;.]?\s+(?:if|when|unless|only|but\s+only)\b)/gi,
  /\bat\s+the\s+latest\b/gi,
  // An unpaid bill asks to be paid: `Your invoice of 1 March is overdue`.
  /(?<!\b(?:nothing|none|what)\s)(?:\b(?:is|are)|\b(?:it|that|this)['’]s|\b(?:they|these|those)['’]re)\s+(?:now\s+|still\s+)?(?:overdue|past\s+due)\b/gi,
  // The provider says it asks, in any tense: `we ask that you`, `we are asking you to`, `we're requesting that all of you`.
  /\bwe(?:['’]re|\s+are)?\s+(?:(?:strongly|kindly|simply|now|also|hereby)\s+)?(?:urg(?:e|ing)|ask(?:ing)?|request(?:ing)?|instruct(?:ing)?)\s+(?:that\s+)?(?:all\s+(?:of\s+)?)?you\b/gi,
  // What the readers named in the third person, or picked out by what they do, will need to (or should) do: `Admins who turned on SSO will need to upload…`,
  // `Integrations that still call v1 may need to add a header`. `do not need to` and `need to know` ask nothing. A mail wrapped
  // at a fixed width runs a sentence over line breaks; a blank line ends it.
  /(?:^|[.!?:]\s+|\n\s*)(?!(?:we|our|I)\b)(?:(?:all|any|those|the|some|existing|current|affected|impacted)\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:customers|users|owners|admins|administrators|developers|subscribers|clients|members|accounts|organi[sz]ations|teams|applications|apps|integrations|bots|callers|those|anyone|people)\b|(?:[\w'’-]+\s+){1,3}?(?:who|that)\s)(?:[^.!?\n]|\n(?![^\S\n]*\n)){0,120}?(?<!\bnot\s|n['’]t\s)\b(?:(?:need|have)\s+to\s+(?!know\b|be\s+aware\b|worry\b|do\s+anything\b|take\s+any\b)[a-z]|should\s+(?:now\s+|also\s+)?(?:upgrade|update|migrate|move|switch|change|replace|point|rotate|renew|remove|reconfigure|install|apply|enable|disable)\b)/gi,
  // A replacement to use from now on: `Please call the v2 endpoint instead`, `Use the new importer instead.`
  /(?:^|[.!?:]\s+|\n\s*|\b(?:please|kindly)\s+)(?:use|call|switch\s+to|move\s+to)\s+[^.!?\n]{1,80}?\binstead\b/gi,
  // `Allow lists will need to be actively updated`, `rules will have to be changed`: a manner word may sit between;
  // `does not need to be updated` asks nothing.
  /(?<!(?:\bnot|\bnever|n['’]t)\s{1,3})\b(?:must|need\s+to|have\s+to)\s+be\s+(?:[a-z]+ly\s+)?(?:updated|upgraded|migrated|renewed|replaced|rotated|changed|reviewed)\b/gi,
  /\bis\s+required\s+for\s+your\b|\brequires?\s+your\s+(?:attention|action)\b|\btake\s+action\b/gi,
  /\bwhat\s+(?:do\s+)?(?:you|I)\s+need\s+to\s+do\b/gi,
  /\bwhat\s+actions?\s+(?:do|should|must)\s+(?:you|I|we)\s+(?:need\s+to\s+)?take\b|(?<!\bno\s+)\brequired\s+actions?\b/gi,
  /(?:^|[.!?]\s+|\n\s*)(?:make\s+sure|ensure)\s+(?:that\s+)?(?:every|all|each|your|the|you)\b/gi,
  // A sentence that opens on what is at stake asks for what follows: `To avoid an interruption, top up…`;
  // not where the provider does it (`To keep your sites supported, we will upgrade them`, `…, our scheduler now runs in UTC`).
  /(?:^|[.!?]\s+|\n\s*)to\s+(?:avoid|prevent)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:interruptions?|disruptions?|suspension|outages?|downtime|deletion|data\s+loss|problems|issues|errors|failures)\b(?:\s+[\w-]+){0,6}\s*,(?!\s*(?:we|our)\b)/gi,
  /(?:^|[.!?]\s+|\n\s*)to\s+(?:keep|continue)\s+(?:using|running|serving|receiving|getting|your)\b[^,.\n]{0,60},(?!\s*we\b)/gi,
  // A label that asks for something by a date: `Recommended apply by date:`, `Action required by:`.
  /\b(?:apply|update|upgrade|migrate|respond|reply|renew|rotate|replace|complete|pay|act|action\s+(?:required|needed))\s+by(?:\s+date)?\s*[:=–-]/gi,
  // An imperative that opens a sentence and names what to act on: `Revoke the webhook and replace it.`
  // Two verbs may share the object: `Revoke and recreate any deploy token used…`. The object is on the verb's own
  // line: a verb alone on its line is a heading (a status page's `Update`), not an imperative.
  /(?:^|[.!?]\s+|\n\s*)(?:(?:to|in\s+order\s+to)\s+[^,.\n]{3,60},\s+)?(?:revoke|rotate|renew|reissue|regenerate|replace|update|upgrade|migrate|move|switch|remove|delete|disable|reset|change|enroll|register|verify|pay|transfer|settle|extend)(?:[^\S\n]+(?:and|or|,)[^\S\n]*(?:revoke|rotate|renew|reissue|regenerate|recreate|replace|update|upgrade|redeploy|reset|change|delete|remove))?[^\S\n]+(?:the|your|this|these|those|it|them|all|both|any|each|every)\b/gi,
  // An imperative with a due date: `Upgrade your functions before June 12`.
  // A check of the reader's own things counts too: `Please check the limits of your instances before the effective date`.
  /(?:^|[.!?:]\s+|\n\s*)(?:(?:to|in\s+order\s+to)\s+[^,.\n]{3,60},\s+)?(?:(?:please|kindly)\s+(?:check|review|assess|audit)\s+(?:the\s+(?:[\w-]+\s+){1,3}?of\s+)?(?:your|all\s+your)\b|upgrade|update|migrate|renew|replace|rotate|move|switch|redeploy|reboot|restart|apply|install|enable|remove|delete|stop|roll|add|extend|create|generate|send|submit|upload|attach|export|use|back\s+up|download)\b(?:[^.\n]|\.(?=\S)){0,120}?\b(?:before|by|no\s+later\s+than|prior\s+to)\b/gi,
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
export const CONDITIONAL =
  /^\W*(?:if|whenever|should|in\s+case|unless|whether|(?:once|when|after)(?!\s+(?:the|this|that|our)\s+(?:[\w-]+\s+){0,2}?(?:maintenance|window|upgrade|migration|cut-?over|switch-?over|failover|move|work)\b))\b/i;
/**
 * A condition on what the reader has not done (`If you haven't bought credits by then, builds stop`,
 * `unless you renew`) is a task put the other way round: it speaks to the reader, not to some readers.
 */
const UNLESS_YOU =
  /\b(?:if\s+you\s+(?:have\s+not|haven['’]t|do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:yet\s+)?|unless\s+you\s+)(?:bought|buy|purchased?|paid|pay|set\s+up|top(?:ped)?\s+up|renew(?:ed)?|upgraded?|updated?|migrated?|moved?|replaced?|rotated?|completed?|verified|verify|added?|settled?|enabled?|registered|register|acted|act|take\s+action)\b/i;

/** Whether the notice asks something of the reader in words (a no-action line is weighed apart). */
export function asked(prose: string): boolean {
  return once(askSaid, prose, findsAsk);
}

/** Extraction asks both questions of one notice's text more than once: each keeps its last answer. */
const askSaid = { prose: '', answer: false };

export function once(last: { prose: string; answer: boolean }, prose: string, find: (prose: string) => boolean): boolean {
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
    if (CONDITIONAL.test(prose.slice(from, at + 1)) || conditionedClause(prose.slice(from, at))) continue;
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

/** A condition that opens a later clause of the sentence: `…, so if your project needs more time you should…`, `…, and unless you…`. */
const CLAUSE_CONDITION = /(?:,|\b(?:so|and|but|then))\s+(?:if|unless|in\s+case)\b/gi;

/**
 * The clause an ask is written in opens on a condition, as a sentence can (`If you use X, you must…`): it asks
 * only the readers the condition picks out. A `;` after the condition starts a clause of its own.
 */
function conditionedClause(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(CLAUSE_CONDITION)) last = m.index;
  return last >= 0 && !before.includes(';', last);
}

/** A question to be answered yes or no: `Do you need to…?`, `Will customers have to…?`. */
const YES_NO = /^\W*(?:do|does|did|will|would|shall|should|must|is|are|am|can|could|have|has)\s+(?:I|you|we|they|customers|users|my|our|your)\b/i;

/**
 * `Please make sure you subscribe to our status page`, `You should keep close attention to the changes`, `check our e-mail
 * notifications`: following the provider's updates, or watching, changes nothing of the reader's.
 */
const WATCH_ONLY =
  /^(?:please\s+|kindly\s+)?(?:(?:make\s+sure|ensure)\s+(?:that\s+)?you(?:['’]re|\s+are)?\s+|you\s+(?:should|may\s+want\s+to|might\s+want\s+to)\s+(?:also\s+)?)?(?:(?:keep|pay)\s+(?:close\s+|careful\s+)?attention\s+to|keep\s+an\s+eye\s+on|(?:subscrib\w*|follow\w*|check\w*|monitor\w*|watch\w*|bookmark\w*)\s+(?:to\s+)?(?:our|the|your)\s+(?:(?:[\w-]+|or)\s+){0,3}?(?:status\s+page|status\s+updates|updates|announcements|e-?mails?|messages|notifications|inbox)\b)/i;
/**
 * `Upgrade your plan if you expect to need more`, `see the guide, should you wish to move early`: an offer
 * that hangs on what the reader wants, the condition put either way.
 */
const WISH = /\b(?:if\s+you|should\s+you)\s+(?:expect|want|wish|prefer|would\s+like|['’]d\s+like|anticipate|plan\s+to|are\s+interested)\b/i;
/** `Please review the changes`, `review our updated terms`: reading what changed is asked of everyone and changes nothing. */
const READ_ONLY = /^(?:please\s+|kindly\s+)?review\s+(?:the|these|our|this)\s+(?:changes|updated|revised|new\s+(?:terms|policy|agreement)|(?:privacy\s+)?policy|terms)\b(?![^.!?\n]*\b(?:and|then)\s+(?:update|change|migrate|upgrade|replace|move))/i;
