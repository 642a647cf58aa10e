import type { Notice, SourceRef } from '../domain/notice.ts';
import { parseEmail as parseEmailMessage, type EmailOptions } from './email.ts';
import { parseFeed as parseFeedDocument, type FeedOptions } from './feed.ts';
import { readPath as readPathTree, type ReadOptions, type ReadResult } from './read-path.ts';

export type { ReadResult, ReadOptions } from './read-path.ts';
export type { EmailOptions } from './email.ts';
export type { FeedOptions } from './feed.ts';
export { ReaderError, isReaderError, type ReadErrorCode } from './errors.ts';
export { MAX_INPUT_BYTES, MAX_FEED_BYTES, MAX_PARSED_BYTES, MAX_TEXT_CHARS, MAX_HTML_CHARS } from './limits.ts';
export { MAILPARSER_OPTIONS } from './email.ts';
export { assertSafeFeed, decodeFeedBytes } from './feed.ts';
export { listNoticeFiles } from './read-path.ts';
export { splitMbox } from './mbox.ts';
export { htmlToText } from './html-to-text.ts';

/** `.eml`, mbox, `.xml`/`.rss`/`.atom`, or a folder of them → notices, one result per message or item. */
export function readPath(path: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  return readPathTree(path, options);
}

/** One RFC 822 message → a Notice (forwarded messages read as the provider's original). */
export function parseEmail(raw: Buffer, source: SourceRef, options: EmailOptions = {}): Promise<Notice> {
  return parseEmailMessage(raw, source, options);
}

/** An RSS/Atom document → one Notice per item. */
export function parseFeed(xml: string, feedUrl: string, options: FeedOptions = {}): Notice[] {
  return parseFeedDocument(xml, feedUrl, options);
}
