import type { Clock, Logger, Store } from '../app/ports.ts';
import type { Config } from '../config/env.ts';
import type { IngestDeps } from '../app/ingest-notice.ts';
import { openCore } from '../main.ts';
import type { Extraction } from '../domain/facts.ts';
import type { Notice } from '../domain/notice.ts';
import type { Routing } from '../domain/policy.ts';
import { extract } from '../extraction/index.ts';
import { patternsFor, route } from '../domain/routing.ts';

export type RouteNotice = (notice: Notice, extraction: Extraction) => Routing;

/** What a CLI command needs, opened from the environment in one place. */
export interface CliContext {
  config: Config;
  store: Store;
  log: Logger;
  clock: Clock;
  extract: (notice: Notice) => Extraction;
  /** The routing decided by the rules in RULES_DIR. */
  loadRouter(): Promise<RouteNotice>;
  /** What a change writes besides itself (the Slack rows), inside its transaction. */
  hooks?: Pick<IngestDeps, 'onTaskChange' | 'onUntracked'>;
  close(): Promise<void>;
}

/** Where commands write: stdout lines in production, an array in tests. */
export interface CliOutput {
  print(line: string): void;
}

export const stdout: CliOutput = { print: (line) => console.log(line) };

export async function openContext(env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  // Commands print their results on stdout; below warn, logs would only bury them.
  const core = await openCore(env, { defaultLogLevel: 'warn' });
  return {
    config: core.config,
    store: core.store,
    log: core.log,
    clock: core.clock,
    extract: (notice) => extract(notice, { patterns: patternsFor(notice, core.rules) }),
    loadRouter: async () => (notice, extraction) => route(notice, extraction, core.rules),
    // Tasks made here get their Slack posts queued too: the running bot sends them.
    hooks: { onTaskChange: core.notify.onTaskChange, onUntracked: core.notify.onUntracked },
    close: () => core.close(),
  };
}
