import type { Extraction } from '../../src/domain/facts.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { ProviderRule, RuleSet, Team } from '../../src/domain/policy.ts';

export const RECEIVED = new Date('2025-03-03T09:00:00Z');

export function aNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    source: { kind: 'file', path: 'notice.eml', index: 0 },
    from: 'no-reply-aws@amazon.com',
    subject: 'Amazon RDS notification',
    receivedAt: RECEIVED,
    text: 'Your DB instance orders-db uses the rds-ca-2019 certificate authority.',
    rawSize: 100,
    ...overrides,
  };
}

export function anExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    provider: null,
    service: null,
    kind: 'informational',
    actionRequired: false,
    deadline: null,
    dates: [],
    resources: [],
    regions: [],
    accounts: [],
    ...overrides,
  };
}

export function aDeadline(day = '2025-04-01'): Extraction['deadline'] {
  return { at: new Date(`${day}T00:00:00Z`), role: 'deadline', precision: 'day', text: day };
}

export function aTeam(id: string, overrides: Partial<Team> = {}): Team {
  return {
    id,
    channel: `#${id}-notices`,
    members: [],
    timeZone: 'UTC',
    workingDays: [1, 2, 3, 4, 5],
    quietHours: null,
    escalation: { users: [], channel: null },
    roles: { owner: [`S0${id.toUpperCase()}OWN`], 'platform-lead': ['U0LEAD0001'], security: ['S0SECURITY1'] },
    ...overrides,
  };
}

export function aRule(id: string, overrides: Partial<ProviderRule> = {}): ProviderRule {
  return {
    id,
    description: `rule ${id}`,
    where: `rules/providers/test.yaml:1`,
    identity: null,
    match: {},
    classify: {},
    patterns: [],
    disposition: 'track',
    priority: 0,
    examples: [],
    ...overrides,
  };
}

export const AWS_IDENTITY = { provider: 'aws', from: /(^|[@.])(amazon|aws)\.com$/i, feed: /aws\.amazon\.com/i, name: /^(aws|amazon)/i };

export function aRuleSet(overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    teams: { platform: aTeam('platform'), data: aTeam('data', { ladder: 'slow', leadTimeMinutes: 30 * 24 * 60 }), security: aTeam('security') },
    roles: { owner: { description: 'does' }, 'platform-lead': { description: 'approves' }, security: { description: 'guards' } },
    ladders: {
      default: { id: 'default', description: 'd', steps: [{ id: 'deadline', offsetMinutes: 0, loudness: 'here', critical: true }], repeatOverdueMinutes: null },
      slow: { id: 'slow', description: 's', steps: [{ id: 'deadline', offsetMinutes: 0, loudness: 'thread', critical: false }], repeatOverdueMinutes: null },
      urgent: { id: 'urgent', description: 'u', steps: [{ id: 'deadline', offsetMinutes: 0, loudness: 'here', critical: true }], repeatOverdueMinutes: 60 },
    },
    rules: [],
    sources: { feeds: [], mailboxes: [], certProbes: [] },
    accounts: {},
    resourceRoutes: [],
    adminChannel: '#noticeboard-admin',
    defaultTeam: 'platform',
    defaultLadder: 'default',
    defaultLeadTimeMinutes: 7 * 24 * 60,
    signoff: { default: ['owner', 'platform-lead'], byKind: { security: ['security'] } },
    ...overrides,
  };
}
