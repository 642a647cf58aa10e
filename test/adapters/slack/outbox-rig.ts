// A loopback Slack, the paced client and the outbox sender on one manual clock.
import { ManualClock } from '../../../src/adapters/clock.ts';
import { MemoryOutbox, MemoryTaskPosts } from '../../../src/adapters/slack/memory-outbox.ts';
import { PacedSlackClient } from '../../../src/adapters/slack/paced-client.ts';
import type { NewOutboxRow, OutboxStore } from '../../../src/app/ports.ts';
import { OutboxSender, type OutboxSenderOptions } from '../../../src/app/send-outbox.ts';
import { startLoopbackSlack, type LoopbackSlack, type LoopbackSlackOptions } from '../../fakes/slack-server.ts';
import { recordingLogger } from './helpers.ts';

export const T0 = '2024-08-01T09:00:00.000Z';
export const MINUTE = 60_000;

export const post = (channel: string, text: string, extra: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
  method: 'chat.postMessage',
  channel,
  args: { text },
  ...extra,
});

/** Everything on virtual time: waiting moves the clock the loopback Slack reads, so Retry-After is exact and instant. */
export async function rig(slackOptions: LoopbackSlackOptions = {}, senderOptions: OutboxSenderOptions = {}) {
  const clock = new ManualClock(T0);
  const sleep = async (ms: number) => clock.advance(ms);
  const slack = await startLoopbackSlack({ clock, perChannel: null, methodsPerMinute: null, ...slackOptions });
  const log = recordingLogger();
  const store = new MemoryOutbox();
  const posts = new MemoryTaskPosts();
  const client = () =>
    new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log, clock, sleep, pacing: { perChannelPerSecond: 1000 } });
  const sender = (over: Partial<{ store: OutboxStore }> = {}) =>
    new OutboxSender({ store, slack: client(), posts, clock, log, sleep, ...over }, { random: () => 0.5, ...senderOptions });
  return { clock, slack, log, store, posts, sender };
}

/** Drain, move the clock to the next attempt, drain again: the table decides when. */
export async function drainUntilSettled(r: Awaited<ReturnType<typeof rig>>, sender = r.sender(), rounds = 20) {
  for (let i = 0; i < rounds; i++) {
    await sender.drain();
    const pending = r.store.byStatus('pending');
    if (pending.length === 0) return;
    // move to the next moment anything in the table becomes due (a held channel waits for it too)
    const now = r.clock.now().getTime();
    const later = pending.map((p) => p.nextAttemptAt.getTime()).filter((t) => t > now);
    r.clock.set(new Date(later.length > 0 ? Math.min(...later) : now + MINUTE));
  }
  throw new Error('outbox did not settle');
}

export const texts = (slack: LoopbackSlack, channel: string) => slack.messages(channel).map((m) => m.text);
