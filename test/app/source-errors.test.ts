import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { connect, createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSourceError } from '../../src/app/source-errors.ts';

const tlsDir = join(import.meta.dirname, '../fixtures/tls');
const pem = (name: string): Buffer => readFileSync(join(tlsDir, `${name}.pem`));

/** A loopback TLS server presenting one certificate, and the error a client gets from it. */
async function handshakeError(cert: string, client: { ca?: Buffer; servername?: string }): Promise<unknown> {
  const server: Server = createServer({ cert: pem(cert), key: pem(`${cert}-key`) }, (s) => s.end());
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port, servername: client.servername ?? 'localhost', ca: client.ca });
      socket.once('secureConnect', () => {
        socket.end();
        resolve(null);
      });
      socket.once('error', resolve);
    });
  } finally {
    server.close();
  }
}

describe('describeSourceError against real TLS handshakes', () => {
  const trustedCa = (): Buffer => pem('ca');

  it.each([
    ['a self-signed certificate', 'self-signed', {}, /self-signed \[DEPTH_ZERO_SELF_SIGNED_CERT\]/],
    ['a certificate from an unknown CA', 'localhost', {}, /unknown CA .*\[UNABLE_TO_VERIFY_LEAF_SIGNATURE\]/],
    ['an expired certificate', 'expired', { ca: 'trusted' }, /has expired \[CERT_HAS_EXPIRED\]/],
    ['a certificate for another host', 'localhost', { ca: 'trusted', servername: 'status.example.org' }, /does not match the host name .*\[ERR_TLS_CERT_ALTNAME_INVALID\]/],
  ] as const)('names %s', async (_what, cert, client, words) => {
    const ca = 'ca' in client ? trustedCa() : undefined;
    const servername = 'servername' in client ? client.servername : undefined;

    const err = await handshakeError(cert, { ca, servername });

    expect(err).not.toBeNull();
    expect(describeSourceError(err)).toMatch(words);
  });

  it('connects cleanly to a trusted certificate for the right host (the fixtures are sound)', async () => {
    expect(await handshakeError('localhost', { ca: trustedCa() })).toBeNull();
  });
});

describe('describeSourceError on other failures', () => {
  const withCause = (message: string, cause: object): Error => new Error(message, { cause });

  it.each([
    ['fetch wrapping a refused connection', withCause('fetch failed', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })), /connection was refused \[ECONNREFUSED\]/],
    ['an unknown host', Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND', hostname: 'status.nowhere.example' }), /does not resolve \(status.nowhere.example\)/],
    ['an IMAP login refusal', Object.assign(new Error('Authentication failed'), { authenticationFailed: true, responseText: 'Authentication failed.' }), /login was refused .*Authentication failed\./],
    ['an IMAP command refusal', Object.assign(new Error('Command failed'), { responseText: "Mailbox doesn't exist: Notices" }), /server refused: Mailbox doesn't exist: Notices/],
    ['a plain error', new Error('feed body is larger than 1048576 bytes'), /^feed body is larger than 1048576 bytes$/],
    ['a thrown string', 'boom', /^boom$/],
  ])('describes %s', (_what, err, words) => {
    expect(describeSourceError(err)).toMatch(words);
  });
});
