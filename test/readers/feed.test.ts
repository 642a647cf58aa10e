import { describe, expect, it } from 'vitest';
import { parseFeed, decodeFeedBytes, ReaderError, type ReadErrorCode } from '../../src/readers/index.ts';
import { fixture } from './fixtures.ts';

const xml = (name: string): string => decodeFeedBytes(fixture(name));

describe('parseFeed', () => {
  it('reads each RSS item as a notice', () => {
    const [first, second, ...rest] = parseFeed(xml('rss.xml'), '');
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      source: { kind: 'feed', feed: 'https://status.example-cloud.com/history.rss', guid: 'm-101' },
      messageId: 'm-101',
      from: 'https://status.example-cloud.com/history.rss',
      fromName: 'Example Cloud Status',
      subject: 'Scheduled maintenance: object storage in eu-central-1',
      receivedAt: new Date('2024-03-05T17:00:00Z'),
      url: 'https://status.example-cloud.com/incidents/m-101',
      text: 'Scheduled - We will upgrade storage nodes on March 20, 2024 from 01:00 to 03:00 UTC.\n\nBuckets stay readable & writable.',
    });
    // A plain-text description keeps its line breaks.
    expect(second?.text).toBe('API v1 is retired on\nSeptember 1, 2024.\n\nMove to v2 before then.');
    expect(second?.messageId).toBe('https://status.example-cloud.com/incidents/d-7');
    expect(first?.rawSize).toBeGreaterThan(100);
  });

  it('reads Atom entries, preferring content to summary and published to updated', () => {
    const [first, second] = parseFeed(xml('atom.xml'), '');
    expect(first).toMatchObject({
      source: { kind: 'feed', feed: 'https://changelog.example.dev/feed.atom', guid: 'tag:changelog.example.dev,2024:node18-eol' },
      from: 'https://changelog.example.dev/feed.atom',
      subject: 'Node.js 18 builds end on April 30, 2024',
      receivedAt: new Date('2024-03-01T08:00:00Z'),
      text: 'Builds on Node.js 18 stop on April 30, 2024.\n\n- Set engines to 20\n- Redeploy',
      url: 'https://changelog.example.dev/node18-eol',
    });
    expect(second).toMatchObject({ receivedAt: new Date('2024-03-04T10:00:00Z'), text: 'The intermediate certificate changes on May 1, 2024.' });
  });

  it('names the feed by the URL it was fetched from when given one', () => {
    const [first] = parseFeed(xml('rss.xml'), 'https://Status.Example-Cloud.com/feed');
    expect(first?.from).toBe('https://status.example-cloud.com/feed');
    expect(first?.source).toMatchObject({ feed: 'https://Status.Example-Cloud.com/feed' });
  });

  it.each<[string, ReadErrorCode, RegExp]>([
    ['entity-bomb.xml', 'entity-declaration', /declares entities/],
    ['external-entity.xml', 'entity-declaration', /external entity/],
    ['html-page.xml', 'html-not-feed', /HTML page, not a feed \(the page names its feed: https:\/\/status\.example-cloud\.com\/history\.rss\)/],
  ])('refuses %s before parsing it (%s)', (name, code, message) => {
    expect(() => parseFeed(xml(name), '')).toThrow(ReaderError);
    expect(() => parseFeed(xml(name), '')).toThrow(message);
    try {
      parseFeed(xml(name), '');
    } catch (err) {
      expect(err).toMatchObject({ code });
    }
  });

  it.each([
    ['an unknown root element', '<?xml version="1.0"?><catalog><book/></catalog>', /root element is <catalog>/],
    ['no element at all', 'just words', /no XML element found/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseFeed(text, '')).toThrow(message);
  });

  it('accepts a DOCTYPE that declares no entities', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.com/rss-0.91.dtd">' +
      '<rss version="0.91"><channel><title>Old</title><link>https://old.example</link><item><title>Hi</title><description>Body</description><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>';
    expect(parseFeed(doc, '').map((n) => n.subject)).toEqual(['Hi']);
  });

  it('reads a feed of thousands of items in time linear in their number', () => {
    const items = Array.from({ length: 8000 }, (_, i) =>
      `<item><title>Notice ${i}</title><link>/n/${i}</link><guid>n-${i}</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>db-${i}</description></item>`,
    ).join('\n');
    const doc = `<rss version="2.0"><channel><title>Many</title><link>https://many.example</link>${items}</channel></rss>`;
    const started = performance.now();
    const notices = parseFeed(doc, '');
    // Read per item, the parser's feed-level fields made this quadratic: minutes, not a second or two.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(notices).toHaveLength(8000);
    expect(notices[7999]).toMatchObject({ url: 'https://many.example/n/7999', fromName: 'Many' });
  });

  const undated = '<rss version="2.0"><channel><title>T</title><link>https://t.example</link><item><title>Undated</title><description>x</description></item></channel></rss>';

  it('dates an undated item with the fallback date', () => {
    const fallbackDate = new Date('2024-06-01T00:00:00Z');
    expect(parseFeed(undated, '', { fallbackDate })[0]?.receivedAt).toEqual(fallbackDate);
  });

  it('refuses an undated item when neither the feed nor the caller gives a date', () => {
    expect(() => parseFeed(undated, '')).toThrow(/has no date/);
  });
});

describe('decodeFeedBytes', () => {
  const doc = '<?xml version="1.0"?><rss><channel><title>Caf\u00e9 \u2013 status</title></channel></rss>';

  it.each([
    ['UTF-8', Buffer.from(doc, 'utf8')],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc, 'utf8')])],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')])],
    ['windows-1252 declared', Buffer.from(doc.replace('version="1.0"', 'version="1.0" encoding="windows-1252"').replace('\u2013', '\x96'), 'latin1')],
  ])('%s', (_name, bytes) => {
    expect(decodeFeedBytes(bytes)).toContain('Café – status');
  });

  it('refuses binary data', () => {
    expect(() => decodeFeedBytes(Buffer.from([0x3c, 0x00, 0x01, 0x02]))).toThrow(/binary data/);
  });
});
