import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { MemoryCursorStore, MemorySourceHealthStore } from '../../../src/adapters/memory/source-state.ts';
import { ImapSource } from '../../../src/adapters/imap/source.ts';
import { SourceHealth } from '../../../src/app/source-health.ts';
import { IdempotentSink } from '../../support/idempotent-sink.ts';

describe('IMAP source over TLS', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const tls = join(import.meta.dirname, '../../fixtures/tls');
    // An IMAPS greeting behind an expired certificate: the handshake must fail first.
    server = createServer(
      { cert: readFileSync(join(tls, 'expired.pem')), key: readFileSync(join(tls, 'expired-key.pem')) },
      (socket) => socket.end('* OK IMAP ready\r\n'),
    );
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => {
    server.close();
  });

  it('refuses an expired certificate and records which check failed', async () => {
    const store = new MemorySourceHealthStore();
    const clock = new ManualClock('2024-08-20T12:00:00Z');
    const source = new ImapSource({
      mailbox: {
        id: 'tls',
        host: '127.0.0.1',
        port,
        user: 'notices',
        passwordEnv: 'IMAP_PASSWORD',
        tls: true,
        mailbox: 'INBOX',
        processed: { flag: '$Noticeboard' },
        maxMessageBytes: 1024 * 1024,
      },
      password: 'x',
      sink: new IdempotentSink(),
      cursors: new MemoryCursorStore(),
      log: silentLogger,
      clock,
      health: new SourceHealth({ store, clock, log: silentLogger, alerts: { alert: async () => undefined } }),
    });

    await expect(source.pollOnce()).rejects.toThrow();

    expect((await store.get('imap:tls'))?.lastError).toBe('the TLS certificate has expired [CERT_HAS_EXPIRED]');
  });
});
