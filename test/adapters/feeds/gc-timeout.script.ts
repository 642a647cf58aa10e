// Run with `node --expose-gc bin/run-ts.js`: polls a feed whose body never ends while the garbage
// collector runs every few milliseconds, and prints how the poll ended.
import { fetchFeed } from '../../../src/adapters/feeds/fetch.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const openBody: typeof fetch = async () =>
  new Response(new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('<rss>')) }), { status: 200 });
const collecting = setInterval(gc, 5);
const outcome = await fetchFeed('http://feeds.invalid/rss.xml', {}, { timeoutMs: 100, maxBytes: 1024, maxRedirects: 0 }, openBody).then(
  () => 'answered',
  (err: { code?: string }) => err.code ?? 'other error',
);
clearInterval(collecting);
console.log(outcome);
