// The whole bot on loopback: rules loaded from a folder, a SQLite file, the Slack app in HTTP mode,
// the outbox sender with the paced client, and the loopback Slack they all talk to. Time is one
// manual clock: the sender's waits move it, so retries and Retry-After cost no real time.
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/adapters/clock.ts';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/adapters/slack/app.ts';
import { PacedSlackClient } from '../../src/adapters/slack/paced-client.ts';
import { openSqliteStore } from '../../src/adapters/store/sqlite.ts';
import { makeOutboxStore } from '../../src/app/outbox-store.ts';
import type { OutboxRow, OutboxStore, SlackActions, Store } from '../../src/app/ports.ts';
import { OutboxSender } from '../../src/app/send-outbox.ts';
import { cachedGroupMembers } from '../../src/app/slack-roles.ts';
import { loadRulesOrThrow } from '../../src/config/rules.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../fakes/slack-server.ts';
import { recordingLogger } from '../adapters/slack/helpers.ts';
import { appHarness, type AppHarness } from '../support/app-harness.ts';

export const SECRET = 'e2e-signing-secret';
export const T0 = '2024-06-03T08:00:00.000Z';

export const USERS = {
  owner: 'UOWNER0001',
  security: 'USECURITY1',
  bystander: 'UCAROL0001',
  /** Owner of the platform team through the user group SPLATOPS01. */
  groupOwner: 'UOPSGROUP1',
  dataOwner: 'UDATAOWNR1',
} as const;

const TEAMS_YAML = `
adminChannel: C0ADMIN000
defaultTeam: platform
roles:
  owner: { description: Does the work. }
  security: { description: Signs for exposure. }
signoff:
  default: [owner, security]
teams:
  platform:
    channel: C0PLATFORM
    members: [${USERS.owner}, ${USERS.bystander}]
    timeZone: Europe/Berlin
    roles:
      owner: [${USERS.owner}, SPLATOPS01]
      security: [${USERS.security}]
  data:
    channel: C0DATA0000
    members: [${USERS.dataOwner}]
    timeZone: America/New_York
    roles:
      owner: [${USERS.dataOwner}]
      security: [${USERS.security}]
resourceRoutes:
  - { pattern: '^arn:aws:rds:', team: data }
`;

const LADDERS_YAML = `
defaultLadder: default
defaultLeadTime: 7d
ladders:
  default:
    description: Weeks ahead.
    steps:
      - { at: -14d, loudness: channel }
      - { at: -1d, loudness: here, critical: true }
      - { id: overdue, at: +1d, loudness: overdue, critical: true }
    repeatOverdue: 24h
`;

/** Resolves when a use case called by the Slack app has finished, whatever it answered. */
function observed(actions: SlackActions): { handlers: SlackActions; finished: (name: keyof SlackActions) => Promise<unknown> } {
  const events = new EventEmitter();
  const handlers = Object.fromEntries(
    Object.entries(actions).map(([name, fn]) => [
      name,
      async (input: never) => {
        try {
          return await (fn as (i: never) => Promise<unknown>)(input);
        } finally {
          setImmediate(() => events.emit(name));
        }
      },
    ]),
  ) as unknown as SlackActions;
  return { handlers, finished: (name) => new Promise((resolve) => events.once(name, resolve)) };
}

/** The sender's view of the outbox, noting when each row it handed back wants its next attempt. */
function watched(outbox: OutboxStore): { outbox: OutboxStore; waiting: Map<number, number> } {
  const waiting = new Map<number, number>();
  return {
    waiting,
    outbox: {
      enqueue: (rows, now) => outbox.enqueue(rows, now),
      claimDue: (claim) => outbox.claimDue(claim),
      markSent: async (id, response) => {
        waiting.delete(id);
        await outbox.markSent(id, response);
      },
      markFailed: async (id, error, next) => {
        if (next) waiting.set(id, next.getTime());
        else waiting.delete(id);
        await outbox.markFailed(id, error, next);
      },
      release: async (id, next) => {
        waiting.set(id, next.getTime());
        await outbox.release(id, next);
      },
    },
  };
}

export interface SlackRig {
  app: AppHarness;
  clock: ManualClock;
  slack: LoopbackSlack;
  slackApp: SlackApp;
  url: string;
  store: Store;
  sender: OutboxSender;
  /** The outbox rows of a task, in id order. */
  rows(taskId: number): Promise<OutboxRow[]>;
  log: ReturnType<typeof recordingLogger>;
  finished: (name: keyof SlackActions) => Promise<unknown>;
  /** Drain, then move the clock to the next retry and drain again, until nothing is pending. */
  deliver(): Promise<void>;
  close(): Promise<void>;
}

export async function startSlackRig(): Promise<SlackRig> {
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-e2e-'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'teams.yaml'), TEAMS_YAML);
  writeFileSync(join(dir, 'rules', 'ladders.yaml'), LADDERS_YAML);
  const rules = loadRulesOrThrow(join(dir, 'rules'));

  const clock = new ManualClock(T0);
  const sleep = async (ms: number) => clock.advance(ms);
  const slack = await startLoopbackSlack({ clock, usergroups: { SPLATOPS01: [USERS.groupOwner] } });
  const log = recordingLogger();
  const store = await openSqliteStore(`file:${join(dir, 'noticeboard.db')}`);
  const posts = makeOutboxStore(store);
  const { outbox, waiting } = watched(posts);

  let slackApp: SlackApp | null = null;
  const groupMembers = cachedGroupMembers(
    async (id) => (await slackApp!.app.client.usergroups.users.list({ usergroup: id })).users ?? [],
    { clock, log },
  );
  const app = appHarness({ store, rules, outboxOf: 'store', groupMembers, clock });
  const { handlers, finished } = observed(app.actions);
  slackApp = createSlackApp({ config: { botToken: slack.token, signingSecret: SECRET, apiUrl: slack.apiUrl }, handlers, log, clock });
  const { port } = await slackApp.start(0);

  const client = new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log, clock, sleep });
  const sender = new OutboxSender({ store: outbox, slack: client, posts, clock, log, sleep }, { random: () => 0.5 });

  return {
    app,
    clock,
    slack,
    slackApp,
    url: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    store,
    sender,
    log,
    finished,
    rows: (taskId) => store.outbox.listByTask(taskId),
    async deliver() {
      for (let round = 0; round < 20; round++) {
        await sender.drain();
        if (waiting.size === 0) return;
        const next = Math.min(...waiting.values());
        clock.set(new Date(Math.max(next, clock.now().getTime() + 1)));
      }
      throw new Error('the outbox did not settle');
    },
    async close() {
      await slackApp?.stop();
      await client.stop();
      await slack.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
