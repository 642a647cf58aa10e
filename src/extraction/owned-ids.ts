import { isAlphanumeric, matchesAt, matchesOf, runsBefore } from './anchored.ts';
import { looksLikeName, registeredDomain } from './names.ts';

/**
 * Identifiers told apart by their shape and by where they stand, whatever noun the provider uses for
 * the thing (`creditor`, `profile`, `space`, `technical account`):
 * - a typed id (`pfl_v7Qx3KsN2d`, `conn_01J2ZK…`): a short lower-case type, an underscore, then letters
 *   and digits; and an app's reverse-domain id (`com.acme.rewards`); in parentheses after what they
 *   name or as the value of a label;
 * - a long run of capitals and digits in parentheses after a display name (`Acme Energy Ltd (CR00004X7KJ2QM)`);
 * - the name right before a parenthesis that gives its id (`acme-travel-web (space ID 4kx9m2qzpt7w)`);
 * - an address-shaped id whose local part is opaque (`4D8E…@techacct.adobe.com`): a machine's, not a person's;
 * - each method of a path written once for several (`PUT and DELETE /api/v1/customers/{id}`);
 * - the host of a link the provider delivers to (`webhook deliveries to https://hooks.acme.dev/…`, a
 *   list of links under `webhook endpoints:`), where the host is the reader's own.
 */

