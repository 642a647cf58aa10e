import type { Team } from '../../src/domain/policy.ts';
import { aTask as aStoredTask } from './task.ts';
import type { Task } from '../../src/domain/task.ts';
import type { PlanContext } from '../../src/domain/ladder-plan.ts';
import { defaultLadder } from '../../src/domain/ladder.ts';

export const DEADLINE = new Date('2024-08-22T00:00:00Z');
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** An open task created long before its deadline, in a team with no quiet hours. */
export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    ...aStoredTask(),
    id: 1,
    fingerprint: 'fp-1',
    title: 'Rotate the database CA certificate',
    provider: 'aws',
    service: 'rds',
    kind: 'certificate',
    state: 'open',
    deadline: { at: DEADLINE, role: 'deadline', precision: 'day', text: 'August 22, 2024' },
    deadlineVersion: 1,
    resources: ['db-1'],
    regions: ['eu-west-1'],
    accounts: [],
    team: 'platform',
    channel: 'C0PLATFORM',
    ruleId: 'aws-rds-ca',
    ladder: 'default',
    leadTimeMinutes: 0,
    requiredRoles: [],
    signOffs: [],
    owner: null,
    window: null,
    dismissReason: null,
    snoozedUntil: null,
    noticeCount: 1,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    updatedAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** Always open for reminders: UTC, every day a working day, no quiet hours. */
export function aTeam(overrides: Partial<Team> = {}): Team {
  return {
    id: 'platform',
    channel: 'C0PLATFORM',
    members: ['U0ALICE', 'U0BOB'],
    timeZone: 'UTC',
    workingDays: [1, 2, 3, 4, 5, 6, 7],
    quietHours: null,
    escalation: { users: ['U0BOSS'], channel: 'C0ESCALATE' },
    roles: {},
    ...overrides,
  };
}

/** A Berlin team that works Monday to Friday and is quiet from 20:00 to 08:00. */
export function aBerlinTeam(overrides: Partial<Team> = {}): Team {
  return aTeam({ id: 'berlin', timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], quietHours: { start: '20:00', end: '08:00' }, ...overrides });
}

export function ctx(overrides: Partial<PlanContext> = {}): PlanContext {
  return { ladder: defaultLadder(), team: aTeam(), recorded: new Set(), ...overrides };
}
