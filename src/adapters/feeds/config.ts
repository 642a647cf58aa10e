import type { Notice } from '../../domain/notice.ts';

export type FeedFormat = 'rss' | 'atom' | 'statuspage';

/** One polled feed, as rules/sources.yaml describes it. */
export interface FeedConfig {
  id: string;
  url: string;
  /** Unset: told apart by the response (JSON → Statuspage, XML → RSS/Atom). */
  format?: FeedFormat;
  intervalMinutes: number;
  /** Provider name given to every notice of this feed that does not name one itself. */
  provider?: string;
  team?: string;
}

export type ParseFeed = (xml: string, feedUrl: string) => Notice[];

export const feedSourceId = (feed: Pick<FeedConfig, 'id'>): string => `feed:${feed.id}`;
