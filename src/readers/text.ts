import { htmlToText } from './html-to-text.ts';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from './limits.ts';

/** A body (plain or HTML) → the text extraction reads, bounded by the limits; what was cut is reported. */
export function readableText(body: string, html: boolean, warnings: string[]): string {
  let source = body;
  if (html && source.length > MAX_HTML_CHARS) {
    source = source.slice(0, MAX_HTML_CHARS);
    warnings.push(`HTML body longer than ${MAX_HTML_CHARS} characters: only the first ${MAX_HTML_CHARS} were read`);
  }
  // Converting past the text limit would only make text that is cut off below.
  let text = html ? htmlToText(source, MAX_TEXT_CHARS) : source;
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    warnings.push(`text longer than ${MAX_TEXT_CHARS} characters: only the first ${MAX_TEXT_CHARS} were read`);
  }
  return text;
}

/** Unix line ends, no trailing spaces, no blank edges. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
