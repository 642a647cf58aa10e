import type { Notice, SourceRef } from '../../domain/notice.ts';

/** How a message is marked once its notice is committed: a keyword flag, or a move to a folder. */
export type ProcessedMark = { flag: string } | { moveTo: string };

/** One watched mailbox, as rules/sources.yaml describes it; the password itself stays in the environment. */
export interface MailboxConfig {
  id: string;
  host: string;
  port: number;
  user: string;
  /** Name of the environment variable that holds the password. */
  passwordEnv: string;
  tls: boolean;
  mailbox: string;
  processed: ProcessedMark;
  /** Messages larger than this are not downloaded: they become a placeholder notice and are marked. */
  maxMessageBytes: number;
}

export type ParseEmail = (raw: Buffer, source: SourceRef) => Promise<Notice>;

export const DEFAULT_PROCESSED_FLAG = '$Noticeboard';
export const DEFAULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** The id a mailbox goes by in cursors, source health and logs. */
export const imapSourceId = (mailbox: Pick<MailboxConfig, 'id'>): string => `imap:${mailbox.id}`;

/** Extra keywords that explain why a message was marked without being read. */
export const tooLargeKeyword = (flag: string): string => `${flag}TooLarge`;
export const unreadableKeyword = (flag: string): string => `${flag}Unreadable`;
