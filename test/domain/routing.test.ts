import { describe, expect, it } from 'vitest';
import type { ProviderRule } from '../../src/domain/policy.ts';
import { NO_RULE, patternsFor, route } from '../../src/domain/routing.ts';
import { aDeadline, aNotice, anExtraction, aRule, aRuleSet, aTeam, AWS_IDENTITY } from './routing-builders.ts';

const DAY = 24 * 60;

describe('route: which rule wins', () => {
  it('takes the highest priority among the rules that match', () => {
    const rules = aRuleSet({ rules: [aRule('specific', { priority: 100, match: { text: [/certificate authority/i] } }), aRule('catch-all', { priority: -1000 })] });

    expect(route(aNotice(), anExtraction(), rules).ruleId).toBe('specific');
  });

  it('skips a higher rule whose conditions do not all hold', () => {
    const rules = aRuleSet({
      rules: [aRule('both', { priority: 100, match: { text: [/certificate authority/i, /Aurora/i] } }), aRule('one', { priority: 50, match: { text: [/certificate authority/i] } })],
    });

    expect(route(aNotice(), anExtraction(), rules).ruleId).toBe('one');
  });

  it('lists the lower rules that also matched', () => {
    const rules = aRuleSet({ rules: [aRule('first', { priority: 2 }), aRule('second', { priority: 1 })] });

    expect(route(aNotice(), anExtraction(), rules).reasons).toContain('also matched, lower in precedence: second (1)');
  });

  it.each([
    ['a deadline', anExtraction({ deadline: aDeadline() }), 'track'],
    ['action required', anExtraction({ actionRequired: true }), 'track'],
    ['neither', anExtraction(), 'fyi'],
  ] as const)('without any matching rule, a notice with %s is %s, never ignored', (_what, extraction, disposition) => {
    const routing = route(aNotice(), extraction, aRuleSet());

    expect(routing).toMatchObject({ ruleId: NO_RULE, disposition, team: 'platform' });
  });
});

describe('route: match conditions', () => {
  const only = (rule: ProviderRule) => aRuleSet({ rules: [rule] });
  const matches = (rule: ProviderRule, notice = aNotice(), extraction = anExtraction()) => route(notice, extraction, only(rule)).ruleId === rule.id;

  it.each([
    ['sender', { from: [/@amazon\.com$/i] }, true],
    ['sender, other', { from: [/@google\.com$/i] }, false],
    ['subject', { subject: [/RDS/i] }, true],
    ['body', { body: [/rds-ca-2019/i] }, true],
    ['body is not the subject', { body: [/notification/i] }, false],
    ['text covers the subject', { text: [/notification/i] }, true],
    ['source', { source: ['file' as const] }, true],
    ['source, other', { source: ['feed' as const] }, false],
  ])('%s', (_name, match, expected) => {
    expect(matches(aRule('r', { match }))).toBe(expected);
  });

  it.each([
    ['kind', { kind: ['certificate' as const] }, anExtraction({ kind: 'certificate' }), true],
    ['kind, other', { kind: ['billing' as const] }, anExtraction({ kind: 'certificate' }), false],
    ['service', { service: [/^rds$/i] }, anExtraction({ service: 'RDS' }), true],
    ['service unknown', { service: [/^rds$/i] }, anExtraction(), false],
    ['provider', { provider: ['aws'] }, anExtraction({ provider: 'AWS' }), true],
    ['resource', { resource: [/^arn:aws:rds:/] }, anExtraction({ resources: ['orders-db', 'arn:aws:rds:eu-west-1:123456789012:db:orders'] }), true],
    ['resource, none', { resource: [/^arn:aws:rds:/] }, anExtraction({ resources: ['orders-db'] }), false],
    ['deadline found', { deadline: true }, anExtraction({ deadline: aDeadline() }), true],
    ['deadline absent', { deadline: false }, anExtraction({ deadline: aDeadline() }), false],
    ['action required', { actionRequired: true }, anExtraction({ actionRequired: true }), true],
    ['no action required', { actionRequired: false }, anExtraction({ actionRequired: true }), false],
  ])('%s', (_name, match, extraction, expected) => {
    expect(matches(aRule('r', { match }), aNotice(), extraction)).toBe(expected);
  });

  it('matches phrases across the line breaks of hard-wrapped mail', () => {
    const notice = aNotice({ text: 'Lambda will end\nsupport for Node.js 18 on September 1, 2025.' });

    expect(matches(aRule('r', { match: { body: [/end support/i] } }), notice)).toBe(true);
  });

  it.each([
    ['the sender', aNotice(), anExtraction(), true],
    ['a structured source naming the provider', aNotice({ from: 'events@eventbridge.invalid', hints: { provider: 'aws' } }), anExtraction(), true],
    ['extraction naming the provider', aNotice({ from: 'ops@example.com' }), anExtraction({ provider: 'Amazon Web Services' }), true],
    ['the feed', aNotice({ from: 'https://aws.amazon.com/new/feed/', source: { kind: 'feed', feed: 'https://aws.amazon.com/new/feed/', guid: 'x' } }), anExtraction(), true],
    ['nothing', aNotice({ from: 'ops@example.com' }), anExtraction(), false],
  ])('a provider file recognises its notices by %s', (_by, notice, extraction, expected) => {
    expect(matches(aRule('aws-any', { identity: AWS_IDENTITY }), notice, extraction)).toBe(expected);
  });

  it('says in its reasons what matched', () => {
    const rule = aRule('aws-rds', { identity: AWS_IDENTITY, match: { text: [/certificate authorit/i], kind: ['certificate'] } });

    const { reasons } = route(aNotice(), anExtraction({ kind: 'certificate' }), only(rule));

    expect(reasons.slice(0, 4)).toEqual([
      'rule aws-rds (priority 0, rules/providers/test.yaml:1): rule aws-rds',
      '  provider aws: sender "no-reply-aws@amazon.com" matches /(^|[@.])(amazon|aws)\\.com$/',
      '  text matches /certificate authorit/ ("certificate authorit")',
      '  kind is certificate',
    ]);
  });
});

