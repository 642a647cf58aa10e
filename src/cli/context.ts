import type { Clock, Logger, Store } from '../app/ports.ts';
import { systemClock } from '../adapters/clock.ts';
import { createLogger } from '../adapters/log.ts';
import { openStore } from '../adapters/store/index.ts';
import { loadConfig, withDotEnv, type Config } from '../config/env.ts';
import type { Extraction } from '../domain/facts.ts';
import type { Notice } from '../domain/notice.ts';
import type { Routing } from '../domain/policy.ts';
import { extract } from '../extraction/index.ts';
import { loadRulesOrThrow } from '../config/rules.ts';
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
  close(): Promise<void>;
}

/** Where commands write: stdout lines in production, an array in tests. */
export interface CliOutput {
  print(line: string): void;
}

export const stdout: CliOutput = { print: (line) => console.log(line) };

/**
 * The routing used when no rule set is given: a notice that asks for action or carries a deadline
 * becomes a task for the `default` team, anything else is FYI. Nothing is ignored by default.
 */
export const defaultRoute: RouteNotice = (_notice, extraction) => ({
  ruleId: 'default',
  disposition: extraction.actionRequired || extraction.deadline !== null ? 'track' : 'fyi',
  team: 'default',
  channel: '',
  requiredRoles: [],
  ladder: 'default',
  leadTimeMinutes: 0,
  reasons: ['no rule matched'],
});

export async function openContext(env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  const merged = withDotEnv(env);
  const config = loadConfig(merged);
  // Rules first: a broken rules folder is reported before anything is opened or written.
  const rules = loadRulesOrThrow(config.rulesDir);
  // Commands print their results on stdout; below warn, logs would only bury them.
  const log = createLogger(merged.LOG_LEVEL ? config.logLevel : 'warn');
  const store = await openStore(config.databaseUrl, { log });
  return {
    config,
    store,
    log,
    clock: systemClock,
    extract: (notice) => extract(notice, { patterns: patternsFor(notice, rules) }),
    loadRouter: async () => (notice, extraction) => route(notice, extraction, rules),
    close: () => store.close(),
  };
}
