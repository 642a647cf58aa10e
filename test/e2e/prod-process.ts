// `noticeboard start` as its own process, the way an operator runs it, for shutdown and crash tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import Libsql from 'libsql';
import { RULES_DIR } from './prod-rig.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const HOOK_TOKEN = 'hook-token-for-process-tests';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface BotProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `noticeboard start` and resolves once it says it is running. */
export async function spawnBot(dir: string, env: NodeJS.ProcessEnv = {}): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bin/noticeboard.js'), 'start'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      DATABASE_URL: `file:${join(dir, 'bot.db')}`,
      RULES_DIR,
      PORT: String(port),
      AWS_HEALTH_WEBHOOK_TOKEN: HOOK_TOKEN,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('noticeboard is running on')) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then(({ code }) => fail(new Error(`noticeboard start exited with ${code}:\n${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, output: () => out, exited };
}

const fixture = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/aws-health/rds-planned-lifecycle.json'), 'utf8')) as Record<string, unknown> & { detail: Record<string, unknown> };

/** A distinct AWS Health event (its own id, ARN and instance), so each one opens its own task. */
export function healthEvent(n: number): Record<string, unknown> {
  const instance = `orders-shard-${n}`;
  return {
    ...fixture,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    resources: [`arn:aws:rds:eu-central-1:111122223333:db:${instance}`],
    detail: {
      ...fixture.detail,
      eventArn: `arn:aws:health:eu-central-1::event/RDS/AWS_RDS_PLANNED_LIFECYCLE_EVENT/shard-${n}`,
      communicationId: `shard-${n}`,
      affectedEntities: [{ entityValue: instance, status: 'PENDING' }],
      eventDescription: [{ language: 'en_US', latestDescription: `Upgrade ${instance} before October 31, 2024 to avoid an automatic upgrade.` }],
    },
  };
}

export async function postHealthEvent(base: string, n: number): Promise<number> {
  const res = await fetch(`${base}/hooks/aws-health`, {
    method: 'POST',
    headers: { authorization: `Bearer ${HOOK_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(healthEvent(n)),
  });
  await res.text();
  return res.status;
}

/** The outbox rows by status, read from the database file after the process is gone. */
export function outboxByStatus(dir: string): Record<string, number> {
  const db = new Libsql(join(dir, 'bot.db'));
  try {
    const rows = db.prepare('select status, count(*) as n from outbox group by status').all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  } finally {
    db.close();
  }
}