const TYPED = String.raw`[a-z]{2,8}_(?=[A-Za-z0-9]{0,39}\d)(?=[A-Za-z0-9]{0,39}[A-Za-z])[A-Za-z0-9]{8,40}`;
/** An app's reverse-domain id (`com.acme.rewards`): a top-level domain first, where a host name ends with one. */
const REVERSE_DNS = String.raw`(?:com|org|net|io|dev|app|co|de|fr|uk|nl|se|jp)(?:\.[a-z][a-z0-9_-]{1,40}){2,5}`;
/** `(pfl_v7Qx3KsN2d)`, `(CR00004X7KJ2QM)`; `Connection: conn_01J2…` on its own line. */
const IN_PARENS = new RegExp(String.raw`\((${TYPED}|${REVERSE_DNS}|[A-Z0-9]{10,24})\)`, 'g');
const DISPLAY_NAME_END = /\b[A-Z][\w&'’-]*[ \t]$/;
/** Tried at the start of each line that holds a colon: its label ends at the line's first colon. */
const AS_LABEL_VALUE = new RegExp(String.raw`^[ \t]*(?:[-*•][ \t]+)?([A-Za-z][A-Za-z ]{0,30}):[ \t]+(${TYPED}|${REVERSE_DNS})[ \t]*$`, 'my');
/** Labels of the notice's own records, a bill's or a ticket's: their ids are no resource of the reader's. */
const RECORD_LABEL = /\b(?:invoice|receipt|transaction|charge|payment|refund|payout|reference|ticket|case|message|request|event|order)\b/i;
/** Capitals and digits both, four digits and three capitals at least: `CR00004X7KJ2QM`, not `SHA256WITH` nor `HTTPSONLY`. */
const MIXED_CAPITALS = /^(?=(?:[A-Z0-9]*\d){4})(?=(?:[A-Z0-9]*[A-Z]){3})/;

/** `acme-travel-web (space ID 4kx9…)`, `web-prod-1 (ID 48213377)`: the name before the id's parenthesis. */
/** What every match of NAME_BEFORE_ID holds, found from its `(` alone: most notices have none. */
const PAREN_ID = /\((?:[A-Za-z]+[ \t]+){0,2}id\b/i;
const NAME_BEFORE_ID = /(?<![\w.@/-])([A-Za-z0-9][\w.-]{1,62})[ \t]+\((?:[A-Za-z]+[ \t]+){0,2}(?:ID|Id|id)\b[ \t:#]*[A-Za-z0-9][\w-]{3,62}\)/y;
const isNameCharacter = (code: number): boolean => code === 45 || code === 46 || code === 95 || isAlphanumeric(code);
const isBlank = (code: number): boolean => code === 32 || code === 9;

/** `4D8E2A7C9B1F3E5A6C0D2B8F@techacct.adobe.com`, `7F3A…@AdobeOrg`: an opaque local part before the `@`. */
const OPAQUE_ADDRESS = /(?<![\w.+-])([A-Za-z0-9]{16,64})@([A-Za-z][A-Za-z0-9-]{1,62}(?:\.[A-Za-z0-9-]{1,63}){0,6})(?![\w@-])/y;
const HEX_OR_MIXED = /^(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])/;

/**
 * Words for a place the provider sends to: a webhook, a callback, deliveries. A bare `endpoint` may
 * be the provider's own (`the legacy ingestion endpoint (https://inn.gs/…)`), so it is not enough.
 */
const RECEIVES = /\b(?:webhooks?|callbacks?|deliver(?:y|ies|ed|s)?\s+to|notification\s+url|listeners?|receivers?)\b/i;
/** `PUT and DELETE /path`, `GET, POST or PATCH /path`: methods that share one path. */
const SHARED_PATH = /\b((?:GET|POST|PUT|PATCH|DELETE|HEAD)(?:(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*\/[ \t]*)(?:GET|POST|PUT|PATCH|DELETE|HEAD)){1,5})[ \t]+(\/[A-Za-z0-9_\-.:{}/]{1,200})/g;
const LINK = /\bhttps?:\/\/([A-Za-z0-9.-]{4,253})/g;
const LIST_ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+$/;

export function ownedIds(prose: string, plain: string, senderDomain: string | null): string[] {
  const out: string[] = [];
  if (prose.includes('(')) {
    for (const m of matchesOf(prose, IN_PARENS)) {
      const id = m[1] ?? '';
      // A reverse-domain id names an app after its display name (`Acme Shop (com.acme.shop)`); after a word it is a code package.
      const app = id.includes('.') && DISPLAY_NAME_END.test(prose.slice(Math.max(0, m.index - 30), m.index));
      if (id.includes('_') || app || MIXED_CAPITALS.test(id)) out.push(id);
    }
    if (PAREN_ID.test(prose)) for (const m of matchesAt(prose, NAME_BEFORE_ID, runsBefore(prose, '(', isNameCharacter, isBlank))) {
      const name = (m[1] ?? '').replace(/[.]+$/, '');
      if (/[-_\d]/.test(name) && /[a-z]/.test(name) && looksLikeName(name)) out.push(name);
    }
  }
  if (prose.includes('_') || prose.includes('.')) {
    for (const start of colonLines(prose)) {
      AS_LABEL_VALUE.lastIndex = start;
      const m = AS_LABEL_VALUE.exec(prose);
      if (m && !RECORD_LABEL.test(m[1] ?? '')) out.push(m[2] ?? '');
    }
  }
  if (plain.includes('@')) {
    for (const m of matchesAt(plain, OPAQUE_ADDRESS, runsBefore(plain, '@', isAlphanumeric))) if (HEX_OR_MIXED.test(m[1] ?? '')) out.push(m[0]);
  }
  if (plain.includes('://')) out.push(...receivingHosts(plain, senderDomain));
  for (const m of matchesOf(prose, SHARED_PATH)) {
    const path = (m[2] ?? '').replace(/[.,;:]+$/, '');
    for (const method of (m[1] ?? '').match(/[A-Z]+/g) ?? []) out.push(`${method} ${path}`);
  }
  return out;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Where each line that holds a colon starts; where the text breaks lines otherwise than with `\n`, every line's start. */
function* colonLines(text: string): Generator<number> {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) {
    yield 0;
    for (const m of matchesOf(text, LINE_BREAK)) yield m.index + 1;
    return;
  }
  for (let colon = text.indexOf(':'); colon >= 0; ) {
    yield text.lastIndexOf('\n', colon) + 1;
    const end = text.indexOf('\n', colon);
    if (end < 0) return;
    colon = text.indexOf(':', end);
  }
}

/**
 * Hosts of links the text says the provider delivers to: in the same sentence as the words for it,
 * or as items of a list whose lead-in line holds them.
 */
function receivingHosts(plain: string, senderDomain: string | null): string[] {
  const out: string[] = [];
  for (const m of matchesOf(plain, LINK)) {
    const host = (m[1] ?? '').replace(/\.$/, '');
    // The words around say the host receives the provider's calls, so any host of the reader's
    // qualifies (`billing.acme-energy.co.uk`), and only the sender's own are left out.
    const registered = registeredDomain(host);
    if (!registered || registered === senderDomain) continue;
    // Only a short stretch before the link is read: a text of links without line breaks stays linear.
    const from = Math.max(0, m.index - 200);
    const lineStart = from + plain.slice(from, m.index).lastIndexOf('\n') + 1;
    const lead = LIST_ITEM.test(plain.slice(lineStart, m.index)) ? listLeadIn(plain, lineStart) : sentenceBefore(plain, lineStart, m.index);
    if (RECEIVES.test(lead)) out.push(host);
  }
  return out;
}

/** The words before a link on its line, back to the last sentence end. */
function sentenceBefore(plain: string, lineStart: number, index: number): string {
  const before = plain.slice(Math.max(lineStart, index - 160), index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return cut < 0 ? before : before.slice(cut + 2);
}

/** The line that opens a list, above its items (and a blank line): `…two webhook endpoints that still verify v1:`. */
function listLeadIn(plain: string, lineStart: number): string {
  let end = lineStart - 1;
  const floor = Math.max(0, lineStart - 2_000);
  for (let steps = 0; end > floor && steps < 12; steps++) {
    const start = floor + plain.slice(floor, end).lastIndexOf('\n') + 1;
    const line = plain.slice(start, end);
    if (line.trim() !== '' && !/^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]/.test(line)) return line.trim().endsWith(':') ? line : '';
    end = start - 1;
  }
  return '';
}
