// Socket Mode as Slack runs it: `apps.connections.open` (app-level token) hands out a WebSocket
// URL; the connection opens with `hello`; each slash command, interaction or event arrives in an
// envelope the app must acknowledge with its `envelope_id`, optionally with a response payload.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { acceptWebSocket, type WebSocketPeer } from './websocket.ts';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export const SOCKET_MODE_PATH = '/socket-mode';
const PING_EVERY_MS = 10_000;

export class SocketModeHub {
  readonly #tickets = new Set<string>();
  readonly #peers = new Set<WebSocketPeer>();
  readonly #acks = new Map<string, (payload: unknown) => void>();
  readonly #connected: (() => void)[] = [];
  readonly #pinger: NodeJS.Timeout;

  constructor(private readonly appId: string) {
    // Slack pings; a client that hears nothing for a while reconnects
    this.#pinger = setInterval(() => this.#peers.forEach((p) => p.ping()), PING_EVERY_MS);
    this.#pinger.unref();
  }

  /** What apps.connections.open answers: a one-time URL on this server. */
  open(baseUrl: string): string {
    const ticket = randomUUID();
    this.#tickets.add(ticket);
    return `${baseUrl.replace(/^http/, 'ws')}${SOCKET_MODE_PATH.slice(1)}?ticket=${ticket}`;
  }

  get connections(): number {
    return this.#peers.size;
  }

  /** Resolves once an app is connected (after its `hello`). */
  connected(): Promise<void> {
    if (this.#peers.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.#connected.push(resolve));
  }

  upgrade(req: IncomingMessage, socket: Duplex): void {
    const ticket = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('ticket') ?? '';
    if (!this.#tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    const peer = acceptWebSocket(req, socket);
    if (!peer) return;
    this.#peers.add(peer);
    peer.onClose = () => this.#peers.delete(peer);
    peer.onText = (text) => this.#onText(text);
    peer.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.#peers.size,
        debug_info: { host: 'loopback', approximate_connection_time: 3600 },
        connection_info: { app_id: this.appId },
      }),
    );
    this.#connected.splice(0).forEach((resolve) => resolve());
  }

  /** Send one envelope to a connected app; resolves with what it acknowledged (`ack(…)` content, if any). */
  deliver(type: EnvelopeType, payload: unknown): Promise<unknown> {
    const [peer] = this.#peers;
    if (!peer) return Promise.reject(new Error('no Socket Mode connection'));
    const envelopeId = randomUUID();
    const acked = new Promise<unknown>((resolve) => this.#acks.set(envelopeId, resolve));
    peer.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  close(): void {
    clearInterval(this.#pinger);
    this.#peers.forEach((p) => p.close());
    this.#peers.clear();
  }

  #onText(text: string): void {
    let message: { envelope_id?: unknown; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (typeof message.envelope_id !== 'string') return;
    const resolve = this.#acks.get(message.envelope_id);
    this.#acks.delete(message.envelope_id);
    resolve?.(message.payload);
  }
}
