import { createServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';

export interface TlsEndpoint {
  port: number;
  /** Serve another certificate on the same port: new handshakes see it. */
  serve(pair: { key: string; cert: string }): void;
  close(): Promise<void>;
}

/** A TLS server on 127.0.0.1 that completes the handshake and hangs up. */
export async function tlsEndpoint(pair: { key: string; cert: string }): Promise<TlsEndpoint> {
  const server: Server = createServer({ key: pair.key, cert: pair.cert }, (socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    serve: (next) => server.setSecureContext({ key: next.key, cert: next.cert }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
