import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/adapters/clock.ts';
import { certificateSources, type CertificateSource } from '../../src/adapters/cert-probe/source.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { MemoryAdminAlerts, MemorySourceHealthStore } from '../../src/adapters/memory/source-state.ts';
import { openStore } from '../../src/adapters/store/index.ts';
import { makeIngestNotice } from '../../src/app/ingest-notice.ts';
import { makeCertificateObserver, type ObservedTaskChange } from '../../src/app/observe-certificates.ts';
import type { Store, TaskChange } from '../../src/app/ports.ts';
import { SourceHealth } from '../../src/app/source-health.ts';
import type { Extraction } from '../../src/domain/facts.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { Routing } from '../../src/domain/policy.ts';
import type { Task } from '../../src/domain/task.ts';
import { extract } from '../../src/extraction/index.ts';
import { hasOpenssl, makeCa, type TestCa } from '../support/certs.ts';
import { tlsEndpoint, type TlsEndpoint } from '../support/tls-endpoint.ts';

const available = hasOpenssl();
if (!available) console.warn('certificate observer tests skipped: the openssl command is not installed');

const DAY = 86_400_000;
// Certificates carry whole seconds; the probe's own verification reads the wall clock, so the
// manual clock starts at the real time.
const now = new Date(Math.floor(Date.now() / 1000) * 1000);
const inDays = (days: number) => new Date(now.getTime() + days * DAY);

/** Extraction, with the deadline a structured source states taking precedence over the grammar's. */
function extractWithSourceDeadline(notice: Notice): Extraction {
  const found = extract(notice);
  const stated = notice.hints?.deadline;
  if (!stated) return found;
  const deadline = { ...stated, role: 'deadline' as const, origin: 'source' as const };
  return { ...found, actionRequired: true, deadline, dates: [deadline, ...found.dates.filter((d) => d.role !== 'deadline')] };
}

const route = (): Routing => ({
  ruleId: 'tls-endpoints',
  disposition: 'track',
  team: 'platform',
  channel: 'C0PLATFORM',
  requiredRoles: ['owner'],
  ladder: 'default',
  leadTimeMinutes: 0,
  reasons: [],
});

