import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/config/rules.ts';
import type { RuleSet } from '../../src/domain/policy.ts';

const DAY = 24 * 60;

const loaded = loadRules('rules');
const shipped = (): RuleSet => {
  if (!loaded.ok) throw new Error(`shipped rules have problems:\n${loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  return loaded.rules;
};

describe('the shipped rules folder', () => {
  it('loads with zero problems', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('ships the default ladder: 60…1 days before, at the deadline, then daily overdue, louder each step', () => {
    const ladder = shipped().ladders.default;

    expect(ladder?.steps.map((s) => [s.id, s.offsetMinutes / DAY, s.loudness, s.critical])).toEqual([
      ['d-60', -60, 'thread', false],
      ['d-30', -30, 'thread', false],
      ['d-14', -14, 'channel', false],
      ['d-7', -7, 'channel', false],
      ['d-3', -3, 'dm', false],
      ['d-2', -2, 'dm', true],
      ['d-1', -1, 'here', true],
      ['deadline', 0, 'here', true],
      ['overdue', 1, 'overdue', true],
    ]);
    expect(ladder?.repeatOverdueMinutes).toBe(DAY);
  });

  it('names a default team and ladder that exist', () => {
    const rules = shipped();

    expect(rules.teams[rules.defaultTeam]).toBeDefined();
    expect(rules.ladders[rules.defaultLadder]).toBeDefined();
    expect(rules.defaultLeadTimeMinutes).toBe(7 * DAY);
  });

  it('gives every team someone for every role, falling back to the role default', () => {
    const rules = shipped();

    for (const team of Object.values(rules.teams)) expect(Object.keys(team.roles).sort()).toEqual(Object.keys(rules.roles).sort());
    expect(rules.teams.platform?.roles.security).toEqual(['S0SECURITY1']);
  });

  it('compiles team settings: working days as ISO weekdays, quiet hours, a team lead time', () => {
    const rules = shipped();

    expect(rules.teams.platform).toMatchObject({ workingDays: [1, 2, 3, 4, 5], quietHours: { start: '20:00', end: '08:00' }, timeZone: 'Europe/Berlin' });
    expect(rules.teams.data?.leadTimeMinutes).toBe(30 * DAY);
    expect(rules.teams.security?.quietHours).toBeNull();
  });

  it('orders rules by priority, the generic fallback last', () => {
    const priorities = shipped().rules.map((r) => r.priority);

    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(shipped().rules.at(-1)?.id).toBe('generic-fyi');
  });

  it('never ignores by default: every ignoring rule says so and has conditions', () => {
    const ignoring = shipped().rules.filter((r) => r.disposition === 'ignore');

    for (const rule of ignoring) expect(Object.keys(rule.match).length).toBeGreaterThan(0);
  });

  it('covers the providers teams meet on day one', () => {
    const providers = new Set(shipped().rules.map((r) => r.classify.provider ?? r.identity?.provider).filter(Boolean));

    expect([...providers].sort()).toEqual(['aws', 'azure', 'cloudflare', 'digitalocean', 'fly', 'gcp', 'github', 'heroku', 'linode', 'mongodb-atlas']);
    expect(shipped().rules.some((r) => r.id.startsWith('ca-'))).toBe(true);
  });

  it('activates no source that needs the network', () => {
    expect(shipped().sources).toEqual({ feeds: [], mailboxes: [], certProbes: [] });
  });

  it('compiles extraction patterns global and case-insensitive, with their role', () => {
    const acm = shipped().rules.find((r) => r.id === 'aws-acm-renewal-failure');

    expect(acm?.patterns.map((p) => [p.pattern.flags, p.role ?? null])).toEqual([
      ['gi', null],
      ['gi', 'deadline'],
    ]);
  });
});
