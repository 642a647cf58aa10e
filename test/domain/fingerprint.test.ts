import { describe, expect, it } from 'vitest';
import { contentHash, fingerprint, normaliseResource, sharedResources, sourceKey, titleStem } from '../../src/domain/fingerprint.ts';
import type { ObligationKey } from '../../src/domain/fingerprint.ts';
import { aDeadline, aNotice } from '../builders/index.ts';

const rdsKey = (overrides: Partial<ObligationKey> = {}): ObligationKey => ({
  provider: 'aws',
  service: 'rds',
  kind: 'certificate',
  deadline: aDeadline('2024-08-22'),
  resources: ['db-orders-1', 'db-billing-2'],
  title: 'Update your Amazon RDS SSL/TLS certificates',
  ...overrides,
});

describe('normaliseResource', () => {
  it.each([
    ['DB-Orders-1', 'db-orders-1'],
    ['  db-orders-1. ', 'db-orders-1'],
    ['<db-orders-1>', 'db-orders-1'],
    ['"arn:aws:rds:us-east-1:123456789012:db:orders",', 'arn:aws:rds:us-east-1:123456789012:db:orders'],
    ['(api.example.com)', 'api.example.com'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseResource(raw)).toBe(expected);
  });

  it('counts shared resources whatever their spelling', () => {
    expect(sharedResources(['DB-orders-1', 'db-x'], ['db-orders-1.', 'db-y'])).toBe(1);
  });
});

describe('fingerprint', () => {
  it('is the same for a re-send listing the resources in another order and case', () => {
    expect(fingerprint(rdsKey({ resources: ['DB-BILLING-2', 'db-orders-1'] }))).toBe(fingerprint(rdsKey()));
  });

  it('ignores the time of day of the deadline', () => {
    expect(fingerprint(rdsKey({ deadline: aDeadline('2024-08-22T17:00:00Z') }))).toBe(fingerprint(rdsKey()));
  });

  it.each<[string, Partial<ObligationKey>]>([
    ['another deadline day', { deadline: aDeadline('2024-08-23') }],
    ['another resource', { resources: ['db-orders-1', 'db-billing-3'] }],
    ['another kind', { kind: 'maintenance' }],
    ['another service', { service: 'aurora' }],
    ['another provider', { provider: 'gcp' }],
  ])('differs for %s', (_label, change) => {
    expect(fingerprint(rdsKey(change))).not.toBe(fingerprint(rdsKey()));
  });

  it('uses the provider event id alone when there is one', () => {
    const eventId = 'arn:aws:health:us-east-1::event/RDS/AWS_RDS_SECURITY_NOTIFICATION/abc';
    expect(fingerprint(rdsKey({ eventId }))).toBe(`event/${eventId}`);
    expect(fingerprint(rdsKey({ eventId, deadline: aDeadline('2025-01-01') }))).toBe(`event/${eventId}`);
  });

  it('tells apart announcements with neither deadline nor resources by their title', () => {
    const a = rdsKey({ deadline: null, resources: [], title: 'New console experience' });
    const b = rdsKey({ deadline: null, resources: [], title: 'Pricing change for backups' });
    const aResent = rdsKey({ deadline: null, resources: [], title: 'Fwd: New console experience [2]' });
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(fingerprint(aResent)).toBe(fingerprint(a));
  });
});

describe('titleStem', () => {
  it.each([
    ['Re: Fwd: [Action Required] Update by 2024-08-22', 'update by'],
    ['RDS   maintenance (us-east-1) on 12/05', 'rds maintenance on'],
  ])('%j → %j', (title, stem) => {
    expect(titleStem(title)).toBe(stem);
  });
});

describe('sourceKey', () => {
  it('names a mailbox message by mailbox, UIDVALIDITY and UID', () => {
    const notice = aNotice({ source: { kind: 'imap', mailbox: 'INBOX', uidValidity: '7', uid: 42 } });
    expect(sourceKey(notice)).toBe('imap:INBOX:7:42');
  });

  it('keeps a feed item with the same guid apart once its content changes', () => {
    const source = { kind: 'feed', feed: 'https://status.example.com/history.rss', guid: 'incident-1' } as const;
    const first = aNotice({ source, text: 'Investigating.' });
    expect(sourceKey(aNotice({ source, text: 'Investigating.' }))).toBe(sourceKey(first));
    expect(sourceKey(aNotice({ source, text: 'Resolved.' }))).not.toBe(sourceKey(first));
  });

  it('hashes content the same whatever the line endings', () => {
    expect(contentHash({ subject: 'A notice ', text: 'line one\r\nline two\r\n' })).toBe(contentHash({ subject: 'A notice', text: 'line one\nline two' }));
    expect(contentHash({ subject: 'A notice', text: 'line one\nline 2' })).not.toBe(contentHash({ subject: 'A notice', text: 'line one\nline two' }));
  });
});
