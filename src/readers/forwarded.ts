import { parseLooseDate } from './loose-date.ts';

/** The provider's original inside a message a colleague forwarded. */
export interface ForwardedOriginal {
  from?: { address: string; name?: string };
  subject?: string;
  receivedAt?: Date;
  text: string;
}

// Marker lines clients put above the forwarded header block (English, German, French, Spanish, Dutch).
const MARKER = new RegExp(
  [
    String.raw`^[-–—_=*\s]{2,}(?:forwarded message|original message|weitergeleitete nachricht|urspr(?:ü|ue)ngliche nachricht|message transf(?:é|e)r(?:é|e)|message d'origine|mensaje reenviado|mensaje original|doorgestuurd bericht|oorspronkelijk bericht)[-–—_=*\s]{2,}$`,
    String.raw`^begin forwarded message:?$`,
    String.raw`^_{8,}$`,
  ].join('|'),
  'i',
);

type Field = 'from' | 'date' | 'to' | 'cc' | 'subject' | 'other';
const FIELDS: Record<string, Field> = {
  from: 'from', von: 'from', de: 'from', van: 'from', da: 'from',
  sent: 'date', date: 'date', gesendet: 'date', datum: 'date', envoyé: 'date', envoye: 'date', enviado: 'date',
  verzonden: 'date', inviato: 'date', fecha: 'date',
  to: 'to', an: 'to', à: 'to', a: 'to', para: 'to', aan: 'to',
  cc: 'cc', bcc: 'cc', 'reply-to': 'other', 'antwort an': 'other',
  subject: 'subject', betreff: 'subject', objet: 'subject', asunto: 'subject', onderwerp: 'subject', oggetto: 'subject',
};
const HEADER_LINE = /^\*{0,2}([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ -]{0,15}?)\*{0,2}\s*:\*{0,2}\s*(.*)$/;
const ADDRESS = /[^\s<>[\]():;,"']+@[^\s<>[\]():;,"']+\.[A-Za-z]{2,}/;
const MAX_DEPTH = 5;

/**
 * Finds a forwarded provider message in a body and returns its sender, subject, date and text. Nested
 * forwards resolve to the innermost, which is the provider's. Null when the body forwards nothing.
 */
export function findForwarded(text: string, defaultOffsetMinutes: number): ForwardedOriginal | null {
  let found: ForwardedOriginal | null = null;
  let body = text;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    const next = findOne(body, defaultOffsetMinutes);
    if (!next) break;
    found = next;
    body = next.text;
  }
  return found;
}

// Cheap first pass: lines that might open a forwarded block. Each hit is then checked line by line.
const CANDIDATE =
  /^[ \t>*]*(?:from|von|de)[ \t*]*:|forwarded|original message|weitergeleitete|urspr(?:ü|ue)ngliche|transf(?:é|e)r(?:é|e)|d'origine|reenviado|mensaje original|doorgestuurd|oorspronkelijk|^[ \t>]*_{8}/gim;
const MAX_BLOCK_LINES = 60;

function findOne(text: string, defaultOffsetMinutes: number): ForwardedOriginal | null {
  const candidates = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  let hit: RegExpExecArray | null;
  while ((hit = candidates.exec(text)) !== null) {
    const lineStart = text.lastIndexOf('\n', hit.index) + 1;
    const cursor = new LineCursor(text, lineStart);
    const line = unquote(cursor.next() ?? '').trim();
    const marked = MARKER.test(line);
    const fromLine = /^\*{0,2}(?:from|von|de)\*{0,2}\s*:/i.test(line);
    if (!marked && !fromLine) {
      candidates.lastIndex = Math.max(candidates.lastIndex, cursor.position);
      continue;
    }
    if (!marked) cursor.reset(lineStart);
    const blockStart = cursor.position;
    const block = readBlock(cursor);
    candidates.lastIndex = Math.max(candidates.lastIndex, cursor.position);
    if (!block) continue;
    const { fields } = block;
    // Outlook forwards without a marker line: a From/Sent/Subject block is signature enough.
    const outlookStyle = /^(?:sent|gesendet|envoy)/i.test(fields.dateKey ?? '');
    if (!marked && !(fields.from && fields.subject && outlookStyle)) continue;
    if (!fields.from && !fields.subject) continue;
    // Replies quote the original ("> "): the quoting goes when the block or the text after it has it.
    let rest = text.slice(block.end);
    const quoted = /^\s*>/.test(text.slice(blockStart, blockStart + 200).trimStart()) || /^\s*>/.test(rest.trimStart());
    if (quoted) rest = rest.split('\n').map(unquote).join('\n');
    return {
      ...(fields.from ? { from: parseAddress(fields.from) } : {}),
      ...(fields.subject ? { subject: fields.subject } : {}),
      ...(fields.date ? dated(parseLooseDate(fields.date, defaultOffsetMinutes)) : {}),
      text: rest.replace(/^\s*\n/, '').trimStart(),
    };
  }
  return null;
}

