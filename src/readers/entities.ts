// Named character references that occur in provider mail and feeds. The full HTML table has over two
// thousand names; these cover Latin-1, typographic punctuation and arrows, which is what notices use.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc ' +
  'Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring ' +
  'aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml ' +
  'divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHERS: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, hyphen: 8208,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243,
  lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595,
  harr: 8596, lArr: 8656, rArr: 8658, hArr: 8660, minus: 8722, asymp: 8776, ne: 8800, le: 8804, ge: 8805,
  infin: 8734, check: 10003, nbhy: 8209, NewLine: 10, Tab: 9, colon: 58, lpar: 40, rpar: 41, sol: 47,
};

export const NAMED_ENTITIES: ReadonlyMap<string, number> = new Map([
  ...LATIN1.split(' ').map((name, i) => [name, 160 + i] as const),
  ...Object.entries(OTHERS),
]);

// Legacy documents omit the semicolon on the commonest references; browsers accept these few.
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

// Windows-1252 in 0x80-0x9F, where it differs from Latin-1. Node 20's TextDecoder decodes
// "windows-1252" as Latin-1, so the table is spelled out (0 marks the five unassigned bytes).
const CP1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** The character Windows-1252 gives a byte (or a C1 code point). */
export function windows1252Char(byte: number): string {
  const mapped = byte >= 0x80 && byte <= 0x9f ? CP1252_C1[byte - 0x80] : undefined;
  return String.fromCharCode(mapped || byte);
}

/** Windows-1252 bytes → text, correct in 0x80-0x9F where Latin-1 is not. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1').replace(/[\x80-\x9f]/g, (c) => windows1252Char(c.charCodeAt(0)));
}

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  // HTML maps references to C1 controls onto Windows-1252, as the encoders that wrote them meant.
  if (code >= 0x80 && code <= 0x9f) return windows1252Char(code);
  return String.fromCodePoint(code);
}

/** Decodes character references; unknown names stay as written. A scan by hand: hostile input is all references. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let copied = 0;
  while (amp !== -1) {
    const ref = readReference(text, amp);
    if (ref) {
      out += text.slice(copied, amp) + ref.value;
      copied = ref.end;
    }
    amp = text.indexOf('&', ref ? ref.end : amp + 1);
  }
  return out + text.slice(copied);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The reference starting at `amp` (`&name;`, `&#123;`, `&#x1F;`), or null when there is none. */
function readReference(text: string, amp: number): { value: string; end: number } | null {
  let i = amp + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i += 1;
    const hex = text.charCodeAt(i) === 0x78 || text.charCodeAt(i) === 0x58; /* x X */
    if (hex) i += 1;
    const start = i;
    while (i - start < (hex ? 7 : 8) && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i += 1;
    if (i === start) return null;
    const code = Number.parseInt(text.slice(start, i), hex ? 16 : 10);
    if (text.charCodeAt(i) === 0x3b /* ; */) i += 1;
    return { value: fromCodePoint(code), end: i };
  }
  const start = i;
  while (i - start < 32 && isAlnum(text.charCodeAt(i))) i += 1;
  if (i - start < 2) return null;
  const name = text.slice(start, i);
  const code = NAMED_ENTITIES.get(name);
  if (code === undefined) return null;
  if (text.charCodeAt(i) === 0x3b) return { value: String.fromCodePoint(code), end: i + 1 };
  return WITHOUT_SEMICOLON.has(name) ? { value: String.fromCodePoint(code), end: i } : null;
}