describe('route: team and channel', () => {
  const feedNotice = aNotice({ source: { kind: 'feed', feed: 'db-status', guid: 'g1' }, from: 'https://status.example.com/feed' });
  const arn = 'arn:aws:rds:eu-west-1:210987654321:db:orders';
  const base = aRuleSet({
    accounts: { '123456789012': 'security', '210987654321': 'data' },
    resourceRoutes: [{ pattern: /^orders-/, team: 'data' }],
    sources: { feeds: [{ id: 'db-status', url: 'https://status.example.com/feed', format: 'detect', intervalMinutes: 15, team: 'data' }], mailboxes: [], certProbes: [] },
  });

  it.each([
    ['the rule names it', { rules: [aRule('r', { team: 'security' })] }, aNotice(), anExtraction({ accounts: ['210987654321'] }), 'security', 'named by the rule'],
    ['the feed belongs to it', {}, feedNotice, anExtraction({ accounts: ['123456789012'] }), 'data', 'feed db-status belongs to it'],
    ['an account maps to it', {}, aNotice(), anExtraction({ accounts: ['123456789012'], resources: ['orders-db'] }), 'security', 'account 123456789012 belongs to it'],
    ['an ARN names a mapped account', {}, aNotice(), anExtraction({ resources: [arn] }), 'data', 'account 210987654321 belongs to it'],
    ['a resource route matches', {}, aNotice(), anExtraction({ resources: ['orders-db'] }), 'data', 'resource "orders-db" matches /^orders-/'],
    ['nothing names one', {}, aNotice(), anExtraction({ accounts: ['999999999999'] }), 'platform', 'default team (no rule, source, account or resource names one)'],
  ])('when %s', (_when, overrides, notice, extraction, team, why) => {
    const routing = route(notice, extraction, { ...base, ...overrides });

    expect(routing.team).toBe(team);
    expect(routing.channel).toBe(`#${team}-notices`);
    expect(routing.reasons).toContain(`team ${team}: ${why}`);
  });

  it("posts in the rule's own channel when it names one", () => {
    const rules = aRuleSet({ rules: [aRule('r', { channel: '#db-upgrades' })] });

    expect(route(aNotice(), anExtraction(), rules)).toMatchObject({ team: 'platform', channel: '#db-upgrades' });
  });

  it('gives a certificate probe to its team', () => {
    const rules = aRuleSet({ sources: { feeds: [], mailboxes: [], certProbes: [{ host: 'shop.example.com', port: 443, team: 'security', intervalMinutes: 60 }] } });
    const notice = aNotice({ source: { kind: 'cert-probe', target: 'shop.example.com:443' } });

    expect(route(notice, anExtraction(), rules).team).toBe('security');
  });
});

