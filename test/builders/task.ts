import type { NewTask, Task } from '../../src/domain/task.ts';
import { aDeadline } from './notice.ts';

let id = 0;

/** An open, tracked RDS certificate task due 2024-08-22 that needs sre and security sign-off. */
export function aTask(overrides: Partial<Task> = {}): Task {
  const at = new Date('2024-05-01T09:00:00Z');
  return {
    id: ++id,
    fingerprint: `aws/rds/certificate/2024-08-22/r:${id}`,
    title: 'Update your Amazon RDS SSL/TLS certificates',
    provider: 'aws',
    service: 'rds',
    kind: 'certificate',
    state: 'open',
    deadline: aDeadline('2024-08-22'),
    resources: ['db-orders-1', 'db-billing-2'],
    regions: ['us-east-1'],
    accounts: ['123456789012'],
    team: 'platform',
    channel: 'C0PLATFORM',
    ruleId: 'aws-rds-certificates',
    ladder: 'standard',
    leadTimeMinutes: 7 * 24 * 60,
    requiredRoles: ['sre', 'security'],
    signOffs: [],
    owner: null,
    window: null,
    dismissReason: null,
    snoozedUntil: null,
    noticeCount: 1,
    createdAt: at,
    updatedAt: at,
    deadlineVersion: 1,
    notes: null,
    slackPost: null,
    nextReminderAt: at,
    lastNoticeAt: at,
    ...overrides,
  };
}

/** Team roles for the builders' tasks: U_SRE1/U_SRE2 are sre, U_SEC is security, group S_OPS is sre too. */
export const TEAM_ROLES = {
  sre: ['U_SRE1', 'U_SRE2', 'S_OPS'],
  security: ['U_SEC'],
  manager: ['U_BOSS'],
} as const satisfies Record<string, readonly string[]>;

/** A task as ingest first writes it: no id or sign-offs yet. */
export function aNewTask(overrides: Partial<NewTask> = {}): NewTask {
  const { id: _id, signOffs: _signOffs, ...draft } = aTask();
  return { ...draft, ...overrides };
}
