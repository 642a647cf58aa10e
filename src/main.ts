// The one place that wires everything: config → rules → store → use cases → adapters → start.
import { systemClock } from './adapters/clock.ts';
import { createLogger, SECRET_ENV } from './adapters/log.ts';
import { makeSecondOpinion } from './adapters/llm/index.ts';
import { openStore } from './adapters/store/index.ts';
import { makeIngestNotice } from './app/ingest-notice.ts';
import { makeNotify } from './app/notify.ts';
import type { Clock, Logger, NoticeSink, Store } from './app/ports.ts';
import { cachedGroupMembers, rolesFromRules, type GroupLookup } from './app/slack-roles.ts';
import { makeTaskCommands, type TaskCommands } from './app/slack-commands.ts';
import { loadConfig, withDotEnv, type Config } from './config/env.ts';
import { loadRulesOrThrow } from './config/rules.ts';
import type { Extraction } from './domain/facts.ts';
import type { Notice } from './domain/notice.ts';
import type { RuleSet } from './domain/policy.ts';
import { patternsFor, route } from './domain/routing.ts';
import { extract } from './extraction/index.ts';
import { Metrics } from './adapters/http/metrics.ts';

/** What every entry point shares: the CLI commands open this, `start` builds the running bot on it. */
export interface Core {
  config: Config;
  env: NodeJS.ProcessEnv;
  log: Logger;
  clock: Clock;
  rules: RuleSet;
  store: Store;
  metrics: Metrics;
  /** Every source delivers here: extraction (with the optional second opinion), rules, task, Slack rows. */
  ingest: NoticeSink;
  commands: TaskCommands;
  notify: ReturnType<typeof makeNotify>;
  /** Members of Slack user groups named in roles; replaced once a Slack client exists. */
  groupMembers: { lookup: GroupLookup };
  close(): Promise<void>;
}

export interface CoreOptions {
  clock?: Clock;
  log?: Logger;
  /** Level for the default logger when LOG_LEVEL is not set (the CLI keeps stdout for results). */
  defaultLogLevel?: string;
}

/** Deterministic extraction with the rules' provider patterns, timed for /metrics. */
function extractor(rules: RuleSet, metrics: Metrics): (notice: Notice) => Extraction {
  return (notice) => {
    const started = performance.now();
    const facts = extract(notice, { patterns: patternsFor(notice, rules) });
    metrics.inc('noticeboard_extraction_seconds_total', 'Time spent extracting facts from notices', {}, (performance.now() - started) / 1000);
    return facts;
  };
}

export async function openCore(env: NodeJS.ProcessEnv = process.env, options: CoreOptions = {}): Promise<Core> {
  const merged = withDotEnv(env);
  const config = loadConfig(merged);
  const level = merged.LOG_LEVEL ? config.logLevel : (options.defaultLogLevel ?? config.logLevel);
  // A mailbox of rules/sources.yaml names its own password variable: any *_PASSWORD, *_TOKEN, *_SECRET, *_KEY counts.
  const secretNames = [...SECRET_ENV, ...Object.keys(merged).filter((name) => /_(PASSWORD|TOKEN|SECRET|KEY)$/.test(name))];
  const log = options.log ?? createLogger(level, undefined, { secrets: secretNames.map((name) => merged[name]) });
  const clock = options.clock ?? systemClock;
  // Rules before the store: a broken rules folder is reported before anything is opened or written.
  const rules = loadRulesOrThrow(config.rulesDir);
  const store = await openStore(config.databaseUrl, { log });
  const metrics = new Metrics();
  const groupMembers: { lookup: GroupLookup } = { lookup: async () => [] };
  const notify = makeNotify({ rules, log });
  const commands = makeTaskCommands({
    store,
    clock,
    onTaskChange: notify.onTaskChange,
    roles: rolesFromRules(rules),
    groupMembers: (id) => groupMembers.lookup(id),
  });

  const deterministic = extractor(rules, metrics);
  const opinion = makeSecondOpinion({ config: config.openai, log, clock });
  // The ingest use case extracts synchronously; a second opinion is asked first and handed over by notice.
  const refined = new WeakMap<Notice, Extraction>();
  const inner = makeIngestNotice({
    store,
    clock,
    log,
    extract: (notice) => refined.get(notice) ?? deterministic(notice),
    route: (notice, extraction) => route(notice, extraction, rules),
    onTaskChange: notify.onTaskChange,
    onUntracked: notify.onUntracked,
  });
  const ingest: NoticeSink = {
    async ingest(notice) {
      if (opinion.enabled) refined.set(notice, await opinion.refine(notice, deterministic(notice)));
      const result = await inner.ingest(notice);
      metrics.inc('noticeboard_notices_ingested_total', 'Notices ingested, by source and outcome', { source: notice.source.kind, outcome: result.outcome });
      return result;
    },
  };

  return {
    config,
    env: merged,
    log,
    clock,
    rules,
    store,
    metrics,
    ingest,
    commands,
    notify,
    groupMembers,
    async close() {
      await opinion.close();
      await store.close();
    },
  };
}

/** Slack's usergroups.users.list behind a cache, for roles held by a user group. */
export function slackGroupLookup(apiUrl: string, token: string, core: Pick<Core, 'clock' | 'log'>): GroupLookup {
  return cachedGroupMembers(
    async (id) => {
      const res = await fetch(new URL('usergroups.users.list', apiUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ usergroup: id }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json()) as { ok?: boolean; error?: string; users?: unknown };
      // A group Slack does not know holds nobody; any other failure throws, so the cache keeps the
      // members it last knew rather than none.
      if (body.error === 'no_such_subteam') return [];
      if (!body.ok || !Array.isArray(body.users)) throw new Error(`usergroups.users.list failed: ${body.error ?? res.status}`);
      return body.users.filter((u): u is string => typeof u === 'string');
    },
    { clock: core.clock, log: core.log },
  );
}
