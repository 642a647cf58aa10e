// Backlog throughput of the IMAP source against Dovecot on loopback, as a ratio to fetching the same
// messages with imapflow alone. Run alone: `node bin/run-ts.js bench/imap.ts [MESSAGES]`.
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImapFlow } from 'imapflow';
import { ManualClock } from '../src/adapters/clock.ts';
import { silentLogger } from '../src/adapters/log.ts';
import { MemoryCursorStore } from '../src/adapters/memory/source-state.ts';
import { ImapSource } from '../src/adapters/imap/source.ts';
import { dovecotMissing, startDovecot, type Dovecot } from '../test/support/dovecot.ts';
import { IdempotentSink } from '../test/support/idempotent-sink.ts';
import { buildMessage, tinyParseEmail } from '../test/support/tiny-email.ts';

export interface ImapBenchResult {
  messages: number;
  baselineMs: number;
  sourceMs: number;
  /** Source time / imapflow-alone time: 1.0 is free, the target is at most 1.5. */
  ratio: number;
  messagesPerSecond: number;
}

const MAILBOX = 'Bench';
const ROUNDS = 5;

function client(dovecot: Dovecot): ImapFlow {
  const c = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
    disableAutoIdle: true,
  });
  c.on('error', () => undefined);
  return c;
}

/** The floor: connect, select, stream every message's source, log out. */
async function imapflowAlone(dovecot: Dovecot): Promise<number> {
  const started = performance.now();
  const c = client(dovecot);
  await c.connect();
  const lock = await c.getMailboxLock(MAILBOX);
  let count = 0;
  try {
    for await (const message of c.fetch('1:*', { uid: true, source: true })) if (message.source) count += 1;
  } finally {
    lock.release();
  }
  await c.logout();
  if (count === 0) throw new Error('baseline fetched nothing');
  return performance.now() - started;
}

/** The product path: one pass of the source, each message parsed, committed, then flagged. */
async function sourcePass(dovecot: Dovecot, messages: number): Promise<number> {
  const sink = new IdempotentSink();
  const source = new ImapSource({
    mailbox: {
      id: 'bench',
      host: dovecot.host,
      port: dovecot.port,
      user: dovecot.user,
      passwordEnv: 'UNUSED',
      tls: false,
      mailbox: MAILBOX,
      processed: { flag: '$Noticeboard' },
      maxMessageBytes: 1024 * 1024,
    },
    password: dovecot.password,
    sink,
    cursors: new MemoryCursorStore(),
    parse: tinyParseEmail,
    log: silentLogger,
    clock: new ManualClock('2024-08-20T12:00:00Z'),
  });
  const started = performance.now();
  await source.pollOnce();
  const elapsed = performance.now() - started;
  if (sink.committed.length !== messages) throw new Error(`source delivered ${sink.committed.length} of ${messages}`);
  return elapsed;
}

async function unflagAll(admin: ImapFlow): Promise<void> {
  const lock = await admin.getMailboxLock(MAILBOX);
  try {
    await admin.messageFlagsRemove('1:*', ['$Noticeboard']);
  } finally {
    lock.release();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function runImapBench(messages = 1000): Promise<ImapBenchResult | null> {
  if (dovecotMissing) {
    console.log(`imap bench skipped: ${dovecotMissing}`);
    return null;
  }
  const dovecot = await startDovecot();
  const admin = client(dovecot);
  try {
    await admin.connect();
    await admin.mailboxCreate(MAILBOX);
    for (let i = 0; i < messages; i += 1) {
      await admin.append(MAILBOX, buildMessage({ id: `bench-${i}@provider.example`, subject: `Notice ${i}` }));
    }
    const baseline: number[] = [];
    const ours: number[] = [];
    await imapflowAlone(dovecot); // warm Dovecot's caches and the JIT before measuring
    for (let round = 0; round < ROUNDS; round += 1) {
      await unflagAll(admin);
      baseline.push(await imapflowAlone(dovecot));
      ours.push(await sourcePass(dovecot, messages));
    }
    const baselineMs = median(baseline);
    const sourceMs = median(ours);
    const result: ImapBenchResult = {
      messages,
      baselineMs,
      sourceMs,
      ratio: sourceMs / baselineMs,
      messagesPerSecond: (messages / sourceMs) * 1000,
    };
    const rate = (ms: number): string => `${((messages / ms) * 1000).toFixed(0)} msg/s`;
    console.log(`imap backlog: ${messages} messages, Dovecot on loopback, median of ${ROUNDS} rounds`);
    console.log(`  imapflow fetch alone       ${(baselineMs / 1000).toFixed(3)} s  ${rate(baselineMs)}`);
    console.log(`  ImapSource into the sink   ${(sourceMs / 1000).toFixed(3)} s  ${rate(sourceMs)}`);
    console.log(`  ratio                      ${result.ratio.toFixed(2)}x (target <= 1.5x)`);
    return result;
  } finally {
    await admin.logout().catch(() => undefined);
    await dovecot.destroy();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const count = Number(process.argv[2] ?? 1000);
  await runImapBench(Number.isInteger(count) && count > 0 ? count : 1000);
}
