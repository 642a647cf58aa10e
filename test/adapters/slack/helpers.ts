// Builders and small peers shared by the Slack tests.
import { aTask as aStoredTask } from '../../builders/task.ts';
import type { Logger } from '../../../src/app/ports.ts';
import type { Team } from '../../../src/domain/policy.ts';
import type { Task } from '../../../src/domain/task.ts';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A logger that keeps what it is told, to assert on fixed messages. */
export function recordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const make = (bindings: object): Logger & { entries: LogEntry[] } => ({
    entries,
    debug: (obj, msg) => entries.push({ level: 'debug', obj: { ...bindings, ...obj }, msg }),
    info: (obj, msg) => entries.push({ level: 'info', obj: { ...bindings, ...obj }, msg }),
    warn: (obj, msg) => entries.push({ level: 'warn', obj: { ...bindings, ...obj }, msg }),
    error: (obj, msg) => entries.push({ level: 'error', obj: { ...bindings, ...obj }, msg }),
    child: (more) => make({ ...bindings, ...more }),
  });
  return make({});
}

export function aTeam(overrides: Partial<Team> = {}): Team {
  return {
    id: 'platform',
    channel: 'CPLATFORM',
    members: ['UADA', 'UBOB'],
    timeZone: 'Europe/Berlin',
    workingDays: [1, 2, 3, 4, 5],
    quietHours: { start: '22:00', end: '07:00' },
    escalation: { users: ['UBOSS'], channel: null },
    roles: { owner: ['UADA', 'UBOB'], security: ['UBOB'] },
    ...overrides,
  };
}

export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    ...aStoredTask(),
    id: 42,
    fingerprint: 'aws:rds:certificate:2024-08-22',
    deadlineVersion: 0,
    title: 'Amazon RDS certificate authority rotation',
    provider: 'aws',
    service: 'rds',
    kind: 'certificate',
    state: 'open',
    deadline: { at: new Date('2024-08-22T00:00:00Z'), role: 'deadline', precision: 'day', text: 'August 22, 2024' },
    resources: ['arn:aws:rds:eu-west-1:123456789012:db:orders_primary', 'arn:aws:rds:eu-west-1:123456789012:db:billing'],
    regions: ['eu-west-1'],
    accounts: ['123456789012'],
    team: 'platform',
    channel: 'CPLATFORM',
    ruleId: 'aws-rds-ca',
    ladder: 'default',
    leadTimeMinutes: 7 * 24 * 60,
    requiredRoles: ['owner', 'security'],
    signOffs: [],
    owner: null,
    window: null,
    dismissReason: null,
    snoozedUntil: null,
    noticeCount: 1,
    sourceUrl: 'https://health.aws.amazon.com/health/home#/event-log?eventID=abc',
    createdAt: new Date('2024-06-01T08:00:00Z'),
    updatedAt: new Date('2024-06-01T08:00:00Z'),
    ...overrides,
  };
}

/** Every text string anywhere in a Block Kit payload, with the type of the object holding it. */
export function textsOf(value: unknown, out: { type: string; text: string }[] = []): { type: string; text: string }[] {
  if (Array.isArray(value)) {
    for (const v of value) textsOf(v, out);
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push({ type: o.type, text: o.text });
    for (const v of Object.values(o)) textsOf(v, out);
  }
  return out;
}
