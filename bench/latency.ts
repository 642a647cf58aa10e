// Ingest-to-post latency of a started bot: notices arrive at a steady rate through core.ingest, and
// each one's time runs until its task post is seen by the loopback Slack. The notices go to 20 team
// channels, so every channel stays below Slack's one post a second and the figure is the bot's own
// delay (store, outbox sender, pacing), not a queue Slack's limit would build anyway.
//   node bin/run-ts.js bench/latency.ts [--seconds 60] [--rate 10] [--engine sqlite|postgres|both]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { startLoopbackSlack, type CallRecord, type LoopbackSlack } from '../src/adapters/slack/loopback/server.ts';
import type { Notice } from '../src/domain/notice.ts';
import { startBot, type RunningBot } from '../src/start.ts';
import { postgresMissing, startPostgres } from '../test/support/postgres.ts';

const CHANNELS = 20;
const DAY_MS = 86_400_000;

/** The repository's rules plus one team per bench channel, routed by the instance's name. */
function benchRules(dir: string): string {
  const rulesDir = join(dir, 'rules');
  cpSync(resolve(import.meta.dirname, '../rules'), rulesDir, { recursive: true });
  const file = join(rulesDir, 'teams.yaml');
  const teams = parse(readFileSync(file, 'utf8')) as { teams: Record<string, Record<string, unknown>>; resourceRoutes: unknown[] };
  const template = teams.teams.data ?? {};
  const routes = [];
  for (let c = 0; c < CHANNELS; c++) {
    const id = `bench${String(c).padStart(2, '0')}`;
    teams.teams[id] = { ...template, channel: `#${id}`, digest: false };
    routes.push({ pattern: `instance/${id}-`, team: id });
  }
  teams.resourceRoutes = [...routes, ...teams.resourceRoutes];
  writeFileSync(file, stringify(teams));
  return rulesDir;
}

function notice(i: number, now: Date): { notice: Notice; marker: string } {
  const marker = `bench${String(i % CHANNELS).padStart(2, '0')}-db${i}`;
  const deadline = new Date(now.getTime() + 90 * DAY_MS).toISOString().slice(0, 10);
  return {
    marker,
    notice: {
      source: { kind: 'imap', mailbox: 'INBOX', uidValidity: '1', uid: i + 1 },
      messageId: `<latency-${i}@bench.example>`,
      from: 'no-reply-aws@amazon.com',
      fromName: 'Amazon Web Services',
      // EC2 retirement: the provider rule names no team, so the resource route decides the channel
      subject: `[Action Required] Amazon EC2 instance ${marker} scheduled for retirement on ${deadline}`,
      receivedAt: now,
      text: `Your instance arn:aws:ec2:eu-central-1:111122223333:instance/${marker} is scheduled for retirement on ${deadline} due to degraded hardware. Stop and start it before ${deadline}.`,
      rawSize: 1_024,
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Notices at `rate` a second, each to the next bot in turn; the time until each task's post reaches `slack`. */
async function measure(label: string, bots: RunningBot[], slack: LoopbackSlack, seconds: number, rate: number): Promise<void> {
  const waiting = new Map<string, { started: number; done: (ms: number) => void }>();
  slack.on('call', (call: CallRecord) => {
    if (call.method !== 'chat.postMessage' || !call.ok || call.args.thread_ts) return;
    const hit = /bench\d\d-db\d+/.exec(JSON.stringify(call.args));
    const entry = hit ? waiting.get(hit[0]) : undefined;
    if (!hit || !entry) return;
    waiting.delete(hit[0]);
    entry.done(performance.now() - entry.started);
  });
  const total = Math.round(seconds * rate);
  const latencies: Promise<number>[] = [];
  const outcomes = new Map<string, number>();
  const begun = performance.now();
  for (let i = 0; i < total; i++) {
    // a steady rate on the wall clock: each notice leaves at its slot, not after the previous one
    const wait = begun + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { notice: n, marker } = notice(i, new Date());
    const started = performance.now();
    latencies.push(new Promise<number>((done) => waiting.set(marker, { started, done })));
    const bot = bots[i % bots.length];
    void bot?.core.ingest.ingest(n).then((r) => outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1));
  }
  const limit = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000).unref());
  const settled = await Promise.race([Promise.all(latencies), limit]);
  if (settled === 'timeout') throw new Error(`${label}: ${waiting.size} of ${total} posts never arrived within 60 s of the last notice`);
  const sorted = [...settled].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${label}, ${total} notices at ${rate}/s over ${CHANNELS} channels (${seconds} s): p50 ${ms(percentile(sorted, 50))}, p90 ${ms(percentile(sorted, 90))}, ` +
      `p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? 0)}; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}; ` +
      `Retry-After violations ${slack.violations}; ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`,
  );
}

async function onSqlite(seconds: number, rate: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nb-latency-'));
  const bot = await startBot({ DATABASE_URL: `file:${join(dir, 'bench.db')}`, RULES_DIR: benchRules(dir), LOG_LEVEL: 'silent' }, { port: 0, inboxDir: join(dir, 'inbox') });
  try {
    if (!bot.sandbox) throw new Error('the bench needs the sandbox: unset SLACK_BOT_TOKEN');
    await measure('sqlite, one replica', [bot], bot.sandbox, seconds, rate);
  } finally {
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two replicas on one PostgreSQL and one Slack; notices arrive at both, the leader sends. */
async function onPostgres(seconds: number, rate: number): Promise<void> {
  if (postgresMissing) {
    console.log(`postgres, two replicas: skipped (${postgresMissing})`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'nb-latency-pg-'));
  const server = await startPostgres();
  const slack = await startLoopbackSlack({ tokens: ['xoxb-latency-bench'], port: 0 });
  const env = {
    DATABASE_URL: await server.createDatabase(),
    RULES_DIR: benchRules(dir),
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-latency-bench',
    SLACK_SIGNING_SECRET: 'latency-bench-signing-secret',
    SLACK_API_URL: slack.apiUrl,
  };
  const bots: RunningBot[] = [];
  try {
    bots.push(await startBot(env, { port: 0 }), await startBot(env, { port: 0 }));
    await measure('postgres, two replicas', bots, slack, seconds, rate);
  } finally {
    for (const bot of bots) await bot.stop();
    await slack.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, rate: { type: 'string', default: '10' }, engine: { type: 'string', default: 'both' } },
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);
if (values.engine !== 'postgres') await onSqlite(seconds, rate);
if (values.engine !== 'sqlite') await onPostgres(seconds, rate);
