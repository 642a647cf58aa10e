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

function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  if (bytes < 1024 * 1024) return exact;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB (${exact})`;
}

export function tooLarge(bytes: number, limit: number, what: 'input' | 'feed' = 'input'): ReaderError {
  return new ReaderError('too-large', `${bytes.toLocaleString('en-US')} bytes is over the ${formatBytes(limit)} ${what} limit; nothing was read`);
}
