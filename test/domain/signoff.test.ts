import { describe, expect, it } from 'vitest';
import { chooseRole, groupIds, pendingRoles, rolesHeld, signIntent } from '../../src/domain/signoff.ts';
import { aTask, TEAM_ROLES } from '../builders/index.ts';

const at = new Date('2024-06-01T10:00:00Z');

describe('rolesHeld', () => {
  it.each([
    ['U_SRE1', {}, ['sre']],
    ['U_SEC', {}, ['security']],
    ['U_NOBODY', {}, []],
    ['U_OPS', { S_OPS: ['U_OPS'] }, ['sre']],
    ['U_OPS', {}, []],
  ])('%s with groups %j holds %j', (user, groups, expected) => {
    expect(rolesHeld(user, TEAM_ROLES, groups)).toEqual(expected);
  });

  it('lists the user groups to resolve', () => {
    expect(groupIds(TEAM_ROLES)).toEqual(['S_OPS']);
  });
});

describe('chooseRole', () => {
  const task = aTask({ state: 'scheduled', signOffs: [{ role: 'sre', user: 'U_SRE1', at, intent: 'approve' }] });

  it.each([
    ['U_SEC', ['security'], undefined, { ok: true, role: 'security' }],
    ['U_SEC', ['security'], 'security', { ok: true, role: 'security' }],
    ['U_SRE2', ['sre'], undefined, { ok: false, code: 'role-taken' }],
    ['U_SRE2', ['sre'], 'sre', { ok: false, code: 'role-taken' }],
    ['U_SRE1', ['sre'], undefined, { ok: false, code: 'already-signed' }],
    ['U_NOBODY', [], undefined, { ok: false, code: 'not-a-signer' }],
    ['U_SEC', ['security'], 'sre', { ok: false, code: 'not-a-signer' }],
    ['U_BOSS', ['manager'], 'manager', { ok: false, code: 'role-not-required' }],
  ] as const)('%s holding %j asking for %s → %j', (user, held, requested, expected) => {
    expect(chooseRole(task, user, held, requested)).toMatchObject(expected);
  });

  it('lets one person sign for one role only, even holding two', () => {
    const both = aTask({ state: 'scheduled', signOffs: [{ role: 'sre', user: 'U_X', at, intent: 'approve' }] });
    expect(chooseRole(both, 'U_X', ['sre', 'security'])).toMatchObject({ ok: false, code: 'already-signed' });
  });
});

describe('signIntent and pendingRoles', () => {
  it.each([
    [{ state: 'open' }, null],
    [{ state: 'acknowledged' }, null],
    [{ state: 'scheduled' }, 'approve'],
    [{ state: 'scheduled', dismissReason: 'we do not use RDS' }, 'dismiss'],
    [{ state: 'open', dismissReason: 'we do not use RDS' }, 'dismiss'],
    [{ state: 'dismissed', dismissReason: 'we do not use RDS' }, null],
    [{ state: 'approved' }, null],
  ] as const)('%j → %s', (overrides, intent) => {
    expect(signIntent(aTask(overrides))).toBe(intent);
  });

  it('lists required roles nobody signed yet, in rule order', () => {
    expect(pendingRoles(aTask({ signOffs: [{ role: 'security', user: 'U_SEC', at, intent: 'approve' }] }))).toEqual(['sre']);
  });
});
