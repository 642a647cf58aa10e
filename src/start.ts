// `noticeboard start`: the HTTP server, the Slack app, the outbox sender, and (on the leader only)
// the sources, the reminder scheduler and the weekly digests.
import { randomBytes } from 'node:crypto';
import { AWS_HEALTH_PATH, awsHealthListener } from './adapters/aws-health/handler.ts';
import { calendarRoute } from './adapters/http/calendar.ts';
import { slackOutcomeCounter, storeCollectors } from './adapters/http/collectors.ts';
import { createHttpServer, listen, send, type Route } from './adapters/http/server.ts';
import { postgresLeader, soleLeader } from './adapters/leader/leader.ts';
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

export interface RunningBot {
  core: Core;
  port: number;
  /** The local Slack-compatible sandbox, when no workspace is configured. */
  sandbox: LoopbackSlack | null;
  stop(): Promise<void>;
}

export interface StartOptions extends CoreOptions {
  /** Overrides PORT (tests pass 0). */
  port?: number;
}

/** Everyone the rules name, as sandbox users; each user group holds its team's members. */
function sandboxPeople(rules: RuleSet) {
  const users = new Set<string>();
  const groups: Record<string, string[]> = {};
  for (const team of Object.values(rules.teams)) {
    const named = [...team.members, ...team.escalation.users, ...Object.values(team.roles).flat()];
    for (const id of named) {
      if (id.startsWith('S')) groups[id] = [...new Set([...(groups[id] ?? []), ...team.members])];
      else users.add(id);
    }
  }
  return { users: [...users].map((id) => ({ id, name: id.toLowerCase() })), usergroups: groups };
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
  const core = await openCore(env, options);
  const { config, log, clock, rules, store, metrics } = core;
  storeCollectors(metrics, store, clock);

  let sandbox: LoopbackSlack | null = null;
  let slack = config.slack ? { ...config.slack, apiUrl: config.slack.apiUrl ?? config.slackApiUrl } : null;
  if (!slack) {
    // No workspace configured: a Slack-compatible sandbox on loopback stands in for one.
    sandbox = await startLoopbackSlack({ ...sandboxPeople(rules), port: 0 });
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
  const port = await listen(server, options.port ?? config.port);
  if (slackApp.mode === 'socket') await slackApp.start();
  leadership.start();
  log.info({ port, sandbox: sandbox?.url ?? null, slackMode: slackApp.mode }, 'noticeboard started');

  let stopped = false;
  return {
    core,
    port,
    sandbox,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Intake first (HTTP, Slack, sources), then whatever is queued gets up to 10 s to reach Slack.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await slackApp.stop().catch(() => {});
      await sources.stop();
      await Promise.race([sender.drain(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]).catch(() => {});
      await leadership.stop();
      await Promise.all(leaderWork.map((w) => w.stop()));
      await sandbox?.close();
      await core.close();
    },
  };
}
