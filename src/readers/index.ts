import type { Notice, SourceRef } from '../domain/notice.ts';

/** One file (or one message of an mbox, one item of a feed) read, or why it could not be. */
export type ReadResult = { file: string; notice: Notice } | { file: string; error: string };

/** `.eml`, mbox, `.xml`/`.rss`/`.atom`, or a folder of them → notices, one result per message or item. */
export async function* readPath(_path: string): AsyncGenerator<ReadResult> {
  throw new Error('readers: not built yet');
}

/** One RFC 822 message → a Notice (forwarded messages read as the provider's original). */
export async function parseEmail(_raw: Buffer, _source: SourceRef): Promise<Notice> {
  throw new Error('readers: not built yet');
}

/** An RSS/Atom document → one Notice per item. */
export function parseFeed(_xml: string, _feedUrl: string): Notice[] {
  throw new Error('readers: not built yet');
}
