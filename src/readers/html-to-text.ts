import { decodeEntities } from './entities.ts';

// Content that is never shown to a reader.
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'svg', 'object', 'xml']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'nav',
  'section', 'summary', 'tbody', 'tfoot', 'thead', 'tr',
]);
const KNOWN_TAG =
  /<\/?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|table|tr|td|th|h[1-6]|img|pre|code|blockquote|hr|html|body|font|center|section|article)\b[^<>]*>/i;

/** Whether a feed's text field holds markup (many feeds put plain text with line breaks there). */
export function looksLikeHtml(text: string): boolean {
  return KNOWN_TAG.test(text);
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * Readable text from HTML: scripts and styles dropped, block elements on their own lines, list items
 * dashed, table cells tab-separated, entities decoded, link targets kept beside their text. One
 * linear pass with no recursion, so deeply nested or unterminated markup costs no more than its length.
 *
 * With `enough`, the pass may stop once the text holds more than that many characters and a line
 * break after them: the text is then longer than the whole conversion's first `enough` characters,
 * and those are the same (what comes later only appends lines, and tidies nothing before them).
 */
export function htmlToText(html: string, enough = Infinity): string {
  const out = new Output();
  let nextCheck = enough;
  let link: { start: number; href: string } | null = null;
  let pre = 0;
  let cell = 0;
  // Where the pending text run began: a '<' that opens no tag stays part of the text around it.
  let textStart = 0;
  let i = 0;

  const closeLink = (): void => {
    if (!link) return;
    out.text(linkSuffix(out.since(link.start), link.href), false);
    link = null;
  };

  for (;;) {
    if (out.length > nextCheck) {
      const sofar = out.finish();
      if (sofar.lastIndexOf('\n') > enough + 1) return sofar;
      // Checked again only after as much text again: the checks cost no more than the pass.
      nextCheck = out.length * 2;
    }
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    const declaration = next === 0x21 /* ! */ || next === 0x3f; /* ? */
    const closing = next === 0x2f; /* / */
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const nameMatch = declaration ? null : TAG_NAME.exec(html);
    if (!nameMatch && !declaration) {
      i = lt + 1;
      continue;
    }
    emitText(out, html, textStart, lt, pre > 0);
    if (!nameMatch) {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) + 3 : html.indexOf('>', lt) + 1;
      i = textStart = end <= lt ? html.length : end;
      continue;
    }
    const tagEnd = html.indexOf('>', TAG_NAME.lastIndex);
    const end = tagEnd === -1 ? html.length : tagEnd + 1;
    const name = nameMatch[0].toLowerCase();
    i = textStart = end;

    if (!closing && SKIPPED.has(name) && html.charCodeAt(end - 2) !== 0x2f /* self-closing */) {
      i = textStart = skipElement(html, end, name);
      continue;
    }
    if (name === 'a') {
      closeLink();
      if (!closing) link = { start: out.mark(), href: hrefOf(html.slice(lt, end)) };
      continue;
    }
    if (name === 'br') out.newline(0);
    else if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'tr' && !closing) cell = 0;
    if ((name === 'td' || name === 'th') && !closing && cell++ > 0) out.text('\t', true);
    if (PARAGRAPH.has(name)) out.newline(2);
    else if (BLOCK.has(name)) out.newline(1);
    if (name === 'li' && !closing) out.text('- ', true);
  }
  emitText(out, html, textStart, html.length, pre > 0);
  closeLink();
  return out.finish();
}

function emitText(out: Output, html: string, from: number, to: number, verbatim: boolean): void {
  if (to <= from) return;
  const raw = html.slice(from, to);
  out.text(decodeEntities(verbatim ? raw : collapse(raw)), verbatim);
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

function hrefOf(tag: string): string {
  const m = HREF.exec(tag);
  return decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

function skipElement(html: string, from: number, name: string): number {
  const closer = new RegExp(`</${name}\\s*>`, 'ig');
  closer.lastIndex = from;
  const m = closer.exec(html);
  return m ? m.index + m[0].length : html.length;
}

/** What to add after a link's text so its target survives: nothing when the text already says it. */
function linkSuffix(text: string, href: string): string {
  const shown = text.trim();
  if (/^mailto:/i.test(href)) {
    const address = href.slice(7).split('?')[0] ?? '';
    return address && shown && !shown.includes(address) ? ` (${address})` : '';
  }
  if (!/^https?:\/\//i.test(href) || !shown) return '';
  const bare = href.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (shown.includes(href) || shown.includes(bare)) return '';
  return ` (${href})`;
}

/** Accumulates text while keeping track of the line it ends on, so whitespace never piles up. */
class Output {
  #parts: string[] = [];
  #newlines = 0;
  #space = true;
  /** Characters held so far. */
  length = 0;

  text(chunk: string, verbatim: boolean): void {
    let s = chunk;
    if (!verbatim && this.#space) s = s.trimStart();
    if (!s) return;
    this.#parts.push(s);
    this.length += s.length;
    let trailing = 0;
    while (trailing < s.length && s.charCodeAt(s.length - 1 - trailing) === 0x0a) trailing += 1;
    this.#newlines = trailing === s.length ? this.#newlines + trailing : trailing;
    this.#space = /\s/.test(s.charAt(s.length - 1));
  }

  /** Ends the line; `lines` > 0 asks for at most that many line breaks in a row, 0 always adds one. */
  newline(lines: number): void {
    if (this.#parts.length === 0) return;
    const add = lines === 0 ? 1 : Math.max(0, lines - this.#newlines);
    if (add === 0) return;
    this.#parts.push('\n'.repeat(add));
    this.length += add;
    this.#newlines += add;
    this.#space = true;
  }

  mark(): number {
    return this.#parts.length;
  }

  since(mark: number): string {
    return this.#parts.slice(mark).join('');
  }

  finish(): string {
    return this.#parts
      .join('')
      .replace(/\u00a0/g, ' ')
      .split('\n')
      .map((line) => line.replace(/^ +/, '').trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}
