import { ImapFlow } from 'imapflow';
import type { Clock, CursorStore, Logger, NoticeSink, PolledSource } from '../../app/ports.ts';
import { describeSourceError, silentReporter, type SourceReporter } from '../../app/source-health.ts';
import { parseEmail } from '../../readers/index.ts';
import { backoffDelay, pause, systemTimers, type BackoffPolicy, type Timers } from '../backoff.ts';
import { imapSourceId, type MailboxConfig, type ParseEmail } from './config.ts';
import { syncMailbox, type SyncContext, type SyncScope } from './sync.ts';
import { Wake } from './wake.ts';

export type ImapSourceState = 'connecting' | 'syncing' | 'idle' | 'polling' | 'backoff' | 'stopped';

export interface ImapSourceOptions {
  mailbox: MailboxConfig;
  password: string;
  sink: NoticeSink;
  cursors: CursorStore;
  log: Logger;
  clock: Clock;
  parse?: ParseEmail;
  health?: SourceReporter;
  timers?: Timers;
  random?: () => number;
  /** Reconnect delays; the first retry waits about `baseMs`. */
  backoff?: BackoffPolicy;
  /** Use IMAP IDLE when the server offers it (default); otherwise poll every `pollIntervalMs`. */
  useIdle?: boolean;
  pollIntervalMs?: number;
  /** While idling, look again this often anyway: a missed EXISTS or a silently dead IDLE costs at most this. */
  resyncIntervalMs?: number;
  batchSize?: number;
  batchBytes?: number;
  connectionTimeoutMs?: number;
  /** Told about every change of state: tests wait on it instead of sleeping. */
  onState?: (state: ImapSourceState) => void;
}

/**
 * One watched mailbox. `start()` keeps a connection open (IDLE, or polling where the server has no
 * IDLE) and reconnects with exponential backoff and jitter, on a fresh client each time.
 * `pollOnce()` makes one complete pass for `noticeboard poll --once`.
 */
export class ImapSource implements PolledSource {
  readonly id: string;
  readonly #o: ImapSourceOptions;
  readonly #ctx: SyncContext;
  readonly #health: SourceReporter;
  readonly #timers: Timers;
  #stopper: AbortController | null = null;
  #running: Promise<void> | null = null;
  #client: ImapFlow | null = null;

