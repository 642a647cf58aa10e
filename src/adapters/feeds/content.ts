import { FeedError } from './fetch.ts';

export type DocumentKind = 'xml' | 'json';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * What the response holds, refusing what must not reach a parser: HTML pages (a login wall, an
 * error page, a moved site) and XML that declares a DOCTYPE or entities (external entities,
 * entity expansion).
 */
export function classifyDocument(contentType: string, body: string, expected?: DocumentKind): DocumentKind {
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const start = body.replace(/^\uFEFF/, '').trimStart().slice(0, 512);
  const lower = start.toLowerCase();
  if (HTML_TYPES.has(mime) || lower.startsWith('<!doctype html') || lower.startsWith('<html')) {
    throw new FeedError('not-a-feed', `expected a feed but got an HTML page${mime ? ` (${mime})` : ''}`);
  }
  const looksJson = start.startsWith('{') || start.startsWith('[');
  const kind: DocumentKind = expected ?? (mime.includes('json') || looksJson ? 'json' : 'xml');
  if (kind === 'json') {
    if (!looksJson) throw new FeedError('not-a-feed', `expected JSON but got ${mime || 'something else'}`);
    return kind;
  }
  if (!start.startsWith('<')) throw new FeedError('not-a-feed', `expected XML but got ${mime || 'text that is not XML'}`);
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) {
    throw new FeedError('bad-document', 'the feed declares a DOCTYPE or entities; refused (external entities are not read)');
  }
  return kind;
}
