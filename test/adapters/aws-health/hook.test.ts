import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awsHealthListener, AWS_HEALTH_PATH } from '../../../src/adapters/aws-health/handler.ts';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import type { NoticeSink } from '../../../src/app/ports.ts';
import { IdempotentSink } from '../../support/idempotent-sink.ts';

const TOKEN = 's3cret-token-for-tests';
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/aws-health/rds-planned-lifecycle.json'), 'utf8'),
) as { detail: Record<string, unknown> } & Record<string, unknown>;

/** The fixture event with some detail fields replaced. */
const healthEvent = (detail: Record<string, unknown> = {}, top: Record<string, unknown> = {}) => ({
  ...fixture,
  ...top,
  detail: { ...fixture.detail, ...detail },
});

describe('POST /hooks/aws-health', () => {
  let server: Server;
  let sink: IdempotentSink;
  let url: string;
  let token: string | undefined;
  let failingSink: NoticeSink | null;

  beforeEach(async () => {
    sink = new IdempotentSink();
    token = TOKEN;
    failingSink = null;
    server = createServer((req, res) =>
      awsHealthListener({
        token,
        sink: failingSink ?? sink,
        clock: new ManualClock('2024-08-20T12:00:00Z'),
        log: silentLogger,
        maxBytes: 64 * 1024,
      })(req, res),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${AWS_HEALTH_PATH}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('turns an EventBridge AWS Health event into a notice keyed by its eventArn', async () => {
    const response = await post(healthEvent());

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'created', eventId: fixture.detail.eventArn });
    const [notice] = sink.committed;
    expect(notice).toMatchObject({
      source: { kind: 'aws-health', eventArn: fixture.detail.eventArn },
      eventId: fixture.detail.eventArn,
      subject: 'AWS RDS planned lifecycle event',
      receivedAt: new Date('2024-08-20T09:00:00Z'),
      hints: {
        provider: 'AWS',
        service: 'RDS',
        regions: ['eu-central-1'],
        accounts: ['111122223333'],
        resources: ['orders-primary', 'orders-replica-1', 'arn:aws:rds:eu-central-1:111122223333:db:orders-primary'],
        windowStart: new Date('2024-10-31T00:00:00Z'),
        windowEnd: new Date('2025-02-28T00:00:00Z'),
      },
    });
    expect(notice?.text).toMatch(/^Amazon RDS for PostgreSQL 11 reaches end of standard support/);
  });

  it('delivers an update of the same event as another notice with the same eventId', async () => {
    await post(healthEvent());
    const updated = await post(
      healthEvent({
        lastUpdatedTime: 'Mon, 16 Sep 2024 10:00:00 GMT',
        eventDescription: [{ language: 'en_US', latestDescription: 'Reminder: upgrade before October 31, 2024.' }],
      }),
    );

    expect(updated.status).toBe(200);
    expect(sink.committed.map((n) => n.eventId)).toEqual([fixture.detail.eventArn, fixture.detail.eventArn]);
    expect(sink.committed[1]?.text).toBe('Reminder: upgrade before October 31, 2024.');
  });

  it('treats the identical event sent twice as one notice', async () => {
    await post(healthEvent());
    const again = await post(healthEvent());

    expect(await again.json()).toMatchObject({ outcome: 'duplicate' });
    expect(sink.committed).toHaveLength(1);
  });

  it('keeps every page of a paged event', async () => {
    await post(healthEvent({ page: '1', totalPages: '2' }));
    await post(healthEvent({ page: '2', totalPages: '2', affectedEntities: [{ entityValue: 'orders-replica-2' }] }));

    expect(sink.committed.flatMap((n) => n.hints?.resources ?? [])).toContain('orders-replica-2');
    expect(sink.committed).toHaveLength(2);
  });

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['the token as a prefix', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
    ['the bare token', { authorization: TOKEN }],
  ])('answers 401 to %s and delivers nothing', async (_what, headers) => {
    const response = await post(healthEvent(), headers);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(sink.calls).toBe(0);
  });

  it('answers 401 to everyone when no token is configured', async () => {
    token = undefined;

    expect((await post(healthEvent())).status).toBe(401);
  });

  it.each([
    ['bad JSON', '{"detail": ', /the body is not JSON/],
    ['another event source', healthEvent({}, { source: 'aws.ec2' }), /not an AWS Health event: source/],
    ['an event without an eventArn', healthEvent({ eventArn: '' }), /not an AWS Health event: detail\.eventArn/],
  ])('answers 400 with a reason to %s', async (_what, body, reason) => {
    const response = await post(body);

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(reason);
  });

  it('answers 413 to a body over the cap', async () => {
    const response = await post(healthEvent({ padding: 'x'.repeat(70 * 1024) }));

    expect(response.status).toBe(413);
    expect(sink.calls).toBe(0);
  });

  it('answers 413 to a chunked body once it passes the cap', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 400) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body,
      duplex: 'half',
    } as RequestInit);

    expect(response.status).toBe(413);
    expect(sink.calls).toBe(0);
  });

  it('answers 405 to a GET', async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });

    expect(response.status).toBe(405);
  });

  it('answers 503 so EventBridge retries when the notice cannot be stored', async () => {
    failingSink = { ingest: async () => Promise.reject(new Error('database is locked')) };

    const response = await post(healthEvent());

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
  });
});
