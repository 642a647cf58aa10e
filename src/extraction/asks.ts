import type { Found } from './dates.ts';
import { columnTitle } from './columns.ts';
import { around, sentenceEnd } from './text.ts';

/**
 * The reader is asked in the date's own sentence: an imperative that opens it or a clause of it
 * (`To avoid broken images, make sure…, then change the Base URL… before September 15`), or an
 * obligation (`you must`, `must be upgraded`). Conditions (`If you want to…`) and offers (`you can`)
 * ask nothing.
 */
const ASK_VERBS = [
  'upgrade', 'update', 'migrate', 'move', 'switch', 'renew', 'replace', 'rotate', 'change', 'make\\s+sure', 'ensure',
  'regenerate', 'reissue', 'revoke', 'remove', 'delete', 'disable', 'enable', 'install', 'apply', 'redeploy', 'deploy',
  'restart', 'reboot', 'pay', 'add', 'point', 'cancel', 'complete', 'verify', 'confirm', 'transfer', 'export',
  'back\\s+up', 'download', 'upload', 'submit', 'review', 'recreate', 'create', 'generate', 'convert', 'modify',
  'transition', 'configure', 'upgrading', 'updating', 'migrating', 'moving', 'replacing', 'select', 'go\\s+to',
  'stop', 'detach', 'unmount', 'shut\\s+down', 'power\\s+(?:off|down)', 'drain', 'pause', 'allowlist', 'whitelist', 'do\\s+so', 'take\\s+(?:a\\s+)?(?:backups?|snapshots?)', 'sign\\s+(?:all|your|every|each)',
].join('|');
export const ASK = new RegExp(
  String.raw`(?:^|[,:;]\s+|\b(?:please|then|and)\s+)(?:${ASK_VERBS})\b|\byou(?:['’]ll|\s+will)?\s+(?:must|need\s+to|have\s+to|should|are\s+required\s+to)\b|(?<!\bwe\s)\bmust\s+(?:be\s+)?\w+|(?<!\b(?:we|I|our\s+\w+)\s+)\b(?:will|may|would)\s+(?:also\s+)?need\s+to\s+(?!know\b|be\s+aware\b)|\baction\s+(?:is\s+)?required\b`,
  'i',
);
/** A list whose first item opens with an imperative: `Before the window starts, please:` then `1. Add the new addresses…`. */
const LIST_ASK = new RegExp(String.raw`^[ \t]*\n?[ \t]*(?:\d{1,2}[.)]|[-*•·])[ \t]+(?:${ASK_VERBS})\b`, 'i');

/** The sentence at `at` ends in a colon that introduces a list of steps. */
export function asksInList(prose: string, at: number): boolean {
  const end = sentenceEnd(prose, at);
  return prose.charAt(end - 1) === ':' && LIST_ASK.test(prose.slice(end, end + 80));
}
export const OFFER = /\byou\s+(?:can|may|could|might)\b|\boptional(?:ly)?\b|\bif\s+you\s+(?:want|wish|prefer|would\s+like|['’]d\s+like|are\s+interested)\b/i;
/**
 * A condition (`If your clients pin the intermediate, add the new one before March 3`) asks only some
 * readers; with a date of its own it is still the cut-off every reader it applies to must meet.
 */
const CONDITION = /^\W*(?:if|once|when|whenever|unless|whether|in\s+case)\b/i;

export function asksAt(prose: string, f: Found): boolean {
  if (columnTitle(prose, f.index) !== null) return false;
  const { before, after } = around(prose, f.index, f.end);
  const sentence = `${before.trimStart()} ${after}`;
  if (!ASK.test(sentence) || OFFER.test(sentence)) return false;
  return !CONDITION.test(sentence) || CUT_OFF.test(before.slice(-40));
}

/** The date is what the asked step must beat: `… before March 3`, `… by 17:00 UTC on`. */
const CUT_OFF = /\b(?:before|by|no\s+later\s+than|prior\s+to|ahead\s+of|until|between)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\S+\s+){0,3}$/i;
