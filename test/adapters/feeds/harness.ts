import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { MemoryCursorStore, MemorySourceHealthStore } from '../../../src/adapters/memory/source-state.ts';
import type { FeedConfig } from '../../../src/adapters/feeds/config.ts';
import { FeedSource, type FeedSourceOptions } from '../../../src/adapters/feeds/source.ts';
import type { NoticeSink } from '../../../src/app/ports.ts';
import { SourceHealth } from '../../../src/app/source-health.ts';
import { IdempotentSink } from '../../support/idempotent-sink.ts';
import { tinyParseFeed } from '../../support/tiny-feed.ts';

export function feedConfig(overrides: Partial<FeedConfig> & Pick<FeedConfig, 'url'>): FeedConfig {
  return { id: 'status', intervalMinutes: 15, ...overrides };
}

export interface FeedHarness {
  source: FeedSource;
  sink: IdempotentSink;
  cursors: MemoryCursorStore;
  health: MemorySourceHealthStore;
}

/** A feed source with the tiny parser, an idempotent sink, in-memory state and small limits. */
export function buildFeed(
  config: Partial<FeedConfig> & Pick<FeedConfig, 'url'>,
  options: Partial<Omit<FeedSourceOptions, 'sink' | 'cursors'>> & { sink?: NoticeSink; cursors?: MemoryCursorStore } = {},
): FeedHarness {
  const sink = new IdempotentSink();
  const cursors = options.cursors ?? new MemoryCursorStore();
  const health = new MemorySourceHealthStore();
  const clock = new ManualClock('2024-08-20T12:00:00Z');
  const source = new FeedSource({
    feed: feedConfig(config),
    log: silentLogger,
    clock,
    parse: tinyParseFeed,
    health: new SourceHealth({ store: health, clock, log: silentLogger, alerts: { alert: async () => undefined } }),
    limits: { timeoutMs: 2_000, maxBytes: 1024 * 1024, maxRedirects: 5 },
    ...options,
    sink: options.sink ?? sink,
    cursors,
  });
  return { source, sink, cursors, health };
}
