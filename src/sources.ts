// Every source the configuration names, built on the core: rules/sources.yaml plus the environment.
import { certificateSources, certTargets } from './adapters/cert-probe/source.ts';
import { CertProbeScheduler } from './adapters/cert-probe/scheduler.ts';
import type { FeedConfig } from './adapters/feeds/config.ts';
import { FeedScheduler } from './adapters/feeds/scheduler.ts';
import { DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_PROCESSED_FLAG, type MailboxConfig } from './adapters/imap/config.ts';
import { makeCertificateObserver } from './app/observe-certificates.ts';
import type { AdminAlerts, PolledSource } from './app/ports.ts';
import { SourceHealth } from './app/source-health.ts';
import { plainMessageRow } from './app/slack-outbox.ts';
import { buildSources } from './cli/poll.ts';
import { endpointOf } from './domain/certificate.ts';
import { plain, section } from './domain/blocks/kit.ts';
import type { Core } from './main.ts';

/** The feeds of rules/sources.yaml and FEED_URLS; `detect` leaves the format to the response. */
function feedConfigs(core: Core): FeedConfig[] {
  const fromRules = core.rules.sources.feeds.map(({ format, ...feed }): FeedConfig => (format === 'detect' ? feed : { ...feed, format }));
  const fromEnv = core.config.feedUrls.map((url, i): FeedConfig => ({ id: `env-${i + 1}`, url, intervalMinutes: 15 }));
  return [...fromRules, ...fromEnv];
}

/** The mailboxes of rules/sources.yaml and the one IMAP_* describes. */
function mailboxConfigs(core: Core): MailboxConfig[] {
  const fromRules = core.rules.sources.mailboxes.map(({ team: _team, ...m }): MailboxConfig => m);
  const imap = core.config.imap;
  if (!imap) return fromRules;
  return [
    ...fromRules,
    {
      id: 'env',
      host: imap.host,
      port: imap.port,
      user: imap.user,
      passwordEnv: 'IMAP_PASSWORD',
      tls: imap.tls,
      mailbox: imap.mailbox,
      processed: { flag: DEFAULT_PROCESSED_FLAG },
      maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
    },
  ];
}

/** The bot's own failures go to the admin channel through the outbox, like any other message. */
export function adminAlerts(core: Core): AdminAlerts {
  return {
    async alert(text) {
      await core.store.transaction((tx) => tx.outbox.enqueue([plainMessageRow(core.rules.adminChannel, { text, blocks: [section(plain(text))] })], core.clock.now()));
    },
  };
}

export interface Sources {
  all: PolledSource[];
  /** Runs every source continuously (IDLE, feed intervals, probe intervals). */
  start(): void;
  stop(): Promise<void>;
}

export function configuredSources(core: Core): Sources {
  const { store, log, clock } = core;
  const health = new SourceHealth({ store: store.sourceHealth, clock, alerts: adminAlerts(core), log });
  const common = { sink: core.ingest, cursors: store.cursors, health, log, clock, env: core.env };
  const { feeds, mailboxes } = buildSources({ feeds: feedConfigs(core), mailboxes: mailboxConfigs(core) }, common);
  const targets = certTargets(core.rules.sources.certProbes, core.config.certProbeTargets);
  const observer = makeCertificateObserver({
    sink: core.ingest,
    store,
    clock,
    log,
    onTaskChange: core.notify.onTaskChange,
    endpoints: () => targets.map(endpointOf),
  });
  const probes = certificateSources(targets, { observer, health, log });
  const feedScheduler = new FeedScheduler({ sources: feeds });
  const probeScheduler = new CertProbeScheduler({ sources: probes });
  return {
    all: [...feeds, ...mailboxes, ...probes],
    start() {
      feedScheduler.start();
      probeScheduler.start();
      for (const mailbox of mailboxes) mailbox.start();
    },
    async stop() {
      await Promise.all([feedScheduler.stop(), probeScheduler.stop(), ...mailboxes.map((m) => m.stop())]);
    },
  };
}
