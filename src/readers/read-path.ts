import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Notice } from '../domain/notice.ts';
import { ReaderError, isReaderError, tooLarge, type ReadErrorCode } from './errors.ts';
import { MAX_FEED_BYTES, MAX_INPUT_BYTES } from './limits.ts';
import { parseEmail } from './email.ts';
import { decodeFeedBytes, parseFeed } from './feed.ts';
import { splitMbox } from './mbox.ts';
import { assertText, sniffFormat, type InputFormat } from './sniff.ts';

/**
 * One file (or one message of an mbox, one item of a feed) read, or why it could not be. `id` is the
 * file's base name without extension, `name#N` (from 1) for the Nth message of an mbox or item of a feed.
 */
export type ReadResult =
  | { file: string; id: string; notice: Notice }
  | { file: string; id: string; error: string; code: ReadErrorCode };

export interface ReadOptions {
  /** Files over this are refused from their size alone; MAX_INPUT_BYTES by default. */
  maxBytes?: number;
  /** Feed documents over this are refused; MAX_FEED_BYTES by default. */
  maxFeedBytes?: number;
}

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.eml': 'email',
  '.mbox': 'mbox',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** `.eml`, mbox, `.xml`/`.rss`/`.atom`, or a folder of them (recursive, sorted) → one result per message or item. */
export async function* readPath(path: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (err) {
    yield failure(path, idOf(path), err);
    return;
  }
  if (!isDirectory) {
    yield* readOneFile(path, options);
    return;
  }
  const { files, unreadable } = await walk(path);
  for (const { dir, err } of unreadable) yield failure(dir, idOf(dir), err);
  for (const file of files) yield* readOneFile(file, options);
}

/** The files in a folder tree the readers understand, in a stable order. Hidden entries are skipped. */
export async function listNoticeFiles(dir: string): Promise<string[]> {
  return (await walk(dir)).files;
}

async function walk(root: string): Promise<{ files: string[]; unreadable: Array<{ dir: string; err: unknown }> }> {
  const files: string[] = [];
  const unreadable: Array<{ dir: string; err: unknown }> = [];
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      unreadable.push({ dir, err });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      // Symbolic links to folders are not followed: a link back up the tree would never end.
      if (entry.isDirectory()) await visit(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && formatByName(full)) files.push(full);
    }
  };
  await visit(root);
  return { files: files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), unreadable };
}

function formatByName(file: string): InputFormat | undefined {
  if (basename(file) === 'mbox') return 'mbox';
  return FORMAT_BY_EXTENSION[extname(file).toLowerCase()];
}

async function* readOneFile(file: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const id = idOf(file);
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  const feedLimit = Math.min(limit, options.maxFeedBytes ?? MAX_FEED_BYTES);
  const named = formatByName(file);
  let bytes: Buffer;
  let modified: Date;
  try {
    ({ bytes, modified } = readCapped(file, named === 'feed' ? feedLimit : limit, named === 'feed' ? 'feed' : 'input'));
  } catch (err) {
    yield failure(file, id, err);
    return;
  }
  const format = named ?? sniffFormat(bytes);
  const dated = { fallbackDate: modified, maxBytes: limit };

  if (format === 'email') {
    try {
      yield { file, id, notice: await parseEmail(bytes, { kind: 'file', path: file, index: 0 }, dated) };
    } catch (err) {
      yield failure(file, id, err);
    }
    return;
  }

  if (format === 'mbox') {
    let messages: Buffer[];
    try {
      assertText(bytes);
      messages = splitMbox(bytes);
      if (messages.length === 0) throw new ReaderError('broken-mime', 'not an mbox file: no "From " line opens a message');
    } catch (err) {
      yield failure(file, id, err);
      return;
    }
    for (const [index, message] of messages.entries()) {
      const itemId = `${id}#${index + 1}`;
      try {
        yield { file, id: itemId, notice: await parseEmail(message, { kind: 'file', path: file, index }, dated) };
      } catch (err) {
        yield failure(file, itemId, err);
      }
    }
    return;
  }

  let notices: Notice[];
  try {
    notices = parseFeed(decodeFeedBytes(bytes), '', { fallbackDate: modified, maxBytes: feedLimit });
  } catch (err) {
    yield failure(file, id, err);
    return;
  }
  const fileUrl = pathToFileURL(file).href;
  for (const [index, notice] of notices.entries()) {
    // A feed file that names no URL of its own is known by where it lies.
    const guid = notice.source.kind === 'feed' ? notice.source.guid : (notice.messageId ?? '');
    const located: Notice = notice.from ? notice : { ...notice, from: fileUrl, source: { kind: 'feed', feed: fileUrl, guid } };
    yield { file, id: `${id}#${index + 1}`, notice: located };
  }
}

/**
 * Reads a file only after its size (from the open handle, so it cannot change in between) passes the
 * cap. The calls are synchronous: files are read one after another, and each asynchronous step waits
 * for a round trip through the thread pool, which on a busy machine costs more than parsing the message.
 */
function readCapped(file: string, limit: number, what: 'input' | 'feed'): { bytes: Buffer; modified: Date } {
  // Checked before opening: opening a FIFO or a device for reading can wait forever.
  if (!statSync(file).isFile()) throw new ReaderError('unreadable', 'not a regular file');
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new ReaderError('unreadable', 'not a regular file');
    if (info.size > limit) throw tooLarge(info.size, limit, what);
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const bytesRead = readSync(fd, bytes, filled, info.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: bytes.subarray(0, filled), modified: info.mtime };
  } finally {
    closeSync(fd);
  }
}

function idOf(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function failure(file: string, id: string, err: unknown): ReadResult {
  if (isReaderError(err)) return { file, id, error: err.message, code: err.code };
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { file, id, error: 'no such file or folder', code: 'not-found' };
  const message = err instanceof Error ? err.message : String(err);
  return { file, id, error: `cannot be read: ${message}`, code: 'unreadable' };
}
