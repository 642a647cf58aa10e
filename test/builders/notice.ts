import type { NewNotice } from '../../src/app/ports.ts';
import type { DatedFact, Extraction } from '../../src/domain/facts.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { Routing } from '../../src/domain/policy.ts';

let uid = 1000;

/** An AWS RDS certificate notice from a mailbox; every call is a distinct delivery (new UID). */
export function aNotice(overrides: Partial<Notice> = {}): Notice {
  const n = ++uid;
  return {
    source: { kind: 'imap', mailbox: 'INBOX', uidValidity: '1', uid: n },
    messageId: `<rds-ca-${n}@notifications.example.com>`,
    from: 'no-reply-aws@amazon.com',
    fromName: 'Amazon Web Services',
    subject: '[Action Required] Update your Amazon RDS SSL/TLS certificates by August 22, 2024',
    receivedAt: new Date('2024-05-01T09:00:00Z'),
    text: 'Your database instances db-orders-1 and db-billing-2 use the rds-ca-2019 certificate, which expires on August 22, 2024.',
    rawSize: 4_096,
    ...overrides,
  };
}

export function aDeadline(at: string, overrides: Partial<DatedFact> = {}): DatedFact {
  const precision = at.length <= 10 ? 'day' : 'minute';
  return { at: new Date(at.length <= 10 ? `${at}T00:00:00Z` : at), role: 'deadline', precision, text: at, ...overrides };
}

export function anExtraction(overrides: Partial<Extraction> = {}): Extraction {
  const deadline = overrides.deadline === undefined ? aDeadline('2024-08-22') : overrides.deadline;
  return {
    provider: 'aws',
    service: 'rds',
    kind: 'certificate',
    actionRequired: true,
    dates: deadline ? [deadline] : [],
    resources: ['db-orders-1', 'db-billing-2'],
    regions: ['us-east-1'],
    accounts: ['123456789012'],
    ...overrides,
    deadline,
  };
}

export function aRouting(overrides: Partial<Routing> = {}): Routing {
  return {
    ruleId: 'aws-rds-certificates',
    disposition: 'track',
    team: 'platform',
    channel: 'C0PLATFORM',
    requiredRoles: ['sre', 'security'],
    ladder: 'standard',
    leadTimeMinutes: 7 * 24 * 60,
    reasons: ['sender no-reply-aws@amazon.com', 'subject mentions RDS'],
    ...overrides,
  };
}

/** A notice as recorded, before the store gives it an id. */
export function aNewNotice(overrides: Partial<NewNotice> = {}): NewNotice {
  const notice = aNotice();
  return {
    sourceKey: `imap:INBOX:1:${notice.source.kind === 'imap' ? notice.source.uid : 0}`,
    source: notice.source,
    messageId: notice.messageId ?? null,
    eventId: null,
    fingerprint: null,
    contentHash: 'c0ffee',
    from: notice.from,
    fromName: notice.fromName ?? null,
    subject: notice.subject,
    url: null,
    receivedAt: notice.receivedAt,
    text: notice.text,
    textTruncated: false,
    rawSize: notice.rawSize,
    extraction: anExtraction(),
    ruleId: 'aws-rds-certificates',
    disposition: 'track',
    taskId: null,
    ingestedAt: new Date('2024-05-01T09:00:05Z'),
    ...overrides,
  };
}
