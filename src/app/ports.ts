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

export * from './store-ports.ts';