function dated(at: Date | null): { receivedAt?: Date } {
  return at ? { receivedAt: at } : {};
}

/** Reads a string line by line from an offset without splitting all of it. */
class LineCursor {
  readonly #text: string;
  position: number;
  constructor(text: string, position: number) {
    this.#text = text;
    this.position = position;
  }
  next(): string | null {
    if (this.position >= this.#text.length) return null;
    const end = this.#text.indexOf('\n', this.position);
    const stop = end === -1 ? this.#text.length : end;
    const line = this.#text.slice(this.position, stop).replace(/\r$/, '');
    this.position = end === -1 ? this.#text.length : end + 1;
    return line;
  }
  peek(count: number): string[] {
    const saved = this.position;
    const lines: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const line = this.next();
      if (line === null) break;
      lines.push(line);
    }
    this.position = saved;
    return lines;
  }
  reset(position: number): void {
    this.position = position;
  }
}

interface BlockFields {
  from?: string;
  date?: string;
  dateKey?: string;
  subject?: string;
}

/** Reads `Key: value` lines; a blank line ends the block unless another known key follows it. */
function readBlock(cursor: LineCursor): { fields: BlockFields; end: number } | null {
  const fields: BlockFields = {};
  const seen = new Set<Field>();
  let last: Field | null = null;
  let count = 0;
  let skipped = 0;
  while (skipped < 3 && cursor.peek(1)[0]?.trim() === '') {
    cursor.next();
    skipped += 1;
  }
  for (let read = 0; read < MAX_BLOCK_LINES; read += 1) {
    const lineStart = cursor.position;
    const next = cursor.next();
    if (next === null) break;
    const raw = unquote(next);
    if (raw.trim() === '') {
      const ahead = cursor.peek(2).find((l) => unquote(l).trim() !== '');
      const aheadField = ahead ? fieldOf(unquote(ahead).trim()) : null;
      if (count > 0 && aheadField && aheadField.field !== 'other' && !seen.has(aheadField.field)) continue;
      cursor.reset(lineStart);
      break;
    }
    const header = fieldOf(raw.trim());
    if (header) {
      count += 1;
      last = header.field;
      seen.add(header.field);
      if (header.field === 'from') fields.from ??= header.value;
      if (header.field === 'subject') fields.subject ??= header.value;
      if (header.field === 'date' && fields.date === undefined) {
        fields.date = header.value;
        fields.dateKey = header.key;
      }
      continue;
    }
    // Long To/Cc lists wrap onto following lines; anything else ends the block.
    const wrapped = /^\s/.test(raw) || ((last === 'to' || last === 'cc') && raw.includes('@'));
    if (!wrapped || count === 0) {
      cursor.reset(lineStart);
      break;
    }
  }
  return count >= 2 ? { fields, end: cursor.position } : null;
}

function fieldOf(line: string): { field: Field; key: string; value: string } | null {
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  const key = m[1]!.trim().toLowerCase();
  const field = FIELDS[key];
  return field ? { field, key, value: m[2]!.replace(/\*+/g, '').trim() } : null;
}

/** `Name <a@b>`, `"Name" <mailto:a@b>`, `Name [mailto:a@b]`, `a@b` → address and name. */
export function parseAddress(value: string): { address: string; name?: string } {
  const m = ADDRESS.exec(value);
  if (!m) return { address: '', ...(value.trim() ? { name: value.trim() } : {}) };
  const address = m[0].replace(/^mailto:/i, '').toLowerCase();
  const name = (value.slice(0, m.index) + value.slice(m.index + m[0].length))
    .replace(/mailto:/gi, '')
    .replace(/[<>[\]()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name && name.toLowerCase() !== address ? { address, name } : { address };
}

function unquote(line: string): string {
  return line.replace(/^\s*>\s?/, '');
}
