import { ImapFlow } from 'imapflow';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { MemoryCursorStore } from '../../../src/adapters/memory/source-state.ts';
import type { MailboxConfig } from '../../../src/adapters/imap/config.ts';
import { ImapSource, type ImapSourceOptions, type ImapSourceState } from '../../../src/adapters/imap/source.ts';
import type { Dovecot } from '../../support/dovecot.ts';
import { IdempotentSink } from '../../support/idempotent-sink.ts';
import { StateWatch } from '../../support/state-watch.ts';
import { tinyParseEmail } from '../../support/tiny-email.ts';

export function mailboxConfig(dovecot: Dovecot, overrides: Partial<MailboxConfig> = {}): MailboxConfig {
  return {
    id: overrides.mailbox ?? 'INBOX',
    host: dovecot.host,
    port: dovecot.port,
    user: dovecot.user,
    passwordEnv: 'IMAP_PASSWORD',
    tls: false,
    mailbox: 'INBOX',
    processed: { flag: '$Noticeboard' },
    maxMessageBytes: 1024 * 1024,
    ...overrides,
  };
}

export interface Harness {
  source: ImapSource;
  sink: IdempotentSink;
  cursors: MemoryCursorStore;
  states: StateWatch<ImapSourceState>;
}

/** A source on the test server with fast reconnects, the tiny parser and an idempotent sink. */
export function buildSource(
  dovecot: Dovecot,
  config: Partial<MailboxConfig> = {},
  options: Partial<ImapSourceOptions> = {},
): Harness {
  const sink = options.sink instanceof IdempotentSink ? options.sink : new IdempotentSink();
  const cursors = options.cursors instanceof MemoryCursorStore ? options.cursors : new MemoryCursorStore();
  const states = new StateWatch<ImapSourceState>();
  const source = new ImapSource({
    mailbox: mailboxConfig(dovecot, config),
    password: dovecot.password,
    log: silentLogger,
    clock: new ManualClock('2024-08-20T12:00:00Z'),
    parse: tinyParseEmail,
    backoff: { baseMs: 20, maxMs: 200 },
    onState: states.record,
    ...options,
    sink: options.sink ?? sink,
    cursors,
  });
  return { source, sink, cursors, states };
}

/** A plain client for arranging the mailbox and inspecting flags, as a mail server's other users would. */
export async function adminClient(dovecot: Dovecot): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
    disableAutoIdle: true,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** UIDs in `mailbox` that do not carry `keyword`. */
export async function unmarked(client: ImapFlow, mailbox: string, keyword = '$Noticeboard'): Promise<number[]> {
  const lock = await client.getMailboxLock(mailbox);
  try {
    // Another session changed the flags: NOOP brings this session's view up to date first.
    await client.noop();
    return (await client.search({ unKeyword: keyword }, { uid: true })) || [];
  } finally {
    lock.release();
  }
}

export async function flagsOf(client: ImapFlow, mailbox: string): Promise<string[][]> {
  const lock = await client.getMailboxLock(mailbox);
  try {
    await client.noop();
    const all = await client.fetchAll('1:*', { uid: true, flags: true }, { uid: true });
    return all.map((m) => [...(m.flags ?? [])].sort());
  } finally {
    lock.release();
  }
}
