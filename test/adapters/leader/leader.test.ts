import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { postgresLeader, soleLeader } from '../../../src/adapters/leader/leader.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { postgresMissing, startPostgres, type PostgresServer } from '../../support/postgres.ts';

if (postgresMissing) console.warn(`leader election tests skipped: ${postgresMissing}`);

describe('soleLeader', () => {
  it('is the leader and says so once started', () => {
    const leadership = soleLeader();
    const seen: boolean[] = [];
    leadership.onChange((l) => seen.push(l));
    leadership.start();
    leadership.start();
    expect(leadership.isLeader()).toBe(true);
    expect(seen).toEqual([true]);
  });
});

describe.skipIf(postgresMissing !== null)('postgresLeader against a real PostgreSQL', () => {
  let server: PostgresServer;
  let url: string;
  beforeAll(async () => {
    server = await startPostgres();
    url = await server.createDatabase();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('lets exactly one of two replicas lead', async () => {
    const a = postgresLeader(url, silentLogger, '42');
    const b = postgresLeader(url, silentLogger, '42');
    expect(await a.check()).toBe(true);
    expect(await b.check()).toBe(false);
    expect(await a.check()).toBe(true);
    expect(await b.check()).toBe(false);
    await a.stop();
    await b.stop();
  });

  it('hands leadership over when the leader stops', async () => {
    const a = postgresLeader(url, silentLogger, '43');
    const b = postgresLeader(url, silentLogger, '43');
    const changes: string[] = [];
    a.onChange((l) => changes.push(`a:${l}`));
    b.onChange((l) => changes.push(`b:${l}`));
    await a.check();
    await b.check();
    await a.stop();
    expect(await b.check()).toBe(true);
    expect(changes).toEqual(['a:true', 'a:false', 'b:true']);
    await b.stop();
  });

  it('takes over when the leader connection dies without a goodbye', async () => {
    const a = postgresLeader(url, silentLogger, '44');
    const b = postgresLeader(url, silentLogger, '44');
    await a.check();
    expect(await b.check()).toBe(false);
    // What a kill -9 of the leader looks like to the server: its session ends.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'noticeboard-leader' AND pid <> pg_backend_pid() AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 44)");
    await admin.end();
    expect(await b.check()).toBe(true);
    expect(await a.check()).toBe(false);
    await a.stop();
    await b.stop();
  });
});
