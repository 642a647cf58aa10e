import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Clock, Logger, NoticeSink } from '../../app/ports.ts';
import { silentReporter, type SourceReporter } from '../../app/source-health.ts';
import { awsHealthNotice, parseAwsHealthEvent } from './event.ts';

export const AWS_HEALTH_PATH = '/hooks/aws-health';
export const AWS_HEALTH_SOURCE = 'aws-health';
/** EventBridge events are at most 256 KB. */
export const MAX_EVENT_BYTES = 256 * 1024;

export interface AwsHealthDeps {
  /** AWS_HEALTH_WEBHOOK_TOKEN; unset means every request is refused. */
  token: string | undefined;
  sink: NoticeSink;
  clock: Clock;
  log: Logger;
  health?: SourceReporter;
  maxBytes?: number;
}

export interface HookResponse {
  status: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** `Authorization: Bearer <token>`, compared in constant time (digests make the lengths equal). */
export function authorized(headers: IncomingHttpHeaders, token: string | undefined): boolean {
  if (!token) return false;
  const header = headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

const unauthorized: HookResponse = {
  status: 401,
  headers: { 'www-authenticate': 'Bearer' },
  body: { error: 'unauthorized' },
};

/** Method and token, before any of the body is looked at. */
function gate(method: string | undefined, headers: IncomingHttpHeaders, deps: AwsHealthDeps): HookResponse | null {
  if (method !== 'POST') return { status: 405, headers: { allow: 'POST' }, body: { error: 'use POST' } };
  if (authorized(headers, deps.token)) return null;
  deps.log.warn({ source: AWS_HEALTH_SOURCE, configured: Boolean(deps.token) }, 'aws health hook refused');
  return unauthorized;
}

const tooLarge = (max: number): HookResponse => ({
  status: 413,
  headers: { connection: 'close' },
  body: { error: `the body is over ${max} bytes` },
});

/**
 * `POST /hooks/aws-health` without HTTP: authorize, parse, deliver. 200 once the notice is committed;
 * 503 when it could not be, so EventBridge retries; 4xx for what a retry cannot fix.
 */
export async function handleAwsHealth(
  request: { method: string; headers: IncomingHttpHeaders; body: Buffer },
  deps: AwsHealthDeps,
): Promise<HookResponse> {
  const refused = gate(request.method, request.headers, deps);
  if (refused) return refused;
  const max = deps.maxBytes ?? MAX_EVENT_BYTES;
  if (request.body.length > max) return tooLarge(max);
  const parsed = parseAwsHealthEvent(request.body.toString('utf8'));
  if (!parsed.ok) {
    deps.log.warn({ source: AWS_HEALTH_SOURCE, reason: parsed.reason }, 'aws health event rejected');
    return { status: 400, body: { error: parsed.reason } };
  }
  const notice = awsHealthNotice(parsed.event, request.body.length, deps.clock.now());
  const health = deps.health ?? silentReporter;
  try {
    const result = await deps.sink.ingest(notice);
    await health.succeeded(AWS_HEALTH_SOURCE);
    return { status: 200, body: { outcome: result.outcome, noticeId: result.noticeId, eventId: notice.eventId } };
  } catch (err) {
    deps.log.error({ source: AWS_HEALTH_SOURCE, eventId: notice.eventId, err }, 'aws health event not stored');
    await health.failed(AWS_HEALTH_SOURCE, err);
    return { status: 503, headers: { 'retry-after': '30' }, body: { error: 'the event could not be stored; retry' } };
  }
}

/**
 * The node:http binding. The token is checked before the body is read, and the body is read only
 * up to the cap: an unauthenticated or oversized request costs nothing.
 */
export function awsHealthListener(deps: AwsHealthDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const max = deps.maxBytes ?? MAX_EVENT_BYTES;
  const send = (res: ServerResponse, reply: HookResponse): void => {
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body));
  };
  const refuse = (req: IncomingMessage, res: ServerResponse, reply: HookResponse): void => {
    // Answer, then drop the connection rather than read a body nobody wants.
    res.once('finish', () => req.destroy());
    send(res, { ...reply, headers: { ...reply.headers, connection: 'close' } });
  };
  return (req, res) => {
    const refused = gate(req.method, req.headers, deps);
    if (refused) return refuse(req, res, refused);
    if (Number(req.headers['content-length'] ?? 0) > max) return refuse(req, res, tooLarge(max));
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > max) {
        over = true;
        refuse(req, res, tooLarge(max));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      handleAwsHealth({ method: 'POST', headers: req.headers, body: Buffer.concat(chunks) }, deps).then(
        (reply) => send(res, reply),
        (err: unknown) => {
          deps.log.error({ source: AWS_HEALTH_SOURCE, err }, 'aws health hook failed');
          send(res, { status: 500, body: { error: 'internal error' } });
        },
      );
    });
  };
}
