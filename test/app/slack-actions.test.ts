import { beforeEach, describe, expect, it } from 'vitest';
import type { TaskOutcome } from '../../src/app/ports.ts';
import { appHarness, harnessRules, PEOPLE, rdsNotice, type AppHarness } from '../support/app-harness.ts';

const WINDOW = { start: new Date('2024-08-01T22:00:00Z'), end: new Date('2024-08-01T23:00:00Z') };
/** 2024-08-22 (the deadline) minus the 7-day lead time. */
const LATEST_END = new Date('2024-08-15T00:00:00Z');
/** From the harness's now (2024-06-03 08:00 UTC) to the default ladder's first critical step, d-1 (2024-08-21 00:00 UTC). */
const MINUTES_TO_CRITICAL = (78 * 24 + 16) * 60;

const refusalOf = (outcome: TaskOutcome) => (outcome.ok ? null : { code: outcome.code, message: outcome.message });

describe('Slack actions over the task use cases', () => {
  let h: AppHarness;
  let taskId: number;
  const now = () => h.clock.now();
  const scheduled = async () => {
    const outcome = await h.actions.schedule({ taskId, user: PEOPLE.owner, window: WINDOW, now: now() });
    expect(outcome.ok).toBe(true);
  };

  beforeEach(async () => {
    h = appHarness();
    taskId = await h.ingestTask();
  });

  it('takes ownership and answers with the task and its team', async () => {
    const outcome = await h.actions.takeOwnership({ taskId, user: PEOPLE.owner, now: now() });
    expect(outcome).toMatchObject({ ok: true, task: { owner: PEOPLE.owner, state: 'acknowledged' }, team: { id: 'platform' } });
  });

  it('signs for the first open role the person holds, and says what is still missing', async () => {
    await scheduled();
    expect(await h.actions.approve({ taskId, user: PEOPLE.opsGroupMember, now: now() })).toMatchObject({
      ok: true,
      task: { state: 'scheduled', signOffs: [{ role: 'owner', user: PEOPLE.opsGroupMember }] },
      message: 'Signed as owner. Still waiting for: security.',
    });
    expect(await h.actions.approve({ taskId, user: PEOPLE.security, now: now() })).toMatchObject({
      ok: true,
      task: { state: 'approved' },
      message: 'Signed as security. Every sign-off is in: the plan is approved.',
    });
  });

  it('lets someone who holds several roles name the one they sign for', async () => {
    const both = 'U0BOTH';
    const rules = harnessRules();
    const platform = rules.teams.platform!;
    const h2 = appHarness({ rules: { ...rules, teams: { ...rules.teams, platform: { ...platform, roles: { owner: [both], security: [both, PEOPLE.security] } } } } });
    const id = await h2.ingestTask();
    await h2.actions.schedule({ taskId: id, user: both, window: WINDOW, now: h2.clock.now() });
    expect(await h2.actions.approve({ taskId: id, user: both, role: 'security', now: h2.clock.now() })).toMatchObject({
      ok: true,
      task: { signOffs: [{ role: 'security', user: both }] },
    });
    expect(refusalOf(await h2.actions.approve({ taskId: id, user: both, now: h2.clock.now() }))).toMatchObject({ code: 'already-signed' });
  });

  it.each([
    ['a person without a role', PEOPLE.bystander, 'not-a-signer', 'You cannot sign this task: it needs someone who holds owner or security.'],
    ['a second owner once owner is signed', PEOPLE.opsGroupMember, 'role-taken', 'Owner already signed by others.'],
    ['the same person again', PEOPLE.owner, 'already-signed', 'You already signed as owner.'],
  ])('refuses approval from %s with its code and a sentence, changing nothing', async (_who, user, code, message) => {
    await scheduled();
    await h.actions.approve({ taskId, user: PEOPLE.owner, now: now() });
    const rows = h.outbox.rows.length;
    expect(refusalOf(await h.actions.approve({ taskId, user, now: now() }))).toEqual({ code, message });
    expect((await h.store.tasks.get(taskId))?.signOffs).toHaveLength(1);
    expect(h.outbox.rows).toHaveLength(rows);
  });

  it('refuses to sign before there is a plan', async () => {
    expect(refusalOf(await h.actions.approve({ taskId, user: PEOPLE.owner, now: now() }))).toEqual({
      code: 'nothing-to-sign',
      message: 'There is no plan to sign yet: schedule a maintenance window first.',
    });
  });

  it.each([
    ['ends exactly at the deadline minus the lead time', 0, true],
    ['ends a millisecond later', 1, false],
  ])('schedules a window that %s: %s', async (_name, extraMs, accepted) => {
    const window = { start: new Date(LATEST_END.getTime() - 3_600_000), end: new Date(LATEST_END.getTime() + extraMs) };
    const outcome = await h.actions.schedule({ taskId, user: PEOPLE.owner, window, now: now() });
    if (accepted) return expect(outcome).toMatchObject({ ok: true, task: { state: 'scheduled', window } });
    expect(refusalOf(outcome)).toEqual({
      code: 'window-after-deadline',
      message: 'The window must end by Thu 15 Aug 2024, 02:00 GMT+2: the deadline minus the 7-day lead time, so there is room to react if the work goes wrong.',
    });
  });

  it('needs a reason to dismiss, and the sign-offs still', async () => {
    expect(refusalOf(await h.actions.dismiss({ taskId, user: PEOPLE.owner, reason: '   ', now: now() }))).toMatchObject({ code: 'reason-required' });
    const proposed = await h.actions.dismiss({ taskId, user: PEOPLE.owner, reason: 'orders-db was decommissioned', now: now() });
    expect(proposed).toMatchObject({
      ok: true,
      task: { state: 'open', dismissReason: 'orders-db was decommissioned' },
      message: 'Marked not applicable; it takes effect once these roles sign it: security. You signed it as owner.',
    });
    expect(await h.actions.approve({ taskId, user: PEOPLE.security, now: now() })).toMatchObject({ ok: true, task: { state: 'dismissed' } });
  });

  it.each([
    ['up to the first critical step', MINUTES_TO_CRITICAL, null],
    ['past it', MINUTES_TO_CRITICAL + 1, 'snooze-too-long'],
  ])('snoozes %s', async (_name, minutes, code) => {
    const outcome = await h.actions.snooze({ taskId, user: PEOPLE.owner, minutes, now: now() });
    if (!code) return expect(outcome).toMatchObject({ ok: true, task: { snoozedUntil: new Date('2024-08-21T00:00:00Z') } });
    expect(refusalOf(outcome)).toEqual({ code, message: 'Reminders can be snoozed until Wed 21 Aug 2024, 02:00 GMT+2 at most: after that they turn critical.' });
  });

  it('refuses any snooze once reminders are critical', async () => {
    h.clock.set('2024-08-21T00:00:00Z');
    expect(refusalOf(await h.actions.snooze({ taskId, user: PEOPLE.owner, minutes: 60, now: now() }))).toEqual({
      code: 'snooze-too-long',
      message: 'Reminders for this task are already critical: they can no longer be snoozed.',
    });
  });

  it('closes only an approved task', async () => {
    expect(refusalOf(await h.actions.done({ taskId, user: PEOPLE.owner, now: now() }))).toEqual({
      code: 'invalid-transition',
      message: 'Only an approved plan can be marked done.',
    });
    await scheduled();
    await h.actions.approve({ taskId, user: PEOPLE.owner, now: now() });
    await h.actions.approve({ taskId, user: PEOPLE.security, now: now() });
    expect(await h.actions.done({ taskId, user: PEOPLE.owner, now: now() })).toMatchObject({ ok: true, task: { state: 'done' } });
  });

  it('assigns on someone’s behalf', async () => {
    expect(await h.actions.assign({ taskId, user: PEOPLE.owner, assignee: PEOPLE.bystander, now: now() })).toMatchObject({
      ok: true,
      task: { owner: PEOPLE.bystander },
    });
  });

  it('shows a task, and says plainly when there is none', async () => {
    expect(await h.actions.show({ taskId, user: PEOPLE.bystander, now: now() })).toMatchObject({ ok: true, task: { id: taskId } });
    expect(refusalOf(await h.actions.show({ taskId: 9_999, user: PEOPLE.bystander, now: now() }))).toEqual({
      code: 'not-found',
      message: 'That task no longer exists.',
    });
  });
});

