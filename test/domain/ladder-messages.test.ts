import { describe, expect, it } from 'vitest';
import { buildReminderMessages, pendingSignOffs } from '../../src/domain/reminder-message.ts';
import { escapeSlackText, relative } from '../../src/domain/reminder-text.ts';
import type { DueStep } from '../../src/domain/ladder-plan.ts';
import type { Loudness } from '../../src/domain/policy.ts';
import { DAY, DEADLINE, HOUR, aTask, aTeam } from '../builders/reminder-builders.ts';

const step = (loudness: Loudness, overrides: Partial<DueStep> = {}): DueStep => ({
  stepId: 'd-7',
  kind: 'step',
  loudness,
  critical: false,
  scheduledAt: new Date(DEADLINE.getTime() - 7 * DAY),
  dueAt: new Date(DEADLINE.getTime() - 7 * DAY),
  ...overrides,
});
const weekBefore = new Date(DEADLINE.getTime() - 7 * DAY);
const team = aTeam({
  timeZone: 'Europe/Berlin',
  roles: { security: ['U0SEC', 'S0SECGROUP'], sre: ['U0SRE', 'U0ALICE'] },
  escalation: { users: ['U0BOSS'], channel: 'C0ESCALATE' },
});
const task = aTask({ owner: 'U0ALICE', requiredRoles: ['security', 'sre'] });

describe('who a step reaches, louder at each level', () => {
  it.each([
    ['thread', [{ channel: 'C0PLATFORM', thread: true, mention: [], here: false }]],
    ['channel', [{ channel: 'C0PLATFORM', mention: ['U0ALICE'], here: false }]],
    [
      'dm',
      [
        { channel: 'C0PLATFORM', mention: ['U0ALICE', 'S0SECGROUP'], here: false },
        { dm: 'U0SEC', mention: [], here: false },
        { dm: 'U0SRE', mention: [], here: false },
        { dm: 'U0ALICE', mention: [], here: false },
      ],
    ],
    ['here', [{ channel: 'C0PLATFORM', mention: ['U0ALICE', 'U0BOSS'], here: true }]],
    [
      'overdue',
      [
        { channel: 'C0ESCALATE', mention: ['U0ALICE', 'U0BOSS'], here: false },
        { channel: 'C0PLATFORM', thread: true, mention: [], here: false },
      ],
    ],
  ] as const)('%s', (loudness, audiences) => {
    const messages = buildReminderMessages(task, team, step(loudness), weekBefore);
    expect(messages.map((m) => m.audience)).toEqual(audiences);
    expect(messages.every((m) => m.taskId === 1 && m.stepId === 'd-7' && m.deadlineVersion === 1 && m.loudness === loudness)).toBe(true);
  });

  it('sends overdue alerts to the team channel with @here when there is no escalation channel', () => {
    const noChannel = aTeam({ escalation: { users: ['U0BOSS'], channel: null } });
    const [only, ...rest] = buildReminderMessages(task, noChannel, step('overdue'), weekBefore);
    expect(rest).toEqual([]);
    expect(only?.audience).toEqual({ channel: 'C0PLATFORM', mention: ['U0ALICE', 'U0BOSS'], here: true });
    expect(only?.text.startsWith('<!here> <@U0ALICE> <@U0BOSS> ')).toBe(true);
  });
});

describe('pending sign-offs', () => {
  it('leaves out roles already signed and people who signed for another role', () => {
    const signed = aTask({ requiredRoles: ['security', 'sre'], signOffs: [{ role: 'security', user: 'U0ALICE', at: weekBefore, intent: 'approve' }] });
    const pending = pendingSignOffs(signed, team);
    expect(pending.roles).toEqual(['sre']);
    expect([...pending.users.keys()]).toEqual(['U0SRE']);
    expect(pending.groups).toEqual([]);
  });
});

describe('text', () => {
  it('reads the deadline in the team’s zone and says how far off it is', () => {
    const [message] = buildReminderMessages(task, team, step('thread'), weekBefore);
    expect(message?.text).toBe(
      'Reminder: “Rotate the database CA certificate” is due in 7 days (Thu 22 Aug 2024, 02:00 Europe/Berlin). ' +
        'State: open. Owner: <@U0ALICE>. Waiting for sign-off: security, sre.',
    );
  });

  it('never lets a task’s own words mention anyone', () => {
    const hostile = aTask({ title: 'Action <!channel> & @here <@U0EVIL> @everyone' });
    const texts = (['thread', 'channel', 'dm', 'here', 'overdue'] as const).flatMap((l) =>
      buildReminderMessages(hostile, team, step(l), weekBefore).map((m) => m.text),
    );
    for (const text of texts) {
      expect(text).not.toMatch(/@(here|channel|everyone)\b/);
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<@U0EVIL>');
      expect(text).toContain('Action &lt;!channel&gt; &amp; @\u200Bhere &lt;@U0EVIL&gt; @\u200Beveryone');
    }
    expect(texts.filter((t) => t.includes('<!here>'))).toHaveLength(1);
  });

  it.each([
    ['the deadline step, at the deadline', 0, 'Deadline now: “Rotate the database CA certificate” is due at Thu 22 Aug 2024, 00:00 UTC.'],
    ['an overdue step three days on', 3 * DAY, 'Overdue by 3 days: “Rotate the database CA certificate” was due Thu 22 Aug 2024, 00:00 UTC.'],
    ['the day before', -DAY, 'Reminder: “Rotate the database CA certificate” is due in 24 hours (Thu 22 Aug 2024, 00:00 UTC).'],
  ])('%s', (_name, offset, headline) => {
    const [message] = buildReminderMessages(task, aTeam(), step('thread'), new Date(DEADLINE.getTime() + offset));
    expect(message?.text.startsWith(headline)).toBe(true);
  });

  it('asks whether the work got done once the window has closed', () => {
    const windowed = aTask({ state: 'approved', window: { start: new Date(DEADLINE.getTime() - 2 * DAY), end: new Date(DEADLINE.getTime() - 2 * DAY + 2 * HOUR) } });
    const [message] = buildReminderMessages(windowed, aTeam(), step('channel', { kind: 'window-closed' }), new Date(DEADLINE.getTime() - DAY));
    expect(message?.text).toContain('closed 22 hours ago. Did it get done?');
  });

  it.each([
    [30 * DAY, 'in 30 days'],
    [2 * DAY, 'in 2 days'],
    [2 * DAY - 1, 'in 48 hours'],
    [2 * HOUR, 'in 2 hours'],
    [90 * 60_000, 'in 90 minutes'],
    [59_999, 'now'],
    [-3 * HOUR, '3 hours ago'],
  ])('relative %d ms → %s', (diff, words) => {
    expect(relative(new Date(DEADLINE.getTime() + diff), DEADLINE)).toBe(words);
  });

  it('escapes Slack markup characters', () => {
    expect(escapeSlackText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });
});
