import { parseFeed as parseFeedDocument } from '@rowanmanning/feed-parser';
import type { Notice } from '../domain/notice.ts';
import { ReaderError, tooLarge } from './errors.ts';
import { MAX_FEED_BYTES } from './limits.ts';
import { looksLikeHtml } from './html-to-text.ts';
import { readableText, tidy } from './text.ts';
import { assertText } from './sniff.ts';
import { decodeWindows1252 } from './entities.ts';

export interface FeedOptions {
  /** The instant for items that carry no date when the feed itself has none (the fetch time, file mtime). */
  fallbackDate?: Date;
  maxBytes?: number;
}

type FeedDocument = ReturnType<typeof parseFeedDocument>;
type FeedItem = FeedDocument['items'][number];

/** An RSS/Atom document → one Notice per item, in the order the feed lists them. */
export function parseFeed(xml: string, feedUrl: string, options: FeedOptions = {}): Notice[] {
  const limit = options.maxBytes ?? MAX_FEED_BYTES;
  const size = Buffer.byteLength(xml);
  if (size > limit) throw tooLarge(size, limit, 'feed');
  assertSafeFeed(xml);
  let feed: FeedDocument;
  try {
    feed = parseFeedDocument(xml);
  } catch (err) {
    throw new ReaderError('not-a-feed', `not an RSS or Atom feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  // The parser recomputes every feed-level field by scanning all the channel's children, and each
  // item resolves its link against feed.url: read per item, that is quadratic in the number of items.
  Object.defineProperty(feed, 'url', { value: feed.url });
  const feedId = feedUrl || feed.self || feed.url || '';
  const feedDate = feed.updated ?? feed.published ?? options.fallbackDate;
  const feedTitle = feed.title;
  return feed.items.map((item, index) => toNotice(item, index, feedId, feedTitle, feedDate));
}

function toNotice(item: FeedItem, index: number, feedId: string, feedTitle: string | null, feedDate: Date | undefined): Notice {
  const title = item.title ?? '';
  const body = item.content ?? item.description ?? '';
  const receivedAt = item.published ?? item.updated ?? feedDate;
  if (!receivedAt) {
    throw new ReaderError('no-date', `feed item ${index + 1} ("${title.slice(0, 60)}") has no date, nor has the feed, and no fallback date was given`);
  }
  const warnings: string[] = [];
  const guid = item.id ?? item.url ?? `${title}|${receivedAt.toISOString()}`;
  return {
    source: { kind: 'feed', feed: feedId, guid },
    messageId: guid,
    from: feedId.toLowerCase(),
    ...(feedTitle ? { fromName: feedTitle } : {}),
    subject: asText(title, warnings).replace(/\s+/g, ' '),
    receivedAt,
    text: asText(body, warnings),
    rawSize: Buffer.byteLength(title) + Buffer.byteLength(body) + Buffer.byteLength(item.url ?? ''),
    ...(item.url ? { url: item.url } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

function asText(value: string, warnings: string[]): string {
  return tidy(readableText(value, looksLikeHtml(value), warnings));
}

const FIRST_ELEMENT = /<([A-Za-z][\w:.-]*)/;
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf']);

/**
 * Refuses, before any parsing, what a feed parser must never be handed: entity declarations (the
 * parser here expands internal entities without limit, so a few nested ones make gigabytes; external
 * ones point at files or URLs) and documents that are web pages rather than feeds.
 */
export function assertSafeFeed(xml: string): void {
  const root = FIRST_ELEMENT.exec(xml);
  const prolog = root ? xml.slice(0, root.index) : xml.slice(0, 64 * 1024);
  if (/<!ENTITY/i.test(prolog)) {
    const external = /<!ENTITY[^>]*\s(?:SYSTEM|PUBLIC)\s/i.test(prolog);
    throw new ReaderError(
      'entity-declaration',
      external
        ? 'refused: the document declares an external entity (a reference to a file or URL); feeds never need one'
        : 'refused: the document declares entities in its DOCTYPE (an expansion bomb risk); feeds never need them',
    );
  }
  const rootName = root?.[1]?.toLowerCase();
  if (/<!DOCTYPE\s+html/i.test(prolog) || rootName === 'html') {
    const alternate = /<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(xml)?.[0];
    const href = alternate ? /href=["']([^"']+)["']/i.exec(alternate)?.[1] : undefined;
    throw new ReaderError('html-not-feed', `an HTML page, not a feed${href ? ` (the page names its feed: ${href})` : ''}`);
  }
  if (!rootName) throw new ReaderError('not-a-feed', 'not an RSS or Atom feed: no XML element found');
  if (!FEED_ROOTS.has(rootName)) {
    throw new ReaderError('not-a-feed', `not an RSS or Atom feed: the root element is <${root?.[1]}>, not <rss>, <feed> or <rdf:RDF>`);
  }
}

/** Feed bytes → text, honouring a byte-order mark or the XML declaration's encoding. */
export function decodeFeedBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  assertText(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  if (declared) {
    try {
      const decoder = new TextDecoder(declared);
      return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      // An encoding no decoder here knows: UTF-8 keeps every ASCII tag readable.
    }
  }
  return bytes.toString('utf8');
}
