/** What rules/sources.yaml configures: feeds to poll, mailboxes to watch, certificates to probe. */
import type { SourceRef } from './notice.ts';

export type SourceKind = SourceRef['kind'];

/** `detect` reads the document's root element (and Statuspage's JSON) to decide. */
export type FeedFormat = 'rss' | 'atom' | 'statuspage' | 'detect';

export interface FeedSource {
  id: string;
  url: string;
  format: FeedFormat;
  intervalMinutes: number;
  provider?: string;
  team?: string;
}

/** After reading a message, flag it or move it, so that it is never read twice by hand either. */
export type ProcessedAction = { flag: string } | { moveTo: string };

export interface MailboxSource {
  id: string;
  host: string;
  port: number;
  user: string;
  /** Name of the environment variable that holds the password; the password never sits in rules/. */
  passwordEnv: string;
  tls: boolean;
  mailbox: string;
  processed: ProcessedAction;
  maxMessageBytes: number;
  team?: string;
}

export interface CertProbeSource {
  host: string;
  port: number;
  /** SNI name when it differs from host. */
  servername?: string;
  team: string;
  intervalMinutes: number;
  /** A certificate expiring sooner than this opens a task; the probe's default (30 days) when absent. */
  warnBeforeMinutes?: number;
}

export interface SourcesConfig {
  feeds: FeedSource[];
  mailboxes: MailboxSource[];
  certProbes: CertProbeSource[];
}
