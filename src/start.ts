// `noticeboard start`: the HTTP server, the Slack app, the outbox sender, and (on the leader only)
// the sources, the reminder scheduler and the weekly digests.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { AWS_HEALTH_PATH, awsHealthListener } from './adapters/aws-health/handler.ts';
import { calendarRoute } from './adapters/http/calendar.ts';
import { slackOutcomeCounter, storeCollectors } from './adapters/http/collectors.ts';
import { createHttpServer, listen, send, type Route } from './adapters/http/server.ts';
import { postgresLeader, soleLeader } from './adapters/leader/leader.ts';
import { SandboxClock, type AdvanceableClock } from './adapters/sandbox/clock.ts';
import { startInbox, type Inbox } from './adapters/sandbox/inbox.ts';
import { seedSamples } from './adapters/sandbox/samples.ts';
import { attachSandboxPage } from './adapters/slack/loopback/page.ts';
import { createSlackApp, SLACK_EVENTS_PATH } from './adapters/slack/app.ts';
import { startLoopbackSlack, type LoopbackSlack } from './adapters/slack/loopback/server.ts';
import { PacedSlackClient } from './adapters/slack/paced-client.ts';
import { makeOutboxStore } from './app/outbox-store.ts';
import { makeReminderStore } from './app/reminder-store.ts';
import { startScheduler, type Scheduler } from './app/scheduler.ts';
import { createReminderTick } from './app/send-reminders.ts';
import { makeDigest } from './app/send-digest.ts';
import { OutboxSender } from './app/send-outbox.ts';
import { makeSlackActions } from './app/slack-actions.ts';
import { openCore, slackGroupLookup, type Core, type CoreOptions } from './main.ts';
import { configuredSources } from './sources.ts';
import type { RuleSet } from './domain/policy.ts';
import type { Clock } from './app/ports.ts';

