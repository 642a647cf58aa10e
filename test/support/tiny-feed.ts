import { parseFeed } from '@rowanmanning/feed-parser';
import type { Notice } from '../../src/domain/notice.ts';

/**
 * Enough of a feed reader for source tests: items → notices with the guid as identity. It refuses
 * DOCTYPE and ENTITY declarations as the real reader does.
 */
export function tinyParseFeed(xml: string, feedUrl: string): Notice[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new Error('DOCTYPE and ENTITY declarations are refused');
  const feed = parseFeed(xml);
  return feed.items.map((item) => ({
    source: { kind: 'feed', feed: feedUrl, guid: item.id ?? item.url ?? item.title ?? '' },
    messageId: item.id ?? undefined,
    from: feedUrl.toLowerCase(),
    fromName: feed.title ?? undefined,
    subject: item.title ?? '',
    receivedAt: item.published ?? item.updated ?? new Date(0),
    text: item.description ?? item.content ?? '',
    rawSize: (item.description ?? '').length,
    url: item.url ?? undefined,
  }));
}
