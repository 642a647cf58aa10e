// The least of RFC 6455 a Socket Mode peer needs, on node:http's `upgrade`: the handshake,
// text frames both ways (the client masks, the server does not), ping/pong and close. No
// extensions are offered, so no frame is ever compressed.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface WebSocketPeer {
  send(text: string): void;
  ping(): void;
  close(): void;
  onText: (text: string) => void;
  onClose: () => void;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (length < 126) head[1] = length;
  else if (length < 65_536) {
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Completes the handshake and returns the peer, or null (and answers 400) if it is not a WebSocket request. */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex): WebSocketPeer | null {
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string' || req.headers.upgrade?.toLowerCase() !== 'websocket') {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    return null;
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);

  let closed = false;
  const peer: WebSocketPeer = {
    send: (text) => void (!closed && socket.write(frame(0x1, Buffer.from(text, 'utf8')))),
    ping: () => void (!closed && socket.write(frame(0x9, Buffer.alloc(0)))),
    close: () => {
      if (closed) return;
      closed = true;
      socket.end(frame(0x8, Buffer.from([0x03, 0xe8])));
    },
    onText: () => undefined,
    onClose: () => undefined,
  };

  let buffered = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const parsed = readFrame(buffered);
      if (!parsed) break;
      buffered = buffered.subarray(parsed.consumed);
      if (parsed.opcode === 0x8) {
        if (!closed) socket.end(frame(0x8, parsed.payload.subarray(0, 2)));
        closed = true;
        return;
      }
      if (parsed.opcode === 0x9) socket.write(frame(0xa, parsed.payload));
      if (parsed.opcode === 0x1 || parsed.opcode === 0x0) {
        fragments.push(parsed.payload);
        if (parsed.fin) {
          peer.onText(Buffer.concat(fragments).toString('utf8'));
          fragments = [];
        }
      }
    }
  });
  socket.on('close', () => {
    closed = true;
    peer.onClose();
  });
  socket.on('error', () => socket.destroy());
  return peer;
}

function readFrame(data: Buffer): { fin: boolean; opcode: number; payload: Buffer; consumed: number } | null {
  if (data.length < 2) return null;
  const first = data[0] ?? 0;
  const second = data[1] ?? 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return null;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return null;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (second & 0x80) !== 0;
  const mask = masked ? data.subarray(offset, offset + 4) : null;
  if (masked) offset += 4;
  if (data.length < offset + length) return null;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (mask) for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload, consumed: offset + length };
}
