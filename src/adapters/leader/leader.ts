import pg from 'pg';
import type { Logger } from '../../app/ports.ts';

/**
 * Which replica runs the sources and the scheduler. Every replica serves Slack; only the leader polls
 * mailboxes and feeds and sends reminders, so a notice is read once and a step is sent once.
 */
export interface Leadership {
  isLeader(): boolean;
  /** Called with true when this replica becomes leader, false when it loses leadership. */
  onChange(listener: (leader: boolean) => void): void;
  /** One attempt to take or confirm leadership; the interval calls it, tests call it directly. */
  check(): Promise<boolean>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/** SQLite has one writer process: the only replica is always the leader. */
export function soleLeader(): Leadership {
  const listeners: ((leader: boolean) => void)[] = [];
  let started = false;
  return {
    isLeader: () => true,
    onChange: (l) => listeners.push(l),
    check: async () => true,
    start() {
      if (started) return;
      started = true;
      for (const l of listeners) l(true);
    },
    stop: async () => {},
  };
}

/** A 64-bit advisory lock key that names this application ("noticeboard" in ASCII, cut to fit). */
export const LEADER_LOCK_KEY = '7957684431237391972';

/**
 * Leader election on a PostgreSQL session advisory lock held on a dedicated connection: the lock
 * lives exactly as long as that connection, so a replica that dies (or loses its connection) gives
 * leadership up and another replica's next check takes it over.
 */
export function postgresLeader(url: string, log: Logger, key = LEADER_LOCK_KEY): Leadership {
  const listeners: ((leader: boolean) => void)[] = [];
  let client: pg.Client | null = null;
  let leader = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const set = (value: boolean) => {
    if (value === leader) return;
    leader = value;
    log.info({ leader }, value ? 'became leader' : 'lost leadership');
    for (const l of listeners) l(value);
  };

  const drop = (err?: unknown) => {
    if (err) log.warn({ err }, 'leader connection lost');
    const old = client;
    client = null;
    old?.end().catch(() => {});
    set(false);
  };

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: url, application_name: 'noticeboard-leader' });
    c.on('error', (err) => {
      if (client === c) drop(err);
    });
    await c.connect();
    client = c;
    return c;
  };

  const check = async (): Promise<boolean> => {
    if (stopped) return false;
    try {
      const c = client ?? (await connect());
      if (leader) {
        // Confirms the connection still works; the lock goes with it.
        await c.query('SELECT 1');
        return true;
      }
      const res = await c.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
      set(res.rows[0]?.locked === true);
    } catch (err) {
      drop(err);
    }
    return leader;
  };

  return {
    isLeader: () => leader,
    onChange: (l) => listeners.push(l),
    check,
    start(intervalMs = 5_000) {
      if (timer) return;
      void check();
      timer = setInterval(() => void check(), intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      const c = client;
      client = null;
      set(false);
      await c?.end().catch(() => {});
    },
  };
}
