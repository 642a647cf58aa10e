import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

/**
 * Feeds on 127.0.0.1 that speak real HTTP: conditional GETs answered with 304, redirects, HTML
 * error pages, answers that never come, and endless bodies.
 */
export class FeedServer {
  readonly requests: SeenRequest[] = [];
  readonly #routes = new Map<string, Handler>();
  readonly #sockets = new Set<Socket>();
  readonly #server: Server;
  #base = '';

  private constructor(tls?: { cert: Buffer; key: Buffer }) {
    const listener = (req: IncomingMessage, res: ServerResponse): void => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      this.requests.push({ path, headers: req.headers });
      const route = this.#routes.get(path);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      route(req, res);
    };
    this.#server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
    this.#server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  static async start(tls?: { cert: Buffer; key: Buffer }): Promise<FeedServer> {
    const server = new FeedServer(tls);
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    const { port } = server.#server.address() as AddressInfo;
    server.#base = `${tls ? 'https' : 'http'}://${tls ? 'localhost' : '127.0.0.1'}:${port}`;
    return server;
  }

  url(path: string): string {
    return `${this.#base}${path}`;
  }

  route(path: string, handler: Handler): this {
    this.#routes.set(path, handler);
    return this;
  }

  requestsTo(path: string): SeenRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

export interface Document {
  body: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

/** Serves the document current at request time, honouring If-None-Match and If-Modified-Since. */
export function conditional(current: () => Document): Handler {
  return (req, res) => {
    const doc = current();
    const headers: Record<string, string> = { 'content-type': doc.contentType ?? 'application/rss+xml; charset=utf-8' };
    if (doc.etag) headers.etag = doc.etag;
    if (doc.lastModified) headers['last-modified'] = doc.lastModified;
    const etagMatches = doc.etag !== undefined && req.headers['if-none-match'] === doc.etag;
    const sinceMatches =
      req.headers['if-none-match'] === undefined &&
      doc.lastModified !== undefined &&
      req.headers['if-modified-since'] === doc.lastModified;
    if (etagMatches || sinceMatches) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(doc.body);
  };
}

/** Sends headers, then nothing: only a timeout ends the wait. */
export const silence: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  res.flushHeaders();
};

export function redirect(to: string, status = 302): Handler {
  return (_req, res) => res.writeHead(status, { location: to }).end();
}

/**
 * `total` bytes of a feed that never closes its first element, produced as the client reads
 * (backpressure), so 100 MB costs nothing unless someone downloads it. `sent()` tells how far it got.
 */
export function endless(total: number, options: { declareLength?: boolean } = {}): Handler & { sent: () => number } {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const handler: Handler = (_req, res) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/rss+xml' };
    if (options.declareLength) headers['content-length'] = total;
    res.writeHead(200, headers);
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><description>');
    const pump = (): void => {
      while (sent < total && !res.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end('</description></channel></rss>');
    };
    pump();
  };
  return Object.assign(handler, { sent: () => sent });
}

export interface ItemOverrides {
  guid: string;
  title?: string;
  description?: string;
  pubDate?: string;
  link?: string;
}

/** An RSS 2.0 document with the given items, as a status or changelog feed publishes them. */
export function rss(items: ItemOverrides[], title = 'Provider status'): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items.map(
    (i) =>
      `<item><title>${escape(i.title ?? i.guid)}</title><link>${escape(i.link ?? `https://status.provider.example/${i.guid}`)}</link>` +
      `<guid isPermaLink="false">${escape(i.guid)}</guid><pubDate>${i.pubDate ?? 'Tue, 20 Aug 2024 12:00:00 +0000'}</pubDate>` +
      `<description>${escape(i.description ?? `Notice ${i.guid}`)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escape(title)}</title>` +
    `<link>https://status.provider.example</link><description>feed</description>${entries.join('')}</channel></rss>`;
}
