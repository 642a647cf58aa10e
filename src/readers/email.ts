import { simpleParser, type HeaderValue, type ParsedMail, type SimpleParserOptions, type StructuredHeader } from 'mailparser';
import type { Notice, SourceRef } from '../domain/notice.ts';
import { ReaderError, tooLarge } from './errors.ts';
import { MAX_HTML_CHARS, MAX_INPUT_BYTES, MAX_PARSED_BYTES, MAX_TEXT_CHARS } from './limits.ts';
import { assertText } from './sniff.ts';
import { FALLBACK_CHARSET, relabelCharsets, unknownCharsets } from './charset.ts';
import { readableText, tidy } from './text.ts';
import { findForwarded } from './forwarded.ts';
import { headerOffset } from './loose-date.ts';

export interface EmailOptions {
  /** The instant to use when the message has no usable Date header (IMAP internal date, file mtime). */
  fallbackDate?: Date;
  maxBytes?: number;
}

/**
 * mailparser's own HTML-to-text, text-to-HTML and link scanning are skipped: the readers convert HTML
 * themselves (the same way for mail and feeds), and the skipped passes cost more than the parse.
 */
export const MAILPARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
} as const satisfies SimpleParserOptions;

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const FORWARD_PREFIX = /^\s*(?:(?:fwd?|fw|wg|tr|rv|doorst)\s*:\s*)+/i;
const MAX_ATTACHED_DEPTH = 3;

/** One RFC 822 message → a Notice; a message that forwards a provider's notice reads as that notice. */
export async function parseEmail(raw: Buffer, source: SourceRef, options: EmailOptions = {}): Promise<Notice> {
  return parseMessage(raw, source, options, 0);
}

async function parseMessage(raw: Buffer, source: SourceRef, options: EmailOptions, depth: number): Promise<Notice> {
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  if (raw.length > limit) throw tooLarge(raw.length, limit);
  assertText(raw);
  const message = stripFromLine(raw);
  const firstLine = message.subarray(0, 1000).toString('latin1').replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!HEADER_LINE.test(firstLine)) {
    throw new ReaderError('broken-mime', `not an RFC 822 message: it does not start with header lines ("Name: value"), it starts "${firstLine.slice(0, 40)}"`);
  }

  const warnings: string[] = [];
  const parsed = message.length > MAX_PARSED_BYTES ? message.subarray(0, MAX_PARSED_BYTES) : message;
  if (parsed !== message) warnings.push(`message longer than ${MAX_PARSED_BYTES} bytes: only the first ${MAX_PARSED_BYTES} were parsed`);
  let mail = await parse(parsed);
  if (undecoded(mail)) {
    const unknown = unknownCharsets(parsed);
    if (unknown.length > 0) {
      mail = await parse(relabelCharsets(parsed, unknown));
      warnings.push(`unknown charset ${unknown.map((c) => `"${c}"`).join(', ')}: read as ${FALLBACK_CHARSET}`);
    }
  }

  const dateLine = mail.headerLines.find((h) => h.key === 'date')?.line.replace(/^date\s*:/i, '') ?? '';
  const offset = headerOffset(dateLine) ?? 0;
  const body = bodyOf(mail, warnings);
  const forwarded = body === null ? null : findForwarded(body, offset);
  const attached = mail.attachments.find((a) => a.contentType === 'message/rfc822');
  // Forwarded as an attachment: a short covering note (or a Fwd: subject) and the provider's original attached.
  const coveringNote = body === null || body.length < 2000 || FORWARD_PREFIX.test(mail.subject ?? '');
  if (!forwarded && attached && coveringNote && depth < MAX_ATTACHED_DEPTH) {
    const inner = await parseMessage(attached.content, source, { ...options, fallbackDate: mail.date ?? options.fallbackDate }, depth + 1).catch(
      (err: unknown) => {
        if (body === null) throw err;
        return null;
      },
    );
    if (inner) {
      const all = [...warnings, ...(inner.warnings ?? [])];
      return { ...inner, rawSize: raw.length, ...(mail.messageId ? { messageId: mail.messageId } : {}), ...(all.length > 0 ? { warnings: all } : {}) };
    }
  }
  if (body === null) throw noBody(mail);

  const sender = mail.from?.value[0];
  const receivedAt = forwarded?.receivedAt ?? validDate(mail.date) ?? options.fallbackDate;
  if (!receivedAt) throw new ReaderError('no-date', 'the message has no readable Date header and no fallback date was given');
  const fromName = forwarded?.from ? forwarded.from.name : sender?.name || undefined;
  return {
    source,
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    from: forwarded?.from?.address || (forwarded?.from ? '' : (sender?.address ?? '').toLowerCase()),
    ...(fromName ? { fromName } : {}),
    subject: forwarded?.subject ?? (forwarded ? (mail.subject ?? '').replace(FORWARD_PREFIX, '') : (mail.subject ?? '')),
    receivedAt,
    text: tidy(forwarded?.text ?? body),
    rawSize: raw.length,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

async function parse(raw: Buffer): Promise<ParsedMail> {
  try {
    return await simpleParser(raw, MAILPARSER_OPTIONS);
  } catch (err) {
    throw new ReaderError('broken-mime', `the MIME structure cannot be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Whether a body holds U+FFFD, the mark of bytes its charset decoder did not know. */
function undecoded(mail: ParsedMail): boolean {
  const html = typeof mail.html === 'string' ? mail.html : '';
  return (mail.text ?? '').slice(0, MAX_TEXT_CHARS).includes('\uFFFD') || html.slice(0, MAX_HTML_CHARS).includes('\uFFFD');
}

/** text/plain when it says something, else the HTML part as text; null when the message has neither. */
function bodyOf(mail: ParsedMail, warnings: string[]): string | null {
  if (mail.text && mail.text.trim() !== '') return readableText(mail.text, false, warnings);
  if (typeof mail.html === 'string' && mail.html.trim() !== '') {
    const text = readableText(mail.html, true, warnings);
    if (text !== '') return text;
  }
  return null;
}

function noBody(mail: ParsedMail): ReaderError {
  if (typeof mail.html === 'string' && mail.html.trim() !== '') {
    const cut = mail.html.length > MAX_HTML_CHARS ? ` in its first ${MAX_HTML_CHARS} characters` : '';
    return new ReaderError('no-body', `the message's HTML body has no text${cut}`);
  }
  const type = mail.headers.get('content-type');
  const structured = isStructured(type) ? type : undefined;
  const value = structured?.value ?? '';
  if (value.startsWith('multipart/')) {
    const boundary = structured?.params.boundary;
    const why = boundary ? `its boundary "${boundary}" never delimits a part` : 'it declares no boundary';
    return new ReaderError('broken-mime', `broken MIME: ${value} message with no readable part (${why})`);
  }
  return new ReaderError('no-body', 'the message has no text or HTML body');
}

function isStructured(value: HeaderValue | undefined): value is StructuredHeader {
  return typeof value === 'object' && value !== null && 'value' in value && 'params' in value;
}

function validDate(date: Date | undefined): Date | undefined {
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Saved mail sometimes keeps the mbox From_ line above the headers. */
function stripFromLine(raw: Buffer): Buffer {
  if (raw.subarray(0, 5).toString('latin1') !== 'From ') return raw;
  const eol = raw.indexOf(0x0a);
  return eol === -1 ? raw : raw.subarray(eol + 1);
}
