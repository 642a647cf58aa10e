import type { Notice } from '../domain/notice.ts';
import { matchesOf } from './anchored.ts';

/**
 * Only the head of a notice is read: what a provider asks of the reader comes first, and a bound on
 * the text keeps every grammar linear in a bounded input (a 25 MB message costs what 200 KB costs).
 */
export const MAX_TEXT = 200_000;

/** The notice as the grammars read it: subject first, then the body, in one string. */
export interface PreparedText {
  /** Subject, blank line, body; Markdown links reduced to their text. */
  plain: string;
  /** `plain` with URLs and e-mail addresses blanked (same length, so offsets agree). */
  prose: string;
}

const MARKDOWN_LINK = /\[([^\]\n]{0,300})\]\((?:[^)\s]{0,2000})\)/g;
/** `**bold**`, `__bold__`; a longer run (`AIza****3kQ`, a masked secret) is part of what is written. */
const MARKDOWN_EMPHASIS = /(?<![*_])(?:\*\*|__)(?![*_])/g;
// A bare `www.example.com` is a host name the reader may own; only a `www.` address with a path is a link.
const URL = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]{1,2000}|\bwww\.[a-z0-9-]{1,63}\.[a-z0-9.-]{2,63}\/[^\s<>"'`)\]]{0,2000}/gi;
const EMAIL_LOCAL = /[\w.+-]{1,64}$/;
const EMAIL_DOMAIN = /@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,24}\b/iy;

const blank = (s: string): string => ' '.repeat(s.length);

/** Subject + body, capped, Markdown flattened; the prose copy has links and addresses blanked. */
export function prepareText(notice: Pick<Notice, 'subject' | 'text'>): PreparedText {
  const subject = flatten(notice.subject.slice(0, 1_000)).replace(/\s+/g, ' ').trim();
  const head = notice.text.slice(0, MAX_TEXT);
  const body = flatten(head.includes('\r') ? head.replace(/\r\n?/g, '\n') : head);
  const plain = subject ? `${subject}\n\n${body}` : body;
  const prose = blankEmails(plain.replace(URL, blank));
  return { plain, prose };
}

/** Addresses are found from their `@`, so text without one costs nothing (a regex would try every offset). */
function blankEmails(text: string): string {
  let out = '';
  let done = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    const local = EMAIL_LOCAL.exec(text.slice(Math.max(done, at - 64), at));
    if (!domain || !local) continue;
    const start = at - local[0].length;
    out += text.slice(done, start) + blank(local[0]) + blank(domain[0]);
    done = at + domain[0].length;
    at = done - 1;
  }
  return out + text.slice(done);
}

/** Each rewrite is skipped where the text lacks what every match of it holds. */
function flatten(text: string): string {
  const linked = text.includes('](') ? text.replace(MARKDOWN_LINK, '$1') : text;
  const plain = linked.includes('**') || linked.includes('__') ? linked.replace(MARKDOWN_EMPHASIS, '') : linked;
  return plain.includes('\u00a0') ? plain.replace(/\u00a0/g, ' ') : plain;
}

/** Where the sentence holding `index` starts: after `.`/`!`/`?` + space, a blank line or a list bullet. */
export function sentenceStart(text: string, index: number, limit = 240): number {
  const from = Math.max(0, index - limit);
  const window = text.slice(from, index);
  let cut = -1;
  // A scan starts where the shared pattern's lastIndex was left; every scan starts at 0.
  SENTENCE_BREAK.lastIndex = 0;
  for (const m of matchesOf(window, SENTENCE_BREAK)) cut = m.index + m[0].length;
  return cut < 0 ? from : from + cut;
}

/** Where the sentence holding `index` ends (exclusive). */
export function sentenceEnd(text: string, index: number, limit = 240): number {
  const window = text.slice(index, index + limit);
  SENTENCE_BREAK.lastIndex = 0;
  const m = SENTENCE_BREAK.exec(window);
  SENTENCE_BREAK.lastIndex = 0;
  return m ? index + m.index + 1 : Math.min(text.length, index + limit);
}

/**
 * A sentence ends at `.!?;` followed by white space (so `Node.js` and `2.7` do not end one), at a
 * blank line, before a bullet, or at a line that is a label (`Start:`) or a heading ending in `?`/`:`.
 */
const SENTENCE_BREAK = /[.!?;](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•·]|\d{1,2}[.)])\s)|:[ \t]*\n|\n(?=[A-Z][\w ]{0,30}:)/g;

/** The whole sentence, or run of sentences, holding `[start, end)`. */
export function sentenceOf(text: string, start: number, end = start): string {
  return text.slice(sentenceStart(text, start), sentenceEnd(text, end));
}

/** Lower case without dashes or spaces, so `end-of-support`, `End of support` and `endofsupport` compare equal. */
export const squash = (s: string): string => s.toLowerCase().replace(/[-\s]/g, '');

/** The sentence around `[start, end)`: text before it in its sentence and text after it. */
export function around(text: string, start: number, end: number): { before: string; after: string } {
  return {
    before: text.slice(sentenceStart(text, start), start),
    after: text.slice(end, sentenceEnd(text, end)),
  };
}
