import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../app/ports.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface Route {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix when it ends with `*`. */
  path: string;
  handler: Handler;
}

export function send(res: ServerResponse, status: number, body: string | object, type?: string): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': type ?? (typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json'),
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Reads a request body up to `limit` bytes; past it the promise rejects and the socket is dropped. */
export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.destroy();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) return false;
  return route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : route.path === path;
}

/** One server for every endpoint; each request has its own error boundary. */
export function createHttpServer(routes: Route[], log: Logger): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes.find((r) => matches(r, req.method ?? 'GET', url.pathname));
    if (!route) {
      const known = routes.some((r) => matches({ ...r, method: req.method === 'POST' ? 'POST' : 'GET' }, req.method ?? 'GET', url.pathname));
      send(res, known ? 405 : 404, known ? 'method not allowed\n' : 'not found\n');
      return;
    }
    Promise.resolve()
      .then(() => route.handler(req, res, url))
      .catch((err: unknown) => {
        const ref = Math.random().toString(36).slice(2, 10);
        log.error({ err, ref, path: url.pathname }, 'http handler failed');
        if (!res.headersSent) send(res, err instanceof BodyTooLargeError ? 413 : 500, { ok: false, error: 'internal', ref });
        else res.end();
      });
  });
}

export async function listen(server: Server, port: number, host = '0.0.0.0'): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
