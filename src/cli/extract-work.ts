// What one worker thread of the extract pool does with each file it is given.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extraction/index.ts';
import { readNoticeFile } from '../readers/index.ts';
import type { FileRequest, FileResult, PoolItem } from './extract-pool.ts';

/** Every notice in one file, extracted; a file or notice that fails gives its error item. */
export async function readAndExtract(file: string): Promise<PoolItem[]> {
  const items: PoolItem[] = [];
  for await (const result of readNoticeFile(file)) {
    if ('error' in result) {
      items.push({ file: result.file, id: result.id, error: result.error, code: result.code });
      continue;
    }
    const { notice } = result;
    const head = { subject: notice.subject, from: notice.from, receivedAt: notice.receivedAt, warnings: notice.warnings ?? [] };
    try {
      items.push({ file: result.file, id: result.id, facts: extract(notice), head });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      items.push({ file: result.file, id: result.id, error: `extraction failed: ${message}`, code: 'extract-failed' });
    }
  }
  return items;
}

/** Answers the pool's requests one file at a time, in the order they came: the pool relies on it. */
export function serve(work: (file: string) => Promise<PoolItem[]> = readAndExtract): void {
  const port = parentPort;
  if (!port) throw new Error('the extract worker runs in a worker thread');
  let queue = Promise.resolve();
  port.on('message', (request: FileRequest) => {
    queue = queue.then(async () => {
      const reply: FileResult = { seq: request.seq, items: await work(request.file) };
      port.postMessage(reply);
    });
  });
}
