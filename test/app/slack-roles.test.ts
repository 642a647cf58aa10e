import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/adapters/clock.ts';
import { cachedGroupMembers, membershipOf } from '../../src/app/slack-roles.ts';
import { recordingLogger } from '../adapters/slack/helpers.ts';
import { GROUPS, harnessRules, PEOPLE } from '../support/app-harness.ts';

function lookup() {
  const asked: string[] = [];
  let failing = false;
  const fetch = async (id: string) => {
    asked.push(id);
    if (failing) throw new Error('slack is down');
    return [`${id}-member-${asked.length}`];
  };
  return { asked, fetch, fail: () => void (failing = true) };
}

describe('user groups, cached', () => {
  it('asks Slack once per group within the time to live, and again after it', async () => {
    const clock = new ManualClock('2024-06-03T08:00:00Z');
    const l = lookup();
    const members = cachedGroupMembers(l.fetch, { clock, log: recordingLogger() }, { ttlMs: 60_000 });
    expect(await Promise.all([members('S1'), members('S1')])).toEqual([['S1-member-1'], ['S1-member-1']]);
    clock.advance(59_999);
    expect(await members('S1')).toEqual(['S1-member-1']);
    clock.advance(1);
    expect(await members('S1')).toEqual(['S1-member-2']);
    expect(l.asked).toEqual(['S1', 'S1']);
  });

  it('uses the last known members when Slack fails, and fails when it knows none', async () => {
    const clock = new ManualClock('2024-06-03T08:00:00Z');
    const l = lookup();
    const log = recordingLogger();
    const members = cachedGroupMembers(l.fetch, { clock, log }, { ttlMs: 1_000 });
    await members('S1');
    l.fail();
    clock.advance(5_000);
    expect(await members('S1')).toEqual(['S1-member-1']);
    expect(log.entries.map((e) => e.msg)).toContain('user group lookup failed, using the last known members');
    await expect(members('S2')).rejects.toThrow('slack is down');
  });
});

describe('membership', () => {
  it.each([
    [PEOPLE.owner, { platform: ['owner'] }, ['platform']],
    [PEOPLE.opsGroupMember, { platform: ['owner'] }, ['platform']],
    [PEOPLE.security, { platform: ['security'], data: ['security'] }, ['data', 'platform']],
    [PEOPLE.bystander, {}, ['platform']],
    ['U0STRANGER', {}, []],
  ])('%s holds %j and belongs to %j', async (user, roles, teams) => {
    const m = await membershipOf(user, harnessRules(), async (id) => GROUPS[id] ?? []);
    expect(Object.fromEntries(m.roles)).toEqual(roles);
    expect([...m.teams].sort()).toEqual(teams);
  });
});
