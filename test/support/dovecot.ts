import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Why the IMAP tests cannot run here, or null when Dovecot is installed. */
export const dovecotMissing: string | null = (() => {
  const found = spawnSync('dovecot', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    return 'dovecot is not installed (apt-get install -y --no-install-recommends dovecot-imapd)';
  }
  return null;
})();

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  dir: string;
  /** Stop the server, keep its mail: `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stop and delete everything. */
  destroy(): Promise<void>;
  log(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the server greets on the port (Dovecot starts in about 0.1 s). */
async function waitForGreeting(port: number, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('data', (chunk) => {
        socket.destroy();
        resolve(chunk.toString().startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
    });
    if (greeted) return;
    if (Date.now() > until) throw new Error(`dovecot did not greet on port ${port}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function config(dir: string, port: number, asRoot: boolean): string {
  const me = userInfo().username;
  // Dovecot's parser wants a newline after every `{`.
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = ${asRoot ? 'dovenull' : me}
default_internal_user = ${asRoot ? 'dovecot' : me}
first_valid_uid = 0
mail_location = maildir:${dir}/mail/%u
mail_fsync = never
imap_idle_notify_interval = 2 mins
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
# Failed logins in one test must not slow the next test's logins down.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`;
}

/** Dovecot 2.3 from a throwaway config on 127.0.0.1 and a free port; one user with a plain password. */
export async function startDovecot(): Promise<Dovecot> {
  if (dovecotMissing) throw new Error(dovecotMissing);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-dovecot-'));
  // Mail is stored as `nobody` when running as root, so the tree must be reachable by it.
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub));
  if (asRoot) chmodSync(join(dir, 'mail'), 0o777);
  const port = await freePort();
  const user = 'notices';
  const password = 'test-password';
  const [uid, gid] = asRoot ? [65534, 65534] : [process.getuid?.() ?? 1000, process.getgid?.() ?? 1000];
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}:${uid}:${gid}::${dir}/mail/${user}::nodelay=yes\n`);
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(conf, config(dir, port, asRoot));

  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    // Its own process group, so a stop takes the per-connection imap processes down with the master.
    const spawned = spawn('dovecot', ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    spawned.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<never>((_, reject) =>
      spawned.once('exit', (code) => reject(new Error(`dovecot exited (${code}): ${stderr}${readLog(dir)}`))),
    );
    exited.catch(() => undefined);
    child = spawned;
    // A detached server would outlive a crashed test run.
    process.once('exit', () => {
      if (spawned.pid && spawned.exitCode === null) process.kill(-spawned.pid, 'SIGKILL');
    });
    await Promise.race([waitForGreeting(port), exited]);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    if (running.pid) process.kill(-running.pid, 'SIGTERM');
    await gone;
  };
  await start();
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    dir,
    start,
    stop,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => readLog(dir),
  };
}

function readLog(dir: string): string {
  const path = join(dir, 'dovecot.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
