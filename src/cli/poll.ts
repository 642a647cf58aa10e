import { Command } from 'commander';
import type { FeedConfig } from '../adapters/feeds/config.ts';
import { FeedSource } from '../adapters/feeds/source.ts';
import type { MailboxConfig } from '../adapters/imap/config.ts';
import { ImapSource } from '../adapters/imap/source.ts';
import type { Clock, CursorStore, Logger, NoticeSink, PolledSource } from '../app/ports.ts';
import { describeSourceError, type SourceReporter } from '../app/source-health.ts';

/** The feeds and mailboxes of rules/sources.yaml (plus FEED_URLS and IMAP_* from the environment). */
export interface SourcesConfig {
  feeds: FeedConfig[];
  mailboxes: MailboxConfig[];
}

export interface SourceDeps {
  sink: NoticeSink;
  cursors: CursorStore;
  health: SourceReporter;
  log: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
}

/** Every configured source, or one error naming every mailbox password missing from the environment. */
export function buildSources(config: SourcesConfig, deps: SourceDeps): { feeds: FeedSource[]; mailboxes: ImapSource[] } {
  const missing = config.mailboxes.filter((m) => !deps.env[m.passwordEnv]);
  if (missing.length > 0) {
    throw new Error(missing.map((m) => `mailbox ${m.id}: set ${m.passwordEnv} to its password`).join('\n'));
  }
  const common = { sink: deps.sink, cursors: deps.cursors, health: deps.health, log: deps.log, clock: deps.clock };
  return {
    feeds: config.feeds.map((feed) => new FeedSource({ ...common, feed })),
    mailboxes: config.mailboxes.map((mailbox) => new ImapSource({ ...common, mailbox, password: deps.env[mailbox.passwordEnv] ?? '' })),
  };
}

export interface PollOutcome {
  source: string;
  error?: string;
}

/** One pass over every source at once; a failing source never stops the others. */
export async function pollAll(sources: PolledSource[]): Promise<PollOutcome[]> {
  const settled = await Promise.allSettled(sources.map((s) => s.pollOnce()));
  return settled.map((result, i) => ({
    source: sources[i]?.id ?? `#${i}`,
    ...(result.status === 'rejected' ? { error: describeSourceError(result.reason) } : {}),
  }));
}

export interface PollSetup {
  sources: PolledSource[];
  close(): Promise<void>;
}

/** Opens the store and builds the sources; the composition root provides it. */
export type PollSetupFactory = () => Promise<PollSetup>;

const notWired: PollSetupFactory = async () => {
  throw new Error('polling needs the notice store, which this build does not provide');
};

export function pollCommand(setup: PollSetupFactory = notWired): Command {
  return new Command('poll')
    .description('Poll every configured feed and mailbox')
    .requiredOption('--once', 'make one pass over every source, then exit')
    .action(async () => {
      let opened: PollSetup;
      try {
        opened = await setup();
      } catch (err) {
        console.error(`noticeboard poll: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 2;
        return;
      }
      try {
        const outcomes = await pollAll(opened.sources);
        for (const o of outcomes) console.log(o.error ? `FAIL ${o.source}: ${o.error}` : `ok   ${o.source}`);
        if (outcomes.some((o) => o.error)) process.exitCode = 1;
      } finally {
        await opened.close();
      }
    });
}
