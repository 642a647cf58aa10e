import { matchesOf } from './anchored.ts';
import { isRegionName } from './regions.ts';

/**
 * IPv4 addresses that are the reader's. Notices name far more addresses that are the provider's
 * (ranges to allow, new webhook sources, a documentation example) than addresses of the reader's
 * servers, and the two look the same; what tells them apart is where the address stands. An address
 * is the reader's only where it is set out as one of the reader's things: in a row beside the
 * reader's other names, as the value of a short label at the start of a line, in parentheses after
 * a server's name, or right after `your server`, `your IP addresses`.
 */

// A dotted quad may end a sentence (`resolves to 203.0.113.40.`), but not run on into a longer one, nor
// be the base of a range (`203.0.113.0/24`: a network, not an address).
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d|\/\d)/g;
const WHOLE_IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/;
/** How far a row is read either side of an address: a row is short, a line of a megabyte is not one. */
const ROW_REACH = 240;

/**
 * `Main IP: 192.0.2.41`, `Public IPv4 = …`, `- IPv4 address: …` at the start of a line. A label that
 * speaks of a change (`New IP:`, `Old addresses:`) or of the sender (`Our IP:`) announces the
 * provider's addresses, which move; a sentence that ends in a colon (`we are adding these IPs:`) is
 * no label.
 */
const LABEL = /^[ \t]*(?:[-*•·][ \t]*)?((?:[A-Za-z][\w'’-]*[ \t]+){0,3})(?:IP|IPv4|IP[ \t]+address|address)(?:es|s)?[ \t]*[:=][ \t]*$/i;
const CHANGE_WORDS = /\b(?:new|old|current|previous|future|additional|our|egress|outbound|inbound|source|webhooks?|allow(?:list|ed)?|whitelist(?:ed)?)\b/i;
/** `your server 192.0.2.10`, `Your IP addresses (…`, `your server's public IP `: the reader's own. */
const YOURS = /\byour[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:IP(?:v4)?(?:[ \t]+address(?:es)?)?|IPs|address(?:es)?|servers?|instances?|hosts?|VPS|machines?|nodes?|droplets?|linodes?)[ \t]*[:(]?[ \t]*$/i;
/** `The public IP address 94.237.80.17 of the server`: the address of a server the notice is about. */
const OF_SERVER = /^[ \t]+of[ \t]+(?:the|your)[ \t]+(?:server|instance|host|VPS|machine|node|droplet|linode)\b/i;
/** The name before an open parenthesis: `fra-web-01 (`, `blockbuilder.org (`. */
const NAME_BEFORE_PAREN = /(?:^|[\s,;:|])([A-Za-z0-9][\w.-]{0,126})[ \t]*\([ \t]*$/;
/** The gap between two addresses of one list in parentheses: `(a, b and c)`. */
const PAREN_GAP = /^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|or[ \t]+)$/;
const OPENS_PAREN = /\([ \t]*$/;
/** Where one cell of a row ends and the next begins. */
const CELL_BREAK = /[ \t]*(?:[,|\t;]|[ \t]{2,}|[ \t][-–—][ \t])[ \t]*/;

/** IPv4 addresses outside links that stand as the reader's own (see the top of this file). */
export function findAddresses(prose: string): string[] {
  const out: string[] = [];
  let parenEnd = -1;
  for (const m of matchesOf(prose, IPV4)) {
    const ip = m[0];
    if (ip === '0.0.0.0' || /^(?:127|255)\./.test(ip)) continue;
    const lineStart = Math.max(prose.lastIndexOf('\n', m.index) + 1, m.index - ROW_REACH);
    const end = m.index + ip.length;
    const newline = prose.indexOf('\n', end);
    const lineEnd = Math.min(newline < 0 ? prose.length : newline, end + ROW_REACH);
    const before = prose.slice(lineStart, m.index);
    // `(67.227.190.41 and 67.227.190.42)`: the next address of a list whose first was the reader's.
    const continues = parenEnd >= 0 && m.index - parenEnd < 12 && PAREN_GAP.test(prose.slice(parenEnd, m.index));
    if (continues || afterName(before) || labelled(before) || YOURS.test(before) || OF_SERVER.test(prose.slice(end, lineEnd)) || inRow(before, prose.slice(end, lineEnd))) {
      out.push(ip);
      parenEnd = continues || OPENS_PAREN.test(before) ? end : -1;
    }
  }
  return out;
}

function labelled(before: string): boolean {
  const label = LABEL.exec(before);
  return label !== null && !CHANGE_WORDS.test(label[1] ?? '');
}

/** `fra-web-01 (45.77.52.118)`: a name of the reader's shape (a digit, a dash or a dot in it) opens the parentheses. */
function afterName(before: string): boolean {
  const name = NAME_BEFORE_PAREN.exec(before)?.[1];
  return name !== undefined && /[A-Za-z]/.test(name) && /[\d.-]/.test(name) && !isRegionName(name);
}

/**
 * `acme-app-01   1849205   USEAST2 (New York) 209.208.62.114`, `mail-relay,us-east-1,nano_2_0,54.85.130.9`:
 * the address is one cell of a row that also holds a name of the reader's shape. A row of a region and
 * its addresses, or a list of bare addresses, is the provider's table of sources.
 */
function inRow(before: string, after: string): boolean {
  const cells = [...before.split(CELL_BREAK), ...after.split(CELL_BREAK)];
  if (cells.length < 3) return false;
  return cells.some((cell) => isReadersName(cell.trim().replace(/^[-*•·]\s*/, '')));
}

function isReadersName(cell: string): boolean {
  if (cell.length < 3 || cell.length > 128 || /\s/.test(cell) || WHOLE_IPV4.test(cell) || isRegionName(cell)) return false;
  return /[A-Za-z]/.test(cell) && /[\d-]/.test(cell);
}