  constructor(options: ImapSourceOptions) {
    this.#o = options;
    this.id = imapSourceId(options.mailbox);
    this.#health = options.health ?? silentReporter;
    this.#timers = options.timers ?? systemTimers;
    this.#ctx = {
      sourceId: this.id,
      mailbox: options.mailbox,
      sink: options.sink,
      cursors: options.cursors,
      parse: options.parse ?? parseEmail,
      log: options.log.child({ source: this.id }),
      clock: options.clock,
      batchSize: options.batchSize ?? 250,
      batchBytes: options.batchBytes ?? 32 * 1024 * 1024,
    };
  }

  start(): void {
    if (this.#running) return;
    const stopper = new AbortController();
    this.#stopper = stopper;
    this.#running = this.#run(stopper.signal);
  }

  /** Stops at once: the connection is closed mid-command; whatever the sink committed stays committed. */
  async stop(): Promise<void> {
    this.#stopper?.abort();
    this.#client?.close();
    await this.#running;
    this.#running = null;
  }

  async pollOnce(): Promise<void> {
    const client = this.#newClient();
    try {
      await client.connect();
      await this.#prepare(client);
      const result = await syncMailbox(client, this.#ctx, 'all');
      this.#ctx.log.info({ ...result }, 'mailbox polled');
      await this.#health.succeeded(this.id);
    } catch (err) {
      this.#ctx.log.warn({ err, reason: describeSourceError(err) }, 'mailbox poll failed');
      await this.#health.failed(this.id, err);
      throw err;
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  async #run(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    const policy = this.#o.backoff ?? { baseMs: 1_000, maxMs: 5 * 60_000 };
    while (!signal.aborted) {
      const client = this.#newClient();
      this.#client = client;
      try {
        await this.#session(client, signal, () => {
          attempt = 0;
        });
      } catch (err) {
        if (!signal.aborted) {
          this.#ctx.log.warn({ err, reason: describeSourceError(err) }, 'mailbox connection failed');
          await this.#health.failed(this.id, err);
        }
      } finally {
        this.#client = null;
        client.close();
      }
      if (signal.aborted) break;
      this.#state('backoff');
      await pause(backoffDelay(attempt++, policy, this.#o.random), signal, this.#timers);
    }
    this.#state('stopped');
  }

  async #session(client: ImapFlow, signal: AbortSignal, healthy: () => void): Promise<void> {
    const wake = new Wake();
    let lastError: unknown = null;
    client.on('error', (err: unknown) => {
      lastError = err;
    });
    client.on('exists', () => wake.ring('exists'));
    client.on('close', () => wake.ring('close'));
    const onAbort = (): void => wake.ring('stop');
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      this.#state('connecting');
      await client.connect();
      await this.#prepare(client);
      let scope: SyncScope = 'all';
      let idleWorks = this.#o.useIdle ?? true;
      for (;;) {
        this.#state('syncing');
        const result = await syncMailbox(client, this.#ctx, scope);
        if (result.delivered + result.placeholders > 0) this.#ctx.log.info({ ...result }, 'mailbox synced');
        healthy();
        await this.#health.succeeded(this.id);

        const idling = idleWorks && client.capabilities.has('IDLE');
        const interval = idling ? (this.#o.resyncIntervalMs ?? 4 * 60_000) : (this.#o.pollIntervalMs ?? 60_000);
        const timer = this.#timers.setTimeout(() => wake.ring('timer'), interval);
        let awake = false;
        if (idling) {
          // imapflow would start IDLE by itself only after 15 s of quiet; new mail should not wait that long.
          void client.idle().then(
            () => !awake && wake.ring('idle-ended'),
            () => !awake && wake.ring('idle-ended'),
          );
        }
        this.#state(idling ? 'idle' : 'polling');
        const reason = await wake.next();
        awake = true;
        this.#timers.clearTimeout(timer);
        if (reason === 'stop') return;
        if (reason === 'close') throw closedError(lastError);
        if (reason === 'idle-ended') {
          // The server ended IDLE on its own: poll for the rest of this connection rather than spin.
          this.#ctx.log.warn({}, 'IDLE ended by the server; polling until reconnected');
          idleWorks = false;
        }
        scope = reason === 'exists' ? 'new' : 'all';
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  async #prepare(client: ImapFlow): Promise<void> {
    const processed = this.#o.mailbox.processed;
    if ('moveTo' in processed) await client.mailboxCreate(processed.moveTo);
  }

  #newClient(): ImapFlow {
    const m = this.#o.mailbox;
    const client = new ImapFlow({
      host: m.host,
      port: m.port,
      secure: m.tls,
      auth: { user: m.user, pass: this.#o.password },
      logger: false,
      disableAutoIdle: true,
      // With CONDSTORE enabled the server answers even a silent STORE with one FETCH (MODSEQ) per
      // message, which made flagging a backlog cost as much as downloading it. Nothing here uses it.
      disableAutoEnable: true,
      connectionTimeout: this.#o.connectionTimeoutMs ?? 30_000,
      greetingTimeout: this.#o.connectionTimeoutMs ?? 16_000,
      // A server announcing a literal far above the cap is refused before it is buffered.
      maxLiteralSize: m.maxMessageBytes + 1024 * 1024,
    });
    client.on('error', () => undefined);
    return client;
  }

  #state(state: ImapSourceState): void {
    this.#o.onState?.(state);
  }
}

function closedError(cause: unknown): Error {
  return new Error('the IMAP connection closed', cause ? { cause } : undefined);
}