describe.skipIf(!available)('certificates observed on loopback TLS endpoints become tasks', () => {
  let ca: TestCa;
  let stranger: TestCa;
  let dir: string;
  let store: Store;
  let clock: ManualClock;
  let changes: TaskChange[];
  let alerts: MemoryAdminAlerts;
  const servers: TlsEndpoint[] = [];

  beforeAll(() => {
    ca = makeCa();
    stranger = makeCa('stranger CA');
    dir = mkdtempSync(join(tmpdir(), 'nb-certs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    store = await openStore(`file:${join(dir, `${Math.random().toString(36).slice(2)}.db`)}`);
    clock = new ManualClock(now);
    changes = [];
    alerts = new MemoryAdminAlerts();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await store.close();
  });

  const leaf = (names: string[], notAfter: Date, issuer: TestCa = ca) => issuer.issue(`leaf-${Math.random().toString(36).slice(2)}`, names, new Date(now.getTime() - 60 * DAY), notAfter);

  async function serve(pair: { key: string; cert: string }): Promise<TlsEndpoint> {
    const server = await tlsEndpoint(pair);
    servers.push(server);
    return server;
  }

  /** One source per server, all feeding one observer and the real ingest into SQLite. */
  function probes(...ports: number[]): CertificateSource[] {
    const sink = makeIngestNotice({ store, extract: extractWithSourceDeadline, route, clock, log: silentLogger });
    const endpoints = ports.map((port) => `127.0.0.1:${port}`);
    const observer = makeCertificateObserver({
      sink,
      store,
      clock,
      log: silentLogger,
      endpoints: () => endpoints,
      onTaskChange: async (_tx, change) => void changes.push(change),
    });
    const health = new SourceHealth({ store: new MemorySourceHealthStore(), clock, alerts, log: silentLogger, failuresBeforeAlert: 1 });
    const targets = ports.map((port) => ({ host: '127.0.0.1', port, servername: 'localhost', intervalMinutes: 60 }));
    return certificateSources(targets, { observer, health, log: silentLogger, ca: [ca.cert], timeoutMs: 5_000 });
  }

  const openTasks = async (): Promise<Task[]> => store.tasks.list({ states: ['open', 'acknowledged', 'scheduled', 'approved'] });

  it('opens a certificate task due at the expiry of a certificate expiring in 5 days, once', async () => {
    const notAfter = inDays(5);
    const server = await serve(leaf(['localhost', 'api.localhost'], notAfter));
    const [source] = probes(server.port);
    await source?.pollOnce();
    await source?.pollOnce();

    const tasks = await store.tasks.list();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'certificate', state: 'open', service: 'certificate', noticeCount: 1 });
    expect(tasks[0]?.deadline).toMatchObject({ at: notAfter, precision: 'second' });
    expect(tasks[0]?.resources).toEqual([`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'localhost', 'api.localhost']);
    expect(tasks[0]?.title).toBe(`TLS certificate for 127.0.0.1:${server.port} expires on ${notAfter.toISOString().replace('T', ' ').slice(0, 19)} UTC`);
  });

  it('opens no task for a certificate that expires beyond the horizon', async () => {
    const server = await serve(leaf(['localhost'], inDays(31)));
    await probes(server.port)[0]?.pollOnce();
    expect(await store.tasks.list()).toEqual([]);
  });

  it('opens an overdue certificate task for an expired certificate, and no security task', async () => {
    const notAfter = inDays(-1);
    const server = await serve(leaf(['localhost'], notAfter));
    await probes(server.port)[0]?.pollOnce();
    const tasks = await store.tasks.list();
    expect(tasks.map((t) => [t.kind, t.deadline?.at.toISOString()])).toEqual([['certificate', notAfter.toISOString()]]);
    expect(tasks[0]?.title).toContain('expired on');
  });

  it.each([
    ['an unknown CA', () => leaf(['localhost'], inDays(90), stranger), 'the issuer is not in the CA store'],
    ['a certificate for another name', () => leaf(['other.example'], inDays(90)), 'does not name this host'],
  ])('opens a security task due now for %s', async (_case, pair, words) => {
    const server = await serve(pair());
    await probes(server.port)[0]?.pollOnce();
    const tasks = await store.tasks.list();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'security', state: 'open' });
    expect(tasks[0]?.deadline?.at).toEqual(now);
    expect(tasks[0]?.title).toContain(words);
  });

  it('closes the task as done when the same port serves a renewed certificate, and tells the thread', async () => {
    const server = await serve(leaf(['localhost'], inDays(5)));
    const [source] = probes(server.port);
    await source?.pollOnce();
    const [task] = await store.tasks.list();

    const renewed = inDays(95);
    server.serve(leaf(['localhost'], renewed));
    clock.advance(DAY);
    await source?.pollOnce();

    expect(await store.tasks.get(task?.id ?? 0)).toMatchObject({ state: 'done' });
    expect(await store.tasks.list()).toHaveLength(1);
    const done = changes.find((c) => c.action === 'done') as ObservedTaskChange | undefined;
    expect(done).toMatchObject({ actor: 'noticeboard', task: { id: task?.id, state: 'done' } });
    expect(done?.note).toContain(`now expires on ${renewed.toISOString().replace('T', ' ').slice(0, 19)} UTC`);
    const audit = await store.audit.listByTask(task?.id ?? 0);
    expect(audit.at(-1)).toMatchObject({ action: 'done', actor: 'noticeboard', after: { state: 'done', note: done?.note } });
  });

  it('closes the old task and opens a new one when the renewed certificate is itself short-lived', async () => {
    const server = await serve(leaf(['localhost'], inDays(2)));
    const [source] = probes(server.port);
    await source?.pollOnce();
    server.serve(leaf(['localhost'], inDays(8)));
    clock.advance(DAY);
    await source?.pollOnce();
    const tasks = await store.tasks.list();
    expect(tasks.map((t) => [t.state, t.deadline?.at.toISOString()])).toEqual([
      ['done', inDays(2).toISOString()],
      ['open', inDays(8).toISOString()],
    ]);
  });

  it('keeps a task open while one of the endpoints serving the certificate still serves the old one', async () => {
    const old = leaf(['localhost'], inDays(5));
    const [a, b] = [await serve(old), await serve(old)];
    const [probeA, probeB] = probes(a?.port ?? 0, b?.port ?? 0);
    await probeA?.pollOnce();
    await probeB?.pollOnce();
    expect(await openTasks()).toHaveLength(1);

    const renewed = leaf(['localhost'], inDays(95));
    a?.serve(renewed);
    await probeA?.pollOnce();
    expect(await openTasks()).toHaveLength(1);

    b?.serve(renewed);
    await probeB?.pollOnce();
    expect(await openTasks()).toEqual([]);
  });

  it('closes a security task once the endpoint serves a certificate that verifies', async () => {
    const server = await serve(leaf(['localhost'], inDays(90), stranger));
    const [source] = probes(server.port);
    await source?.pollOnce();
    server.serve(leaf(['localhost'], inDays(90)));
    await source?.pollOnce();
    expect((await store.tasks.list()).map((t) => [t.kind, t.state])).toEqual([['security', 'done']]);
  });

  it('reports a refused connection to source health and opens nothing', async () => {
    const server = await serve(leaf(['localhost'], inDays(5)));
    const [source] = probes(server.port);
    await server.close();
    servers.pop();
    await expect(source?.pollOnce()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await store.tasks.list()).toEqual([]);
    expect(alerts.sent).toEqual([expect.stringContaining(`cert-probe:127.0.0.1:${server.port} is failing: the connection was refused`)]);
  });
});
