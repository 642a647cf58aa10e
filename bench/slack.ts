// 1,000 task posts across 20 channels through the outbox, the paced client and the loopback
// Slack with its per-channel limit on. Passes when everything arrives once, no request arrived
// during a Retry-After, and the run takes at most 1.15x the least time the limit allows.
//   node bin/run-ts.js bench/slack.ts
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/adapters/log.ts';
import { startLoopbackSlack } from '../src/adapters/slack/loopback/index.ts';
import { MemoryOutbox, MemoryTaskPosts } from '../src/adapters/slack/memory-outbox.ts';
import { PacedSlackClient } from '../src/adapters/slack/paced-client.ts';
import { systemClock } from '../src/adapters/clock.ts';
import { OutboxSender } from '../src/app/send-outbox.ts';
import type { NewOutboxRow } from '../src/app/ports.ts';

export interface SlackBenchOptions {
  posts?: number;
  channels?: number;
  /**
   * The loopback's chat.postMessage limit per channel, and the client's pace. Slack's is about 1;
   * 5 keeps the run near ten seconds while each channel's sends stay strictly one at a time (a
   * 429 must be seen before the next request leaves), so a response slower than the interval on a
   * loaded machine costs time the pacer can only partly make up.
   */
  perSecond?: number;
  burst?: number;
}

export interface SlackBenchResult {
  posts: number;
  channels: number;
  perSecond: number;
  burst: number;
  seconds: number;
  minimumSeconds: number;
  ratio: number;
  delivered: number;
  lost: number;
  duplicated: number;
  rateLimited: number;
  violations: number;
  ok: boolean;
}

export async function runSlackBench(options: SlackBenchOptions = {}): Promise<SlackBenchResult> {
  const posts = options.posts ?? 1000;
  const channels = options.channels ?? 20;
  const perSecond = options.perSecond ?? 5;
  const burst = options.burst ?? 3;
  const slack = await startLoopbackSlack({ perChannel: { perSecond, burst }, methodsPerMinute: null });
  const client = new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log: silentLogger, pacing: { perChannelPerSecond: perSecond } });
  const store = new MemoryOutbox();
  const sender = new OutboxSender({ store, slack: client, posts: new MemoryTaskPosts(), clock: systemClock, log: silentLogger });
  const rows: NewOutboxRow[] = Array.from({ length: posts }, (_, i) => ({
    method: 'chat.postMessage',
    channel: `CBENCH${String(i % channels).padStart(2, '0')}`,
    args: { text: `post ${i}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*post ${i}*` } }] },
    taskId: i + 1,
    anchor: 'task-post',
  }));
  // a running bot is warm: compile the path and open the connections on channels the run does not use
  await store.enqueue(
    Array.from({ length: channels }, (_, i) => ({ method: 'chat.postMessage' as const, channel: `CWARM${i}`, args: { text: 'warm-up' } })),
    systemClock.now(),
  );
  await sender.drain();
  await store.enqueue(rows, systemClock.now());

  const started = performance.now();
  await sender.drain();
  const seconds = (performance.now() - started) / 1000;
  await client.stop();
  await slack.close();

  const seen = new Map<string, number>();
  for (const channel of slack.ws.channels.values()) {
    if (channel.id.startsWith('CWARM')) continue;
    for (const m of channel.messages) seen.set(m.text, (seen.get(m.text) ?? 0) + 1);
  }
  const perChannel = new Map<string, number>();
  for (const row of rows) perChannel.set(row.channel, (perChannel.get(row.channel) ?? 0) + 1);
  // a full bucket lets `burst` posts through at once, then one every 1/perSecond
  const minimumSeconds = Math.max(...[...perChannel.values()].map((n) => Math.max(0, n - burst) / perSecond));
  const delivered = [...seen.values()].reduce((a, b) => a + b, 0);
  const lost = rows.filter((r) => !seen.has(String(r.args.text))).length;
  const duplicated = [...seen.values()].filter((n) => n > 1).length;
  const ratio = seconds / minimumSeconds;
  return {
    posts,
    channels,
    perSecond,
    burst,
    seconds,
    minimumSeconds,
    ratio,
    delivered,
    lost,
    duplicated,
    rateLimited: slack.calls.filter((c) => c.status === 429).length,
    violations: slack.violations,
    ok: lost === 0 && duplicated === 0 && slack.violations === 0 && ratio <= 1.15,
  };
}

export function formatSlackBench(r: SlackBenchResult): string {
  return [
    `$ node bin/run-ts.js bench/slack.ts${r.perSecond === 5 ? '' : ` --per-second ${r.perSecond}`}`,
    `slack outbox: ${r.posts} posts across ${r.channels} channels, loopback limit ${r.perSecond} msg/s per channel (burst ${r.burst}); Slack's own is about 1/s`,
    `  load      ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`,
    `  time      ${r.seconds.toFixed(3)} s   minimum the limit allows ${r.minimumSeconds.toFixed(3)} s   ratio ${r.ratio.toFixed(3)} (must be <= 1.15)`,
    `  delivered ${r.delivered}   lost ${r.lost}   duplicated ${r.duplicated}   429s ${r.rateLimited}   requests during a Retry-After ${r.violations}`,
    `  ${r.ok ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}

/** `--per-second N`, `--posts N`, `--channels N`, `--burst N`. */
function argsToOptions(argv: string[]): SlackBenchOptions {
  const options: SlackBenchOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${argv[i]} needs a positive number`);
    if (argv[i] === '--per-second') options.perSecond = value;
    else if (argv[i] === '--posts') options.posts = value;
    else if (argv[i] === '--channels') options.channels = value;
    else if (argv[i] === '--burst') options.burst = value;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = await runSlackBench(argsToOptions(process.argv.slice(2)));
  console.log(formatSlackBench(result));
  process.exitCode = result.ok ? 0 : 1;
}
