/** Why a file, message or feed could not be read. Stable: the CLI and the ingest log print them. */
export type ReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'broken-mime'
  | 'no-body'
  | 'no-date'
  | 'not-a-feed'
  | 'html-not-feed'
  | 'entity-declaration';

/**
 * The largest file, message or feed document the readers accept. Provider notices are a few
 * kilobytes; the cap keeps one pathological input from holding a worker for long or exhausting memory.
 */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export class ReaderError extends Error {
  readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, message: string) {
    super(message);
    this.name = 'ReaderError';
    this.code = code;
  }
}

export function isReaderError(err: unknown): err is ReaderError {
  return err instanceof ReaderError;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLarge(bytes: number, limit: number): ReaderError {
  return new ReaderError('too-large', `${formatBytes(bytes)} is over the ${formatBytes(limit)} input limit; nothing was read`);
}
