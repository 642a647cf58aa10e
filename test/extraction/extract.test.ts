import { describe, expect, it } from 'vitest';
import { extract, type ExtractPattern } from '../../src/extraction/index.ts';
import { aNotice, iso } from './notice-builder.ts';

describe('extract', () => {
  it('finds nothing in an empty notice, without failing', () => {
    expect(extract(aNotice({ subject: '', text: '' }))).toEqual({
      provider: null,
      service: null,
      kind: 'informational',
      actionRequired: false,
      deadline: null,
      dates: [],
      resources: [],
      regions: [],
      accounts: [],
    });
  });

  it('keeps what a structured source already knows over its own guesses', () => {
    const x = extract(
      aNotice({
        from: 'health@aws.com',
        text: 'Your instance i-0123456789abcdef0 in us-west-2 will be retired on May 1, 2024.',
        hints: {
          provider: 'AWS',
          service: 'EC2',
          kind: 'maintenance',
          resources: ['i-0aaaaaaaaaaaaaaaa'],
          regions: ['us-east-1'],
          accounts: ['111122223333'],
          windowStart: new Date('2024-05-01T08:00:00Z'),
          windowEnd: new Date('2024-05-01T10:00:00Z'),
        },
      }),
    );
    expect(x.service).toBe('EC2');
    expect(x.kind).toBe('maintenance');
    expect(x.resources).toEqual(['i-0aaaaaaaaaaaaaaaa', 'i-0123456789abcdef0']);
    expect(x.regions).toEqual(['us-east-1', 'us-west-2']);
    expect(x.accounts).toEqual(['111122223333']);
    expect(x.dates).toContainEqual(expect.objectContaining({ role: 'window-start', origin: 'source', at: new Date('2024-05-01T08:00:00Z') }));
    expect(x.dates).toContainEqual(expect.objectContaining({ role: 'window-end', origin: 'source', at: new Date('2024-05-01T10:00:00Z') }));
  });

  it('takes the deadline a structured source knows as THE deadline, and action as required', () => {
    const at = new Date('2024-05-09T14:22:31Z');
    const x = extract(
      aNotice({
        text: 'Certificate for api.acme.io. Renew it before April 20, 2024.',
        hints: { kind: 'certificate', deadline: { at, precision: 'second', text: 'notAfter 2024-05-09T14:22:31Z' } },
      }),
    );
    expect(x.actionRequired).toBe(true);
    expect(x.deadline).toEqual({ at, role: 'deadline', precision: 'second', text: 'notAfter 2024-05-09T14:22:31Z', origin: 'source' });
    expect(x.dates.filter((d) => d.role === 'deadline')).toHaveLength(1);
  });

  it('keeps a known deadline that has passed: an expired certificate is overdue, not unknown', () => {
    const at = new Date('2024-02-01T00:00:00Z');
    const x = extract(aNotice({ text: 'Probe of db.acme.io:5432', receivedAt: new Date('2024-03-01T00:00:00Z'), hints: { deadline: { at, precision: 'second', text: 'notAfter' } } }));
    expect(x.deadline?.at).toEqual(at);
    expect(x.actionRequired).toBe(true);
  });

  it('adds what provider rules\' patterns find, marked as theirs, and takes a rule\'s deadline first', () => {
    const patterns: ExtractPattern[] = [
      { ruleId: 'acme-cutover', pattern: /Cutover on (?<date>\w+ \d{1,2}, \d{4})/, role: 'deadline' },
      { ruleId: 'acme-tenant', pattern: /tenant (?<resource>T-\d+) in (?<region>zone-[a-z]+) for (?<account>\d{3}-\d{3})/ },
    ];
    const text = 'You must migrate before May 1, 2024. Cutover on June 1, 2024 for tenant T-881 in zone-north for 123-456.';
    const x = extract(aNotice({ text }), { patterns });
    expect(iso(x.deadline?.at)).toBe('2024-06-01T00:00:00Z');
    expect(x.deadline?.origin).toBe('rule');
    expect(x.resources).toContain('T-881');
    expect(x.regions).toContain('zone-north');
    expect(x.accounts).toContain('123456');
  });

  it('takes a rule\'s deadline as a sign that something is due', () => {
    const patterns: ExtractPattern[] = [{ ruleId: 'r', pattern: /window closes (?<date>\w+ \d{1,2}, \d{4})/ }];
    const x = extract(aNotice({ text: 'Scheduled maintenance; the opt-out window closes May 1, 2024.' }), { patterns });
    expect(x.actionRequired).toBe(true);
    expect(iso(x.deadline?.at)).toBe('2024-05-01T00:00:00Z');
  });

  it('ignores a rule\'s date that is already past, like any other', () => {
    const patterns: ExtractPattern[] = [{ ruleId: 'r', pattern: /Cutover on (?<date>\w+ \d{1,2}, \d{4})/ }];
    const x = extract(aNotice({ text: 'Cutover on January 1, 2024. You must migrate before May 1, 2024.' }), { patterns });
    expect(iso(x.deadline?.at)).toBe('2024-05-01T00:00:00Z');
  });

  it('does not read dates in links', () => {
    const x = extract(aNotice({ text: 'See https://github.blog/2020-12-15-token-authentication-requirements/ for dates.' }));
    expect(x.dates).toEqual([]);
  });

  it('reads Markdown links by their text', () => {
    const x = extract(aNotice({ text: 'Your recently built app [codebar-production](https://dashboard.heroku.com/apps/codebar-production) is on a deprecated stack.' }));
    expect(x.resources).toEqual(['codebar-production']);
  });

  it('reads a notice whose message date is missing as sent at the epoch', () => {
    const x = extract(aNotice({ receivedAt: new Date(Number.NaN), text: 'Please renew before May 1, 2024.' }));
    expect(iso(x.deadline?.at)).toBe('2024-05-01T00:00:00Z');
  });

  it('returns for a 25 MB notice, reading only its head', () => {
    const head = 'Your certificate for shop.acme.io expires on May 1, 2024 at 10:00 UTC. Please renew it.\n';
    const x = extract(aNotice({ text: head + '2024-01-01 i-0123456789abcdef0 a-b.c 1 '.repeat(650_000) }));
    expect(iso(x.deadline?.at)).toBe('2024-05-01T10:00:00Z');
  });

  it.each([
    ['(((((((((((('.repeat(20_000)],
    ['a'.repeat(300_000)],
    ['1.'.repeat(150_000)],
    ['Affected instances:\n'.repeat(20_000)],
    ['\u0000\uFFFF\uD800 broken \r\r\n'.repeat(10_000)],
    ['arn:aws:'.repeat(30_000)],
  ])('is total on hostile text (%#)', (text) => {
    expect(() => extract(aNotice({ text, subject: text.slice(0, 5_000) }))).not.toThrow();
  });
});