export interface RunningBot {
  core: Core;
  port: number;
  /** The local Slack-compatible sandbox, when no workspace is configured. */
  sandbox: LoopbackSlack | null;
  /** Send the reminders due now rather than at the scheduler's next minute. */
  tickReminders(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions extends CoreOptions {
  /** Overrides PORT (tests pass 0). */
  port?: number;
  /** Overrides INBOX_DIR, the sandbox's drop folder. */
  inboxDir?: string;
}

const canAdvance = (clock: Clock): clock is AdvanceableClock => typeof (clock as Partial<AdvanceableClock>).advance === 'function';

/**
 * Everyone the rules name, as sandbox users. A user group holds the members of the team whose owner
 * role it is; a group no team owns (a role's default, copied into every team) holds every team's
 * members that name it.
 */
function sandboxPeople(rules: RuleSet) {
  const users = new Set<string>();
  const owned: Record<string, string[]> = {};
  const named: Record<string, string[]> = {};
  const add = (into: Record<string, string[]>, group: string, members: string[]) => (into[group] = [...new Set([...(into[group] ?? []), ...members])]);
  for (const team of Object.values(rules.teams)) {
    for (const id of [...team.members, ...team.escalation.users]) users.add(id);
    for (const [role, ids] of Object.entries(team.roles)) {
      for (const id of ids) {
        if (!id.startsWith('S')) users.add(id);
        else add(role === 'owner' ? owned : named, id, team.members);
      }
    }
  }
  const usergroups = { ...named, ...owned };
  return { users: [...users].filter((id) => !id.startsWith('S')).map((id) => ({ id, name: id.toLowerCase() })), usergroups };
}

function healthRoutes(core: Core): Route[] {
  return [
    { method: 'GET', path: '/healthz', handler: (_req, res) => send(res, 200, { ok: true }) },
    {
      method: 'GET',
      path: '/readyz',
      handler: async (_req, res) => {
        const problems: string[] = [];
        try {
          await core.store.cursors.get('readyz', 'probe');
        } catch {
          problems.push('store unreachable');
        }
        const failing = (await core.store.sourceHealth.list().catch(() => [])).filter((h) => h.alerted);
        for (const h of failing) problems.push(`source ${h.source} failing: ${h.lastError ?? 'unknown error'}`);
        send(res, problems.length === 0 ? 200 : 503, { ok: problems.length === 0, problems });
      },
    },
    { method: 'GET', path: '/metrics', handler: async (_req, res) => send(res, 200, await core.metrics.render(), 'text/plain; version=0.0.4') },
  ];
}

export async function startBot(env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}): Promise<RunningBot> {
  // Wall time unless the sandbox page moves it forward (only the sandbox page can).
  const core = await openCore(env, { ...options, clock: options.clock ?? new SandboxClock() });
  const { config, log, clock, rules, store, metrics } = core;
  storeCollectors(metrics, store, clock);

  let sandbox: LoopbackSlack | null = null;
  let slack = config.slack ? { ...config.slack, apiUrl: config.slack.apiUrl ?? config.slackApiUrl } : null;
  if (!slack) {
    // No workspace configured: a Slack-compatible sandbox on loopback stands in for one.
    sandbox = await startLoopbackSlack({ ...sandboxPeople(rules), port: 0, clock });
    slack = { botToken: sandbox.token, signingSecret: randomBytes(24).toString('hex'), apiUrl: sandbox.apiUrl };
  }
  const apiUrl = slack.apiUrl ?? 'https://slack.com/api/';
  core.groupMembers.lookup = slackGroupLookup(apiUrl, slack.botToken, core);

  const outbox = makeOutboxStore(store);
  const client = new PacedSlackClient({ token: slack.botToken, apiUrl, log, clock, onOutcome: slackOutcomeCounter(metrics) });
  const sender = new OutboxSender({ store: outbox, slack: client, posts: outbox, clock, log });
  // A notice's rows are committed with it: tell the sender now rather than at its next poll.
  const ingestNow = core.ingest.ingest.bind(core.ingest);
  core.ingest.ingest = async (notice) => {
    const result = await ingestNow(notice);
    sender.wake();
    return result;
  };
  const actions = makeSlackActions({
    store,
    rules,
    clock,
    log,
    ingest: core.ingest,
    commands: core.commands,
    groupMembers: (id) => core.groupMembers.lookup(id),
  });
  const slackApp = createSlackApp({ config: slack, handlers: actions, log, clock });

  const policy = { ladder: (id: string) => rules.ladders[id], team: (id: string) => rules.teams[id] };
  const reminderTick = createReminderTick({ store: makeReminderStore(store, { teams: policy.team }), policy, log });
  const digest = makeDigest({ store, rules, clock, log });
  const sources = configuredSources(core);

  // Only the leader reads sources, sends reminders and digests and drains the outbox: a notice is
  // read once, a step sent once, and Slack's per-channel pace is kept by one sender.
  let leaderWork: { stop(): Promise<void> }[] = [];
  const leadership = config.databaseUrl.startsWith('postgres') ? postgresLeader(config.databaseUrl, log) : soleLeader();
  leadership.onChange((leader) => {
    metrics.set('noticeboard_leader', 'Whether this replica runs sources and the scheduler', leader ? 1 : 0);
    if (!leader) {
      const stopping = leaderWork;
      leaderWork = [];
      void Promise.all(stopping.map((w) => w.stop())).catch((err: unknown) => log.error({ err }, 'leader work did not stop cleanly'));
      return;
    }
    sender.start();
    sources.start();
    const reminders: Scheduler = startScheduler({
      clock,
      log,
      tick: async (now) => {
        const report = await reminderTick(now);
        metrics.inc('noticeboard_reminder_steps_sent_total', 'Reminder steps sent', {}, report.sent);
      },
    });
    const digests: Scheduler = startScheduler({ clock, log, tick: async (now) => void (await digest.tick(now)) });
    leaderWork = [sender, sources, reminders, digests];
  });

  const routes: Route[] = [
    ...healthRoutes(core),
    calendarRoute({ token: config.calendarToken, tasks: store.tasks, ladders: rules.ladders, teams: rules.teams, clock, log }),
  ];
  if (slackApp.requestListener) {
    const listener = slackApp.requestListener;
    routes.push({ method: 'POST', path: SLACK_EVENTS_PATH, handler: (req, res) => listener(req, res) });
  }
  if (config.awsHealthWebhookToken) {
    const listener = awsHealthListener({ token: config.awsHealthWebhookToken, sink: core.ingest, clock, log });
    routes.push({ method: 'POST', path: AWS_HEALTH_PATH, handler: (req, res) => listener(req, res) });
  }
  const server = createHttpServer(routes, log);
  const port = await listen(server, options.port ?? config.port, sandbox ? '127.0.0.1' : undefined);
  const tickNow = async () => {
    const report = await reminderTick(clock.now());
    metrics.inc('noticeboard_reminder_steps_sent_total', 'Reminder steps sent', {}, report.sent);
    sender.wake();
  };
  let inbox: Inbox | null = null;
  let seeding: Promise<unknown> = Promise.resolve();
  if (sandbox) {
    attachSandboxPage(sandbox, {
      eventsUrl: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
      signingSecret: slack.signingSecret,
      clock: {
        now: () => clock.now(),
        advance: async (ms) => {
          if (!canAdvance(clock)) throw new Error('this clock cannot be moved');
          clock.advance(ms);
          await tickNow();
        },
      },
    });
    const dir = resolve(options.inboxDir ?? env.INBOX_DIR ?? 'inbox');
    const opened = await startInbox({ dir, sink: core.ingest, log });
    inbox = opened;
    seeding = seedSamples(dir, clock.now())
      .then(async (names) => {
        for (const name of names) await opened.ingestFile(name);
        sender.wake();
      })
      .catch((err: unknown) => log.error({ err, dir }, 'sandbox samples not ingested'));
  }
  if (slackApp.mode === 'socket') await slackApp.start();
  leadership.start();
  log.info({ port, sandbox: sandbox?.url ?? null, slackMode: slackApp.mode }, 'noticeboard started');

  let stopped = false;
  return {
    core,
    port,
    sandbox,
    tickReminders: tickNow,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Intake first (HTTP, Slack, sources), then whatever is queued gets up to 10 s to reach Slack.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await slackApp.stop().catch(() => {});
      await sources.stop();
      await seeding;
      await inbox?.stop();
      await Promise.race([sender.drain(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]).catch(() => {});
      await leadership.stop();
      await Promise.all(leaderWork.map((w) => w.stop()));
      await sandbox?.close();
      await core.close();
    },
  };
}
