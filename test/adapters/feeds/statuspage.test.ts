import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statuspageNotices } from '../../../src/adapters/feeds/statuspage.ts';
import { conditional, FeedServer } from '../../fakes/feed-server.ts';
import { buildFeed, feedConfig } from './harness.ts';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../fixtures/statuspage', `${name}.json`), 'utf8');
const NOW = new Date('2024-08-20T12:00:00Z');

describe('statuspageNotices', () => {
  const feed = feedConfig({ id: 'example-cloud', url: 'https://status.cloud.example/api/v2/summary.json' });

  it('turns an upcoming maintenance into a notice with its window as hints', () => {
    const [notice] = statuspageNotices(fixture('scheduled-maintenances-upcoming'), feed, NOW);

    expect(notice).toMatchObject({
      source: { kind: 'feed', feed: feed.url, guid: 'w3c7l2ycqz1m@2024-08-19T16:02:11.401Z' },
      eventId: 'statuspage:kctbh9vrtdwd:w3c7l2ycqz1m',
      subject: 'Scheduled maintenance: Database cluster upgrade in fra1',
      fromName: 'Example Cloud',
      receivedAt: new Date('2024-08-19T16:02:11.401Z'),
      url: 'https://stspg.io/x1y2z3',
      hints: {
        kind: 'maintenance',
        provider: 'Example Cloud',
        service: 'Managed Databases',
        windowStart: new Date('2024-09-03T01:00:00Z'),
        windowEnd: new Date('2024-09-03T05:00:00Z'),
      },
    });
    expect(notice?.text).toContain('Scheduled for 2024-09-03T01:00:00.000Z until 2024-09-03T05:00:00.000Z.');
    expect(notice?.text).toContain('Expect a failover of up to 30 seconds per cluster.');
  });

  it('turns an unresolved incident into a notice with every update, newest first', () => {
    const [notice] = statuspageNotices(fixture('incidents-unresolved'), feed, NOW);

    expect(notice?.subject).toBe('Incident: Elevated API error rates');
    expect(notice?.hints).toEqual({ kind: 'incident', provider: 'Example Cloud' });
    expect(notice?.text.indexOf('faulty load balancer')).toBeLessThan(notice?.text.indexOf('investigating elevated') ?? 0);
    expect(notice?.text).toContain('Affected components: API, Control Panel.');
  });

  it('lets the configured provider name win over the page name', () => {
    const [notice] = statuspageNotices(fixture('incidents-unresolved'), { ...feed, provider: 'ExampleCo' }, NOW);

    expect(notice?.hints?.provider).toBe('ExampleCo');
  });

  it.each([
    ['not JSON', '{"incidents": [', /not valid JSON/],
    ['JSON of another shape', '{"status": {"indicator": "none"}}', /no incidents or scheduled_maintenances/],
    ['an incident without an id', '{"incidents": [{"name": "x"}]}', /not a Statuspage document \(incidents\.0\.id/],
  ])('refuses %s', (_what, body, words) => {
    expect(() => statuspageNotices(body, feed, NOW)).toThrow(words);
  });
});

describe('FeedSource on a Statuspage API', () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
  });

  afterEach(async () => {
    await server.close();
  });

  it('delivers an incident again when it is updated, under the same eventId', async () => {
    let body = fixture('incidents-unresolved');
    server.route('/api/v2/incidents/unresolved.json', conditional(() => ({ body, contentType: 'application/json' })));
    const { source, sink } = buildFeed({ url: server.url('/api/v2/incidents/unresolved.json') });

    await source.pollOnce();
    await source.pollOnce();
    body = body.replace('"updated_at": "2024-08-20T09:10:00.000Z"', '"updated_at": "2024-08-20T10:30:00.000Z"');
    await source.pollOnce();

    expect(sink.committed.map((n) => n.eventId)).toEqual([
      'statuspage:kctbh9vrtdwd:9s2d1tq0r7vb',
      'statuspage:kctbh9vrtdwd:9s2d1tq0r7vb',
    ]);
    expect(sink.committed.map((n) => n.receivedAt.toISOString())).toEqual([
      '2024-08-20T09:10:00.000Z',
      '2024-08-20T10:30:00.000Z',
    ]);
  });

  it('refuses an HTML page where Statuspage JSON was configured', async () => {
    server.route('/api/v2/summary.json', conditional(() => ({ body: '<html>Moved</html>', contentType: 'text/html' })));
    const { source } = buildFeed({ url: server.url('/api/v2/summary.json'), format: 'statuspage' });

    await expect(source.pollOnce()).rejects.toThrow(/expected a feed but got an HTML page/);
  });
});
