import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conditional, FeedServer, redirect, rss, type Document } from '../../fakes/feed-server.ts';
import type { IngestResult, NoticeSink } from '../../../src/app/ports.ts';
import type { Notice } from '../../../src/domain/notice.ts';
import { buildFeed } from './harness.ts';

describe('FeedSource over HTTP (RSS/Atom)', () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
  });

  afterEach(async () => {
    await server.close();
  });

  const twoItems = (): Document => ({
    body: rss([
      { guid: 'late', title: 'Later notice', pubDate: 'Wed, 21 Aug 2024 12:00:00 +0000' },
      { guid: 'early', title: 'Earlier notice', pubDate: 'Tue, 20 Aug 2024 12:00:00 +0000' },
    ]),
    etag: '"v1"',
    lastModified: 'Wed, 21 Aug 2024 12:00:00 GMT',
  });

  it('delivers each item oldest first, with the feed provider as a hint', async () => {
    server.route('/feed.xml', conditional(twoItems));
    const { source, sink } = buildFeed({ url: server.url('/feed.xml'), provider: 'Example Cloud' });

    await source.pollOnce();

    expect(sink.committed.map((n) => [n.subject, n.source])).toEqual([
      ['Earlier notice', { kind: 'feed', feed: server.url('/feed.xml'), guid: 'early' }],
      ['Later notice', { kind: 'feed', feed: server.url('/feed.xml'), guid: 'late' }],
    ]);
    expect(sink.committed[0]?.hints?.provider).toBe('Example Cloud');
  });

  it('sends If-None-Match and If-Modified-Since on the next poll and delivers nothing on 304', async () => {
    server.route('/feed.xml', conditional(twoItems));
    const { source, sink } = buildFeed({ url: server.url('/feed.xml') });

    await source.pollOnce();
    const second = await source.poll();

    const [, again] = server.requestsTo('/feed.xml');
    expect(again?.headers['if-none-match']).toBe('"v1"');
    expect(again?.headers['if-modified-since']).toBe('Wed, 21 Aug 2024 12:00:00 GMT');
    expect(second).toEqual({ status: 'not-modified', items: 0, delivered: 0 });
    expect(sink.calls).toBe(2);
  });

  it('honours a 304 answered to If-Modified-Since alone', async () => {
    server.route('/dated.xml', conditional(() => ({ ...twoItems(), etag: undefined })));
    const { source } = buildFeed({ url: server.url('/dated.xml') });

    await source.pollOnce();

    expect(await source.poll()).toMatchObject({ status: 'not-modified' });
  });

  it('delivers only the items it has not seen when the feed changes', async () => {
    let doc = twoItems();
    server.route('/feed.xml', conditional(() => doc));
    const { source, sink } = buildFeed({ url: server.url('/feed.xml') });
    await source.pollOnce();

    doc = { body: rss([{ guid: 'newest', title: 'Newest notice' }, { guid: 'late' }, { guid: 'early' }]), etag: '"v2"' };
    const result = await source.poll();

    expect(result).toEqual({ status: 'fetched', items: 3, delivered: 1 });
    expect(sink.calls).toBe(3);
    expect(sink.committed.at(-1)?.subject).toBe('Newest notice');
  });

  it('keeps what was committed and fetches in full again after the sink failed mid-feed', async () => {
    server.route('/feed.xml', conditional(twoItems));
    const store = buildFeed({ url: server.url('/feed.xml') }).sink;
    let failNext = true;
    const flaky: NoticeSink = {
      async ingest(notice: Notice): Promise<IngestResult> {
        if (notice.subject === 'Later notice' && failNext) {
          failNext = false;
          throw new Error('database is locked');
        }
        return store.ingest(notice);
      },
    };
    const { source } = buildFeed({ url: server.url('/feed.xml') }, { sink: flaky });

    await expect(source.pollOnce()).rejects.toThrow('database is locked');
    await source.pollOnce();

    expect(server.requestsTo('/feed.xml')[1]?.headers['if-none-match']).toBeUndefined();
    expect(store.calls).toBe(2);
    expect(store.committed.map((n) => n.subject)).toEqual(['Earlier notice', 'Later notice']);
  });

  it('reads an Atom feed through the same parser', async () => {
    const atom =
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Changelog</title>' +
      '<id>urn:changelog</id><updated>2024-08-20T00:00:00Z</updated><entry><id>urn:changelog:1</id>' +
      '<title>API v1 sunset on 2025-01-31</title><updated>2024-08-20T00:00:00Z</updated><summary>Move to v2.</summary></entry></feed>';
    server.route('/atom', conditional(() => ({ body: atom, contentType: 'application/atom+xml' })));
    const { source, sink } = buildFeed({ url: server.url('/atom'), format: 'atom' });

    await source.pollOnce();

    expect(sink.committed.map((n) => [n.subject, n.source.kind === 'feed' && n.source.guid])).toEqual([
      ['API v1 sunset on 2025-01-31', 'urn:changelog:1'],
    ]);
  });

  it('follows up to five redirects', async () => {
    server.route('/feed.xml', conditional(twoItems));
    for (let i = 1; i <= 5; i += 1) server.route(`/hop${i}`, redirect(i === 5 ? '/feed.xml' : `/hop${i + 1}`, 301));
    const { source, sink } = buildFeed({ url: server.url('/hop1') });

    await source.pollOnce();

    expect(sink.committed).toHaveLength(2);
  });

  it('refuses a sixth redirect and says so', async () => {
    for (let i = 1; i <= 6; i += 1) server.route(`/hop${i}`, redirect(`/hop${i + 1}`));
    const { source, health } = buildFeed({ url: server.url('/hop1') });

    await expect(source.pollOnce()).rejects.toMatchObject({ code: 'too-many-redirects' });
    expect((await health.get(source.id))?.lastError).toMatch(/more than 5 redirects/);
  });
});
