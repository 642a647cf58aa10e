import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { probeCertificate } from '../../../src/adapters/cert-probe/probe.ts';
import { hasOpenssl, makeCa, type TestCa } from '../../support/certs.ts';

const available = hasOpenssl();
if (!available) console.warn('cert probe tests skipped: the openssl command is not installed');

const DAY = 86_400_000;
const servers: Server[] = [];

async function serve(pair: { key: string; cert: string }, chain = ''): Promise<number> {
  const server = createServer({ key: pair.key, cert: pair.cert + chain }, (socket) => socket.end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe.skipIf(!available)('probeCertificate against loopback TLS servers', () => {
  let ca: TestCa;
  const now = Date.now();
  beforeAll(() => {
    ca = makeCa();
  });
  afterAll(() => {
    for (const s of servers) s.close();
  });

  it('reads the expiry of a trusted certificate that expires in 5 days', async () => {
    const notAfter = new Date(Math.floor((now + 5 * DAY) / 1000) * 1000);
    const port = await serve(ca.issue('soon', ['localhost', 'api.localhost'], new Date(now - DAY), notAfter));
    const o = await probeCertificate({ host: '127.0.0.1', port, servername: 'localhost' }, { ca: [ca.cert] });
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.notAfter.toISOString()).toBe(notAfter.toISOString());
    expect(o.names).toEqual(['localhost', 'api.localhost']);
    expect(o.problem).toBeNull();
  });

  it('reports an expired certificate in plain words', async () => {
    const port = await serve(ca.issue('expired', ['localhost'], new Date(now - 30 * DAY), new Date(now - DAY)));
    const o = await probeCertificate({ host: '127.0.0.1', port, servername: 'localhost' }, { ca: [ca.cert] });
    expect(o.ok && o.problem).toEqual({ code: 'CERT_HAS_EXPIRED', reason: 'the certificate has expired' });
  });

  it('reports a chain the CA store does not trust', async () => {
    const stranger = makeCa('stranger CA');
    const port = await serve(stranger.issue('unknown', ['localhost'], new Date(now - DAY), new Date(now + 90 * DAY)));
    const o = await probeCertificate({ host: '127.0.0.1', port, servername: 'localhost' }, { ca: [ca.cert] });
    expect(o.ok && o.problem?.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('reports a certificate that does not name the host', async () => {
    const port = await serve(ca.issue('other', ['other.example'], new Date(now - DAY), new Date(now + 90 * DAY)));
    const o = await probeCertificate({ host: '127.0.0.1', port, servername: 'localhost' }, { ca: [ca.cert] });
    expect(o.ok && o.problem).toEqual({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', reason: 'the certificate does not name this host' });
  });

  it('reports a refused connection without throwing', async () => {
    const port = await serve(ca.issue('gone', ['localhost'], new Date(now - DAY), new Date(now + DAY)));
    servers.pop()?.close();
    const o = await probeCertificate({ host: '127.0.0.1', port }, { timeoutMs: 2000 });
    expect(o).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  });
});