describe('/notices add', () => {
  it('ingests a pasted mail like any other notice, with its sender read from the paste', async () => {
    const h = appHarness();
    const text = [
      'From: Amazon Web Services <<mailto:no-reply-aws@amazon.com|no-reply-aws@amazon.com>>',
      'Subject: Update your Amazon RDS SSL/TLS certificates by August 22, 2024',
      '',
      'Your database instances db-orders-1 and db-billing-2 use the rds-ca-2019 certificate, which expires on August 22, 2024. See <https://docs.aws.amazon.com/rds|the guide>.',
    ].join('\n');
    const added = await h.actions.add({ user: PEOPLE.owner, channel: 'C0PLATFORM', text, now: h.clock.now() });
    expect(added).toMatchObject({ ok: true, outcome: 'created' });
    const taskId = added.ok ? added.taskId : null;
    const [notice] = await h.store.notices.listByTask(taskId ?? 0);
    expect(notice).toMatchObject({
      source: { kind: 'slack', user: PEOPLE.owner, channel: 'C0PLATFORM' },
      from: 'no-reply-aws@amazon.com',
      subject: 'Update your Amazon RDS SSL/TLS certificates by August 22, 2024',
      receivedAt: h.clock.now(),
    });
    expect(notice?.text).toContain('See the guide (https://docs.aws.amazon.com/rds).');
  });

  it('answers with the task a pasted notice joins', async () => {
    const h = appHarness();
    const taskId = await h.ingestTask(rdsNotice());
    const text = `From: no-reply-aws@amazon.com\nSubject: ${rdsNotice().subject}\n\n${rdsNotice().text}`;
    expect(await h.actions.add({ user: PEOPLE.security, channel: null, text, now: h.clock.now() })).toEqual({ ok: true, outcome: 'merged', taskId });
    expect(await h.actions.add({ user: PEOPLE.security, channel: null, text, now: h.clock.now() })).toEqual({ ok: true, outcome: 'duplicate', taskId });
  });
});
