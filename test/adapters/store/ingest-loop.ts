// Ingests notices into the SQLite store named on the command line, forever, printing the number of
// each notice once its transaction has committed. The crash test kills it with SIGKILL mid-stream.
import { makeIngestNotice } from '../../../src/app/ingest-notice.ts';
import { openSqliteStore } from '../../../src/adapters/store/sqlite.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import type { Extraction } from '../../../src/domain/facts.ts';
import { aDeadline, aNotice, aRouting, anExtraction } from '../../builders/index.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: ingest-loop.ts file:PATH');
const store = await openSqliteStore(url);
let current: Extraction = anExtraction();
let now = Date.parse('2024-06-01T00:00:00Z');
const sink = makeIngestNotice({
  store,
  extract: () => current,
  route: () => aRouting(),
  clock: { now: () => new Date(now) },
  log: silentLogger,
});

const run = Number(process.argv[3] ?? 0);
for (let i = 0; ; i++) {
  now += 60_000;
  // Every third notice is a new obligation; the others re-send it or move its deadline.
  const obligation = Math.floor(i / 3);
  const resources = [`db-${run}-${obligation}`, `db-${run}-${obligation}-replica`];
  const deadline = aDeadline(i % 3 === 2 ? '2024-12-01' : '2024-09-01');
  current = anExtraction({ resources, deadline });
  const uid = run * 1_000_000 + i;
  const notice = aNotice({
    source: { kind: 'imap', mailbox: 'INBOX', uidValidity: '1', uid },
    messageId: `<${uid}@crash.example>`,
    receivedAt: new Date(now),
    text: `Notice ${i} about ${resources.join(' and ')}. `.repeat(50),
  });
  await sink.ingest(notice);
  process.stdout.write(`${i}\n`);
}
