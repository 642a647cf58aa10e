import type { Clock, CursorStore, Logger, NoticeSink, PolledSource } from '../../app/ports.ts';
import { describeSourceError, silentReporter, type SourceReporter } from '../../app/source-health.ts';
import type { Notice } from '../../domain/notice.ts';
import { parseFeed } from '../../readers/index.ts';
import { feedSourceId, type FeedConfig, type ParseFeed } from './config.ts';
import { classifyDocument } from './content.ts';
import { DEFAULT_LIMITS, fetchFeed, FeedError, type FetchLimits } from './fetch.ts';
import { loadValidators, saveValidators, SeenIds } from './state.ts';
import { statuspageNotices } from './statuspage.ts';

export interface FeedSourceOptions {
  feed: FeedConfig;
  sink: NoticeSink;
  cursors: CursorStore;
  log: Logger;
  clock: Clock;
  parse?: ParseFeed;
  health?: SourceReporter;
  fetch?: typeof fetch;
  limits?: Partial<FetchLimits>;
  /** Seen item ids remembered per feed, beyond those still in the feed. */
  maxSeen?: number;
}

export interface FeedPollResult {
  status: 'not-modified' | 'fetched';
  items: number;
  delivered: number;
}

/** The id an item keeps across polls: its guid/id, else whatever identifies it best. */
export function itemIdentity(notice: Notice): string {
  if (notice.source.kind === 'feed' && notice.source.guid) return notice.source.guid;
  return notice.messageId ?? notice.url ?? `${notice.subject}@${notice.receivedAt.toISOString()}`;
}

/**
 * One RSS, Atom or Statuspage feed: a conditional GET, then each item not seen before goes to the
 * sink, oldest first. The feed's validators are saved only once every new item is committed, so
 * a failed pass is fetched again in full next time.
 */
export class FeedSource implements PolledSource {
  readonly id: string;
  readonly feed: FeedConfig;
  readonly #o: FeedSourceOptions;
  readonly #health: SourceReporter;
  readonly #limits: FetchLimits;
  readonly #log: Logger;

  constructor(options: FeedSourceOptions) {
    this.#o = options;
    this.feed = options.feed;
    this.id = feedSourceId(options.feed);
    this.#health = options.health ?? silentReporter;
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.#log = options.log.child({ source: this.id });
  }

  async pollOnce(): Promise<void> {
    await this.poll();
  }

  async poll(): Promise<FeedPollResult> {
    try {
      const result = await this.#poll();
      await this.#health.succeeded(this.id);
      if (result.delivered > 0) this.#log.info({ ...result }, 'feed polled');
      return result;
    } catch (err) {
      this.#log.warn({ err, reason: describeSourceError(err) }, 'feed poll failed');
      await this.#health.failed(this.id, err);
      throw err;
    }
  }

  async #poll(): Promise<FeedPollResult> {
    const { cursors, sink, feed } = this.#o;
    const validators = await loadValidators(cursors, this.id);
    const fetched = await fetchFeed(feed.url, validators, this.#limits, this.#o.fetch);
    if (fetched.status === 'not-modified') return { status: 'not-modified', items: 0, delivered: 0 };

    const expected = feed.format === 'statuspage' ? 'json' : feed.format ? 'xml' : undefined;
    const kind = classifyDocument(fetched.contentType, fetched.body, expected);
    const notices = kind === 'json' ? statuspageNotices(fetched.body, feed, this.#o.clock.now()) : this.#parseXml(fetched.body);
    const seen = await SeenIds.load(cursors, this.id);
    const inDocument = new Set(notices.map(itemIdentity));
    const fresh = notices
      .filter((n) => !seen.has(itemIdentity(n)))
      .sort((a, b) => (a.receivedAt.getTime() || 0) - (b.receivedAt.getTime() || 0));

    let delivered = 0;
    try {
      for (const notice of fresh) {
        await sink.ingest(this.#withProvider(notice));
        seen.add(itemIdentity(notice));
        delivered += 1;
      }
    } finally {
      await seen.save(cursors, this.id, inDocument, this.#o.maxSeen ?? 500);
    }
    await saveValidators(cursors, this.id, fetched.validators);
    return { status: 'fetched', items: notices.length, delivered };
  }

  #parseXml(body: string): Notice[] {
    try {
      return (this.#o.parse ?? parseFeed)(body, this.feed.url);
    } catch (err) {
      throw new FeedError('bad-document', `the feed could not be read: ${describeSourceError(err)}`, { cause: err });
    }
  }

  #withProvider(notice: Notice): Notice {
    const provider = this.feed.provider;
    if (!provider || notice.hints?.provider) return notice;
    return { ...notice, hints: { ...notice.hints, provider } };
  }
}
