import { sentenceStart } from './text.ts';
import { CONDITIONAL, once } from './obligations.ts';

/**
 * The notice says the reader need do nothing, in any of the ways it is put: `there is nothing you need to
 * do`, `nothing to migrate or reconfigure`, `customers need not change anything`, `no changes are needed`,
 * `there's no need to do anything`, `nothing changes until you upgrade` (the change waits on the reader's choice),
 * a label or a question answered in the negative (`Action required: None`, `What do I need to do? Nothing.`), and
 * `you are not affected`. `… a drop-in image, with no changes needed to your charts` says how easy a move is, not that none is needed;
 * `with no changes needed on your side` still speaks to the reader.
 */
const NO_ACTION =
  /\b(?:(?:customer\s+)?action(?:\s+(?:required|needed))?|required\s+action|what\s+(?:do\s+)?(?:I|you|we)\s+need\s+to\s+do|do\s+(?:I|you|we)\s+need\s+to\s+(?:do\s+anything|take\s+(?:any\s+)?action))\s*[:?=–-]\s*(?:none|nothing|no|not\s+(?:required|needed|necessary)|n\/a)\b(?!\s+(?:later|more|other)\b)|(?<!\b(?:to|for|by|with|from|of|at|on)\s{1,3})\b(?:you\s+are|you['’]re)\s+not\s+affected\b|\b(?:this|the)\s+change\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+affect\s+you\b|\b(?:there\s+is\s+)?nothing\s+(?:that\s+)?(?:you\s+(?:need|have)\s+to\s+do|(?:for\s+you\s+)?to\s+do\s+on\s+your\s+(?:side|part|end))\b|\bnothing\s+(?:(?:else|more)\s+)?(?:for\s+you\s+)?to\s+(?:do|migrate|change|reconfigure|configure|update|install|set\s+up)\b(?!\s+with\b)|\b(?:you|customers|users|clients|owners)\s+need\s+not\s+(?:do|change|take|update|migrate|reconfigure|modify)\b|\b(?:do\s+not|don['’]t)\s+have\s+to\s+do\s+anything\b|(?<!\bwith\s{1,3})\bno\s+(?:(?:code|configuration|config)\s+)?changes?\s+(?:(?:is|are|will\s+be)\s+)?(?:required|needed|necessary)\b|\bwith\s+no\s+(?:(?:code|configuration|config)\s+)?changes?\s+(?:required|needed|necessary)\s+(?:on\s+your\s+(?:side|part|end)|from\s+you|by\s+you)\b|\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:do\s+anything|take\s+(?:any\s+)?action|change|update|migrate|reconfigure)\b|\bnothing\s+(?:changes|will\s+change)\s+(?:for\s+you\s+)?(?:until\s+you\b|(?=\s*[.!;\n]))|\bno\s+(?:(?:further|immediate|additional|other)\s+)?action\s+(?:is\s+|will\s+be\s+)?(?:required|needed|necessary)\b|\b(?:do\s+not|don['’]t)\s+need\s+to\s+(?:(?:do|change|update|migrate|reconfigure)\s+anything|take\s+(?:any\s+)?action)\b|\bno\s+action\s+on\s+your\s+part\b|\bnothing\s+(?:is\s+)?(?:required|needed)\s+(?:of|from)\s+you\b|(?:\b(?:do|will|must|should)\s+(?:I|we|you)\s+(?:need\s+to\s+|have\s+to\s+)?(?:do|take|change|update|migrate|reconfigure|modify)\b[^?\n]{0,60}|\bis\s+there\s+anything\s+(?:I|we|you)\s+(?:need|have)\s+to\s+do|\bis\s+(?:any\s+)?action\s+(?:required|needed))\?\s*(?:(?:in\s+)?(?:almost|nearly|practically|virtually)\s+(?:every|all|any)\s+cases?,?\s+|in\s+(?:most|nearly\s+all|almost\s+all)\s+cases,?\s+|for\s+(?:most|nearly\s+all|almost\s+all)\s+(?:customers|users|accounts|of\s+you),?\s+|(?:most\s+|very\s+)?(?:likely|probably),?\s+)?(?:No(?:pe)?\b|Not\s+(?:in\s+most\s+cases|usually|for\s+most)\b)|\byou\s+no\s+longer\s+(?:have|need)\s+to\b|\b(?:migration|migrating|action|changes?|upgrad(?:e|es|ing))\s+(?:is|are)\s+no\s+longer\s+(?:required|needed|necessary)\b/gi;

/**
 * `No action is required` speaks for the whole notice unless it is limited to some of the reader's
 * things (`for machines that already run the new agent`) or taken back by what follows (`No
 * immediate action is needed. However, you must… by May 31`).
 */
export function saysNoAction(prose: string): boolean {
  return once(noActionSaid, prose, findsNoAction);
}
const noActionSaid = { prose: '', answer: false };

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

/** `For jobs that already use v2, no changes are needed`, `Jobs that pull v2 have nothing to change`, `Teams without SSO have nothing to do`. */
const SOME_BEFORE =
  /\b(?:already|if|unless|only|except|without)\b|(?<!\b(?:note|notes|noted|mean|means|meant|confirm|confirms|say|says|said|ensure|know|aware|so|such)\s+)\b(?:that|which|who|whose)\b(?!\s+(?:means?|is\s+why)\b)/i;
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
