import type { Notice } from '../domain/notice.ts';

/** The only way the app learns the time: adapters/clock.ts reads the wall clock, tests pass their own. */
export interface Clock {
  now(): Date;
}

/** The subset of pino the app uses: structured fields first, a fixed message second. */
export interface Logger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  child(bindings: object): Logger;
}

export type IngestOutcome = 'created' | 'merged' | 'duplicate' | 'fyi' | 'ignored';

export interface IngestResult {
  outcome: IngestOutcome;
  noticeId: number;
  taskId: number | null;
}

/** Where every source delivers: the ingest use case. Resolves only once the notice is committed. */
export interface NoticeSink {
  ingest(notice: Notice): Promise<IngestResult>;
}

/**
 * Small durable state a source keeps between runs, one value per source and key: a mailbox's UID
 * cursor, a feed's ETag and the ids it has already delivered. Values are opaque strings.
 */
export interface CursorStore {
  get(source: string, key: string): Promise<string | null>;
  set(source: string, key: string, value: string): Promise<void>;
}

/** What the bot knows about one source's recent attempts; one row per source id. */
export interface SourceHealthRecord {
  source: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  /** Plain words ("TLS certificate has expired"), never a stack. */
  lastError: string | null;
  consecutiveFailures: number;
  /** When the current run of failures began; null while the source is healthy. */
  failingSince: Date | null;
  /** An alert went out for the current run of failures (so it goes out once, and recovery is told). */
  alerted: boolean;
}

export interface SourceHealthStore {
  get(source: string): Promise<SourceHealthRecord | null>;
  put(record: SourceHealthRecord): Promise<void>;
  list(): Promise<SourceHealthRecord[]>;
}

/** A message for the people who run the bot (the admin channel). */
export interface AdminAlerts {
  alert(text: string): Promise<void>;
}

/** A source that can make one complete pass on demand (`noticeboard poll --once`). Rejects when the pass failed. */
export interface PolledSource {
  readonly id: string;
  pollOnce(): Promise<void>;
}
