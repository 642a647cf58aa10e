import { beforeEach, describe, expect, it } from 'vitest';
import { appHarness, PEOPLE, rdsNotice, type AppHarness } from '../support/app-harness.ts';

const WINDOW = { start: new Date('2024-06-10T22:00:00Z'), end: new Date('2024-06-10T23:00:00Z') };

/** A platform notice with its own resource and deadline, so each becomes its own task. */
function dueOn(day: string, resource: string) {
  const when = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return rdsNotice({ subject: `Certificate for ${resource} expires ${when}`, text: `The certificate of ${resource} expires on ${when}.` });
}

describe('lists and App Home', () => {
  let h: AppHarness;
  let later: number;
  let sooner: number;
  let dataTask: number;
  const ids = (tasks: { id: number }[]) => tasks.map((t) => t.id);

  beforeEach(async () => {
    h = appHarness();
    later = await h.ingestTask(dueOn('2024-09-30', 'web-1.example.com'));
    sooner = await h.ingestTask(dueOn('2024-06-20', 'api-1.example.com'));
    dataTask = await h.ingestTask(
      rdsNotice({ text: 'The instance arn:aws:rds:us-east-1:123456789012:db:orders uses a certificate that expires on July 1, 2024.' }),
    );
  });

  it('lists the open tasks of the person’s teams, most urgent first', async () => {
    const platform = await h.actions.list({ user: PEOPLE.bystander, scope: 'open', now: h.clock.now() });
    expect(ids(platform.tasks)).toEqual([sooner, later]);
    expect(platform.teams.map((t) => t.id)).toEqual(['platform']);
    const data = await h.actions.list({ user: PEOPLE.dataOwner, scope: 'open', now: h.clock.now() });
    expect(ids(data.tasks)).toEqual([dataTask]);
  });

  it('shows someone in no team every open task', async () => {
    expect(ids((await h.actions.list({ user: 'U0STRANGER', scope: 'open', now: h.clock.now() })).tasks)).toEqual([sooner, dataTask, later]);
  });

  it('leaves closed tasks out', async () => {
    await h.actions.dismiss({ taskId: sooner, user: PEOPLE.owner, reason: 'that host is gone for good', now: h.clock.now() });
    await h.actions.approve({ taskId: sooner, user: PEOPLE.security, now: h.clock.now() });
    expect(ids((await h.actions.list({ user: PEOPLE.bystander, scope: 'open', now: h.clock.now() })).tasks)).toEqual([later]);
  });

  it('digests what is due in the coming four weeks', async () => {
    expect(ids((await h.actions.list({ user: PEOPLE.bystander, scope: 'digest', now: h.clock.now() })).tasks)).toEqual([sooner]);
  });

  it('counts as mine what I own and what waits for my sign-off', async () => {
    await h.actions.takeOwnership({ taskId: later, user: PEOPLE.owner, now: h.clock.now() });
    await h.actions.schedule({ taskId: dataTask, user: PEOPLE.dataOwner, window: WINDOW, now: h.clock.now() });
    expect(ids((await h.actions.list({ user: PEOPLE.owner, scope: 'mine', now: h.clock.now() })).tasks)).toEqual([later]);
    expect(ids((await h.actions.list({ user: PEOPLE.security, scope: 'mine', now: h.clock.now() })).tasks)).toEqual([dataTask]);
  });

  it('puts pending sign-offs on Home until the person has signed', async () => {
    await h.actions.schedule({ taskId: sooner, user: PEOPLE.owner, window: WINDOW, now: h.clock.now() });
    const home = await h.actions.home({ user: PEOPLE.opsGroupMember, now: h.clock.now() });
    expect(ids(home.pendingSignOffs)).toEqual([sooner]);
    expect(ids(home.tasks)).toEqual([sooner, later]);
    await h.actions.approve({ taskId: sooner, user: PEOPLE.opsGroupMember, now: h.clock.now() });
    expect((await h.actions.home({ user: PEOPLE.opsGroupMember, now: h.clock.now() })).pendingSignOffs).toEqual([]);
    expect(ids((await h.actions.home({ user: PEOPLE.security, now: h.clock.now() })).pendingSignOffs)).toEqual([sooner]);
  });
});