describe('route: sign-off, ladder and lead time', () => {
  it.each([
    ['the default roles', aRule('r'), anExtraction(), ['owner', 'platform-lead']],
    ["the rule's roles", aRule('r', { signoff: ['owner'] }), anExtraction(), ['owner']],
    ['security added for a security notice', aRule('r', { signoff: ['owner'] }), anExtraction({ kind: 'security' }), ['owner', 'security']],
    ['security added when the rule classifies it so', aRule('r', { classify: { kind: 'security' } }), anExtraction(), ['owner', 'platform-lead', 'security']],
    ['no role twice', aRule('r', { signoff: ['security', 'owner'] }), anExtraction({ kind: 'security' }), ['security', 'owner']],
  ])('requires %s', (_what, rule, extraction, roles) => {
    expect(route(aNotice(), extraction, aRuleSet({ rules: [rule] })).requiredRoles).toEqual(roles);
  });

  it.each([
    ['the rule', aRule('r', { ladder: 'urgent', leadTimeMinutes: 0, team: 'data' }), 'urgent', 0],
    ["the team's", aRule('r', { team: 'data' }), 'slow', 30 * DAY],
    ['the default', aRule('r', { team: 'platform' }), 'default', 7 * DAY],
  ])('takes the ladder and lead time from %s', (_from, rule, ladder, lead) => {
    expect(route(aNotice(), anExtraction(), aRuleSet({ rules: [rule] }))).toMatchObject({ ladder, leadTimeMinutes: lead });
  });

  it("carries the rule's classification as overrides of extraction", () => {
    const rule = aRule('r', { identity: AWS_IDENTITY, classify: { provider: 'aws', service: 'rds', kind: 'certificate' } });

    expect(route(aNotice(), anExtraction(), aRuleSet({ rules: [rule] }))).toMatchObject({ provider: 'aws', service: 'rds', kind: 'certificate' });
  });

  it('names the provider a provider file recognised, even when a generic rule wins', () => {
    const rules = aRuleSet({ rules: [aRule('aws-rds', { identity: AWS_IDENTITY, match: { subject: [/EC2/] }, priority: 10 }), aRule('generic')] });

    expect(route(aNotice(), anExtraction(), rules)).toMatchObject({ ruleId: 'generic', provider: 'aws' });
  });

  it('keeps a team without a ladder of its own on the default ladder', () => {
    const rules = aRuleSet({ teams: { platform: aTeam('platform') } });

    expect(route(aNotice(), anExtraction(), rules).ladder).toBe('default');
  });
});

describe('patternsFor: provider patterns for extraction', () => {
  const pattern = (ruleId: string) => ({ ruleId, pattern: /(?<resource>db-[a-z]+)/gi });
  const rules = aRuleSet({
    rules: [
      aRule('aws-rds', { identity: AWS_IDENTITY, patterns: [pattern('aws-rds')] }),
      aRule('aws-by-kind', { identity: AWS_IDENTITY, match: { kind: ['certificate'] }, patterns: [pattern('aws-by-kind')] }),
      aRule('aws-ec2', { identity: AWS_IDENTITY, match: { subject: [/EC2/] }, patterns: [pattern('aws-ec2')] }),
      aRule('gcp', { identity: { provider: 'gcp', from: /@google\.com$/ }, patterns: [pattern('gcp')] }),
      aRule('by-provider', { match: { provider: ['aws'] }, patterns: [pattern('by-provider')] }),
    ],
  });

  it('offers the patterns of rules that may apply, judged by what is known before extraction', () => {
    expect(patternsFor(aNotice(), rules).map((p) => p.ruleId)).toEqual(['aws-rds', 'aws-by-kind', 'by-provider']);
  });

  it("offers nothing of a provider whose notices these are not", () => {
    expect(patternsFor(aNotice({ from: 'cloudplatform-noreply@google.com' }), rules).map((p) => p.ruleId)).toEqual(['gcp', 'by-provider']);
  });
});
