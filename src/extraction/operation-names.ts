/**
 * Operations of an API named by their identifier before the noun that says what they are (`the
 * findOrders call`, `the chat.postMessage method`, `the list_invoices endpoint`): what the reader's
 * code calls. A product's name before the same noun (`the Orders API call`, `the eBay API calls`) has
 * no such shape; a name with a capital opening every part (`with the CancelDeletion operation`) is
 * not read, as it names the provider's products and the remedies it offers as often as what is called.
 */

/** The noun, read first: the text is searched once for it, and only the word before each is read, backwards. */
const NOUN = /[ \t](?:API[ \t]+)?(?:calls?|operations?|methods?|endpoints?|actions?)\b/g;
/** `findCompletedItems`, `chat.postMessage`: lower case, then one capital hump or more. */
const CAMEL = /^[a-z][a-z0-9]+(?:\.[a-z][a-z0-9]*)*[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/;
/** `list_invoices`, `orders.get_all`. */
const SNAKE = /^[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*)*(?:_[a-z0-9]+)+$/;
/** `Use the searchItems call instead`: the call suggested, not the reader's. */
const SUGGESTED_BEFORE = /\b(?:use|using|adopt|try|call|switch\s+to|migrate\s+to|move\s+to|replace(?:d)?\s+(?:it\s+)?(?:with|by))\s+(?:the\s+)?(?:new\s+)?["'`“‘]?$/i;
const INSTEAD_AFTER = /^[^.\n]{0,40}\b(?:instead|in\s+its\s+place)\b/i;
const JOINED_BEFORE = /(?:,|\band|\bor|&)[ \t]*["'`“‘]?$/;
const QUOTES = '"\'`“”‘’';

/** Letters, digits, `_` and `.`: what an operation's identifier is made of. */
const isNameCharacter = (code: number): boolean =>
  code === 95 || code === 46 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

export function operationNames(prose: string): Array<{ index: number; name: string }> {
  const out: Array<{ index: number; name: string }> = [];
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(prose); m; m = NOUN.exec(prose)) {
    const end = m.index > 0 && QUOTES.includes(prose.charAt(m.index - 1)) ? m.index - 1 : m.index;
    let start = end;
    // Only a word with a capital or an underscore inside can have either shape: the rest is skipped unread.
    let humped = false;
    for (let code = prose.charCodeAt(start - 1); start > 0 && end - start < 128 && isNameCharacter(code); code = prose.charCodeAt(--start - 1)) {
      if (code === 95 || (code >= 65 && code <= 90)) humped = true;
    }
    if (!humped) continue;
    const opens = start === 0 || /[\s(]/.test(prose.charAt(start - 1)) || QUOTES.includes(prose.charAt(start - 1));
    const name = prose.slice(start, end).replace(/\.+$/, '');
    if (!opens || !(CAMEL.test(name) || SNAKE.test(name))) continue;
    // `the legacy bankAccount endpoints`: one name before a plural of endpoints or operations groups the
    // calls about a kind of data; several (`the getUser and listUsers endpoints`) name each one, and
    // `your findItems calls` are the calls of one operation.
    if (/(?:endpoint|operation)s$/.test(m[0]) && !JOINED_BEFORE.test(prose.slice(Math.max(0, start - 6), start))) continue;
    if (SUGGESTED_BEFORE.test(prose.slice(Math.max(0, start - 41), start)) || INSTEAD_AFTER.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    out.push({ index: start, name });
  }
  return out;
}
