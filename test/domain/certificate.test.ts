import { describe, expect, it } from 'vitest';
import {
  certificateNotices,
  decodeRecord,
  encodeRecord,
  expiryNotice,
  problemNotice,
  resolvedBy,
  type CertificateReading,
  type EndpointRecord,
} from '../../src/domain/certificate.ts';
import { contentHash } from '../../src/domain/fingerprint.ts';
import { aDeadline } from '../builders/index.ts';

const NOW = new Date('2025-03-01T10:00:00Z');
const DAY = 86_400_000;
const HORIZON = 30 * DAY;

function aReading(overrides: Partial<CertificateReading> = {}): CertificateReading {
  return {
    ok: true,
    target: { host: 'api.example.com', port: 443 },
    notAfter: new Date(NOW.getTime() + 5 * DAY),
    notBefore: new Date(NOW.getTime() - 85 * DAY),
    subject: 'api.example.com',
    names: ['api.example.com', 'www.example.com'],
    issuer: 'R11',
    issuerOrganization: "Let's Encrypt",
    fingerprint256: 'AB:CD:EF:01:23:45',
    problem: null,
    ...overrides,
  };
}

const record = (overrides: Partial<EndpointRecord> = {}): EndpointRecord => ({
  notAfter: new Date('2025-06-01T00:00:00Z'),
  fingerprint: 'AB',
  problem: null,
  observedAt: NOW,
  ...overrides,
});

describe('the notice an expiring certificate becomes', () => {
  const notice = expiryNotice(aReading(), NOW);

  it('names the endpoint and the expiry, with the expiry as a deadline to the second', () => {
    expect(notice).toMatchObject({
      source: { kind: 'cert-probe', target: 'api.example.com:443' },
      subject: 'TLS certificate for api.example.com:443 expires on 2025-03-06 10:00:00 UTC',
      eventId: 'cert-expiry:api.example.com:443:2025-03-06T10:00:00.000Z',
      hints: {
        provider: "Let's Encrypt",
        service: 'certificate',
        kind: 'certificate',
        resources: ['api.example.com:443', 'api.example.com', 'www.example.com'],
        deadline: { at: new Date('2025-03-06T10:00:00Z'), precision: 'second', text: 'expires on 2025-03-06 10:00:00 UTC' },
      },
    });
  });

  it('reads the same on the next probe, so probing again is no new notice', () => {
    expect(contentHash(expiryNotice(aReading(), new Date(NOW.getTime() + 6 * 3600_000)))).toBe(contentHash(notice));
  });

  it('is about the endpoint and expiry, not the key: a re-issued certificate with the same expiry keeps the event', () => {
    expect(expiryNotice(aReading({ fingerprint256: '99:88' }), NOW).eventId).toBe(notice.eventId);
  });

  it('says "TLS endpoint" when the certificate names no organisation as issuer', () => {
    expect(expiryNotice(aReading({ issuerOrganization: null }), NOW).hints?.provider).toBe('TLS endpoint');
  });

  it('names the SNI endpoint too when it differs from the host', () => {
    const viaAddress = expiryNotice(aReading({ target: { host: '10.0.0.5', port: 8443, servername: 'api.example.com' } }), NOW);
    expect(viaAddress.hints?.resources?.slice(0, 2)).toEqual(['10.0.0.5:8443', 'api.example.com:8443']);
    expect(viaAddress.text).toContain('10.0.0.5:8443 (SNI name api.example.com)');
  });
});

describe('which observations open tasks', () => {
  it.each([
    ['expiring exactly at the horizon', HORIZON, ['certificate']],
    ['expiring 1 ms beyond the horizon', HORIZON + 1, []],
    ['expired a day ago', -DAY, ['certificate']],
  ])('a trusted certificate %s', (_case, offset, kinds) => {
    const notices = certificateNotices(aReading({ notAfter: new Date(NOW.getTime() + offset) }), { now: NOW, horizonMs: HORIZON });
    expect(notices.map((n) => n.hints?.kind)).toEqual(kinds);
  });

  it.each([
    ['an unknown CA', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 90 * DAY, ['security'], NOW],
    ['a name mismatch on a certificate expiring in 2 days', 'ERR_TLS_CERT_ALTNAME_INVALID', 2 * DAY, ['security', 'certificate'], NOW],
    ['a self-signed certificate that expired an hour ago', 'DEPTH_ZERO_SELF_SIGNED_CERT', -3600_000, ['security', 'certificate'], new Date(NOW.getTime() - 3600_000)],
    ['an expired certificate alone', 'CERT_HAS_EXPIRED', -DAY, ['certificate'], null],
  ])('%s', (_case, code, offset, kinds, securityDeadline) => {
    const reading = aReading({ notAfter: new Date(NOW.getTime() + offset), problem: { code, reason: 'words' } });
    const notices = certificateNotices(reading, { now: NOW, horizonMs: HORIZON });
    expect(notices.map((n) => n.hints?.kind)).toEqual(kinds);
    expect(problemNotice(reading, NOW)?.hints?.deadline?.at ?? null).toEqual(securityDeadline);
  });

  it('never uses the word for expiry in a security notice, so expiry rules do not claim it', () => {
    const notice = problemNotice(aReading({ problem: { code: 'ERR_TLS_CERT_ALTNAME_INVALID', reason: 'the certificate does not name this host' } }), NOW);
    expect(`${notice?.subject}\n${notice?.text}`).not.toMatch(/expir/i);
  });
});

describe('resolvedBy: whether what the endpoint now serves settles a task', () => {
  const expiring = { kind: 'certificate' as const, deadline: aDeadline('2025-03-06T10:00:00Z', { precision: 'second' }) };
  it.each([
    ['an expiry task, a later expiry', expiring, record({ notAfter: new Date('2025-06-01T00:00:00Z') }), true],
    ['an expiry task, the same expiry', expiring, record({ notAfter: new Date('2025-03-06T10:00:00Z') }), false],
    ['an expiry task, a later expiry that fails verification', expiring, record({ problem: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), true],
    ['a security task, verifying', { kind: 'security' as const, deadline: null }, record(), true],
    ['a security task, expired but trusted', { kind: 'security' as const, deadline: null }, record({ problem: 'CERT_HAS_EXPIRED' }), true],
    ['a security task, still untrusted', { kind: 'security' as const, deadline: null }, record({ problem: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), false],
    ['a task of another kind', { kind: 'maintenance' as const, deadline: null }, record(), false],
  ])('%s', (_case, task, observed, expected) => {
    expect(resolvedBy(task, observed)).toBe(expected);
  });
});

describe('endpoint records', () => {
  it('survive a round trip, and anything unreadable is no record', () => {
    const r = record({ problem: 'CERT_HAS_EXPIRED' });
    expect(decodeRecord(encodeRecord(r))).toEqual(r);
    expect(decodeRecord(null)).toBeNull();
    expect(decodeRecord('{"notAfter":"soon"}')).toBeNull();
    expect(decodeRecord('not json')).toBeNull();
  });
});
