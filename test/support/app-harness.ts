// The app as main wires it, on a store of the test's choosing: real extraction and routing, the
// notify hook on ingest and on every task command, the Slack actions over them. Slack itself is
// left out: the outbox rows are what the app hands to it.
import { ManualClock } from '../../src/adapters/clock.ts';
import { MemoryOutbox } from '../../src/adapters/slack/memory-outbox.ts';
import { openMemoryStore } from '../../src/adapters/store/memory.ts';
import { makeIngestNotice } from '../../src/app/ingest-notice.ts';
import { makeNotify, type OutboxOf } from '../../src/app/notify.ts';
import type { NoticeSink, SlackActions, Store } from '../../src/app/ports.ts';
import { makeSlackActions } from '../../src/app/slack-actions.ts';
import { makeTaskCommands, type TaskCommands } from '../../src/app/slack-commands.ts';
import { rolesFromRules, type GroupLookup } from '../../src/app/slack-roles.ts';
import { defaultLadder } from '../../src/domain/ladder.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { RuleSet, Team } from '../../src/domain/policy.ts';
import { patternsFor, route } from '../../src/domain/routing.ts';
import { extract } from '../../src/extraction/index.ts';
import { recordingLogger } from '../adapters/slack/helpers.ts';

/** Who is who in the harness's workspace. */
export const PEOPLE = {
  owner: 'U0ADA',
  security: 'U0SEC',
  /** Platform team member without a role. */
  bystander: 'U0CAROL',
  /** Signs as owner through the user group S0PLATOPS. */
  opsGroupMember: 'U0OPS',
  dataOwner: 'U0DAN',
} as const;

export const GROUPS: Record<string, string[]> = { S0PLATOPS: [PEOPLE.opsGroupMember] };

function team(id: string, overrides: Partial<Team>): Team {
  return {
    id,
    channel: `C0${id.toUpperCase()}`,
    members: [],
    timeZone: 'Europe/Berlin',
    workingDays: [1, 2, 3, 4, 5],
    quietHours: null,
    escalation: { users: [], channel: null },
    roles: {},
    ...overrides,
  };
}

/** Two teams, each needing an owner and security; RDS resources belong to the data team. */
export function harnessRules(overrides: Partial<RuleSet> = {}): RuleSet {
  const ladder = defaultLadder();
  return {
    teams: {
      platform: team('platform', {
        members: [PEOPLE.owner, PEOPLE.bystander],
        roles: { owner: [PEOPLE.owner, 'S0PLATOPS'], security: [PEOPLE.security] },
      }),
      data: team('data', { timeZone: 'America/New_York', members: [PEOPLE.dataOwner], roles: { owner: [PEOPLE.dataOwner], security: [PEOPLE.security] } }),
    },
    roles: { owner: { description: 'does the work' }, security: { description: 'signs for exposure' } },
    ladders: { default: ladder },
    rules: [],
    sources: { feeds: [], mailboxes: [], certProbes: [] },
    accounts: {},
    resourceRoutes: [{ pattern: /^arn:aws:rds:/i, team: 'data' }],
    adminChannel: 'C0ADMIN',
    defaultTeam: 'platform',
    defaultLadder: 'default',
    defaultLeadTimeMinutes: 7 * 24 * 60,
    signoff: { default: ['owner', 'security'], byKind: {} },
    ...overrides,
  };
}

let uid = 0;

/** An RDS certificate notice due 2024-08-22 on two databases, mailed 2024-05-01; each call is a new delivery. */
export function rdsNotice(overrides: Partial<Notice> = {}): Notice {
  uid += 1;
  return {
    source: { kind: 'imap', mailbox: 'INBOX', uidValidity: '7', uid },
    messageId: `<rds-${uid}@amazon.example>`,
    from: 'no-reply-aws@amazon.com',
    fromName: 'Amazon Web Services',
    subject: '[Action Required] Update your Amazon RDS SSL/TLS certificates by August 22, 2024',
    receivedAt: new Date('2024-05-01T09:00:00Z'),
    text: 'Your database instances db-orders-1 and db-billing-2 use the rds-ca-2019 certificate, which expires on August 22, 2024.',
    rawSize: 2_048,
    ...overrides,
  };
}

/** A notice that asks for nothing and sets no date: routed as FYI. */
export function fyiNotice(overrides: Partial<Notice> = {}): Notice {
  return rdsNotice({ subject: 'Our status page has moved', text: 'Hello, our status page now lives at status.example.com.', ...overrides });
}

export interface HarnessOptions {
  store?: Store;
  rules?: RuleSet;
  now?: string;
  /**
   * Where notify writes: `store` is the transaction's own outbox, as in production; by default a
   * MemoryOutbox outside the store, whose rows tests read directly.
   */
  outboxOf?: OutboxOf | 'store';
  /** User-group members; GROUPS by default. */
  groupMembers?: GroupLookup;
  /** A clock shared with other parts (the loopback Slack, the sender); `now` is ignored then. */
  clock?: ManualClock;
}

export interface AppHarness {
  store: Store;
  rules: RuleSet;
  clock: ManualClock;
  log: ReturnType<typeof recordingLogger>;
  /** What notify wrote, unless it wrote to the store's own outbox. */
  outbox: MemoryOutbox;
  commands: TaskCommands;
  ingest: NoticeSink;
  actions: SlackActions;
  /** Ingests and returns the task id it made or joined. */
  ingestTask(notice?: Notice): Promise<number>;
}

export function appHarness(options: HarnessOptions = {}): AppHarness {
  const store = options.store ?? openMemoryStore();
  const rules = options.rules ?? harnessRules();
  const clock = options.clock ?? new ManualClock(options.now ?? '2024-06-03T08:00:00Z');
  const log = recordingLogger();
  const outbox = new MemoryOutbox();
  const groupMembers = options.groupMembers ?? (async (id: string) => GROUPS[id] ?? []);
  const outboxOf = options.outboxOf ?? (() => outbox);
  const notify = makeNotify({ rules, log, ...(outboxOf === 'store' ? {} : { outboxOf }) });
  const commands = makeTaskCommands({ store, clock, onTaskChange: notify.onTaskChange, roles: rolesFromRules(rules), groupMembers });
  const ingest = makeIngestNotice({
    store,
    clock,
    log,
    extract: (notice) => extract(notice, { patterns: patternsFor(notice, rules) }),
    route: (notice, extraction) => route(notice, extraction, rules),
    onTaskChange: notify.onTaskChange,
    onUntracked: notify.onUntracked,
  });
  const actions = makeSlackActions({ store, rules, clock, log, ingest, commands, groupMembers });
  return {
    store,
    rules,
    clock,
    log,
    outbox,
    commands,
    ingest,
    actions,
    async ingestTask(notice = rdsNotice()) {
      const result = await ingest.ingest(notice);
      if (result.taskId === null) throw new Error(`notice was ${result.outcome}, not tracked`);
      return result.taskId;
    },
  };
}
