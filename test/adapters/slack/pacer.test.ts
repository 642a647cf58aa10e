import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { PacedSlackClient } from '../../../src/adapters/slack/paced-client.ts';
import { KeyedQueue, Pacer } from '../../../src/adapters/slack/pacer.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../../fakes/slack-server.ts';
import { recordingLogger } from './helpers.ts';

const T0 = Date.parse('2024-08-01T09:00:00Z');

function virtualTime() {
  const clock = new ManualClock(new Date(T0));
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
    clock.advance(ms);
  };
  return { clock, slept, sleep, at: () => clock.now().getTime() - T0 };
}

describe('pacer', () => {
  it('starts a new key on the timeline and spaces sends exactly one interval apart', async () => {
    const t = virtualTime();
    const pacer = new Pacer(t.clock, t.sleep);
    const sent: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pacer.take('C1', { intervalMs: 1000, burst: 2 });
      sent.push(t.at());
    }
    expect(sent).toEqual([0, 1000, 2000, 3000]);
  });

  it('makes up for a late send by at most burst - 1 slots, then keeps the timeline', async () => {
    const t = virtualTime();
    const pacer = new Pacer(t.clock, t.sleep);
    await pacer.take('C1', { intervalMs: 1000, burst: 2 });
    t.clock.advance(3500); // the process was busy: three slots went by
    const sent: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pacer.take('C1', { intervalMs: 1000, burst: 2 });
      sent.push(t.at());
    }
    expect(sent).toEqual([3500, 3500, 4500]);
  });

  it('does not drift when each send leaves a little late', async () => {
    const t = virtualTime();
    const pacer = new Pacer(t.clock, t.sleep);
    const sent: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pacer.take('C1', { intervalMs: 1000, burst: 2 });
      sent.push(t.at());
      t.clock.advance(30); // a late timer, a slow response
    }
    expect(sent).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it('keeps keys apart', async () => {
    const t = virtualTime();
    const pacer = new Pacer(t.clock, t.sleep);
    await pacer.take('C1', { intervalMs: 1000, burst: 1 });
    await pacer.take('C2', { intervalMs: 1000, burst: 1 });
    expect(t.slept).toEqual([]);
  });

  it.each([
    [1, 1000],
    [2, 2000],
    [30, 30_000],
  ])('after a Retry-After of %i s, waits exactly %i ms', async (seconds, ms) => {
    const t = virtualTime();
    const pacer = new Pacer(t.clock, t.sleep);
    pacer.block('C1', seconds);
    await pacer.take('C1', null);
    expect(t.at()).toBe(ms);
    await pacer.take('C2', null);
    expect(t.at()).toBe(ms);
  });
});

describe('keyed queue', () => {
  it('runs one task at a time per key, in order, and keys independently', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    let releaseA: () => void = () => undefined;
    const a1 = queue.run('A', () => new Promise<void>((r) => (releaseA = () => (events.push('a1'), r()))));
    const a2 = queue.run('A', async () => void events.push('a2'));
    await queue.run('B', async () => void events.push('b1'));
    expect(events).toEqual(['b1']);
    releaseA();
    await Promise.all([a1, a2]);
    expect(events).toEqual(['b1', 'a1', 'a2']);
  });

  it('goes on after a failed task', async () => {
    const queue = new KeyedQueue();
    await expect(queue.run('A', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('A', async () => 'next')).resolves.toBe('next');
  });
});

describe('paced client against the loopback limit, on a manual clock', () => {
  let slack: LoopbackSlack;
  afterEach(() => slack.close());

  it('posts to a channel once a second without a single 429, even when Slack allows no burst', async () => {
    const t = virtualTime();
    slack = await startLoopbackSlack({ clock: t.clock, perChannel: { perSecond: 1, burst: 1 }, methodsPerMinute: null });
    const client = new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log: recordingLogger(), clock: t.clock, sleep: t.sleep });

    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => client.call('chat.postMessage', { channel: 'C1', text: `m${i}` })));
    await client.stop();

    expect(results.every((r) => r.ok)).toBe(true);
    expect(slack.calls.map((c) => [c.status, c.at.getTime() - T0])).toEqual([
      [200, 0],
      [200, 1000],
      [200, 2000],
      [200, 3000],
      [200, 4000],
    ]);
    expect(slack.messages('C1').map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
  });

  it('paces chat.update by its tier, apart from the channel queue', async () => {
    const t = virtualTime();
    slack = await startLoopbackSlack({ clock: t.clock, perChannel: null, methodsPerMinute: { 'chat.update': 6 } });
    const client = new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log: recordingLogger(), clock: t.clock, sleep: t.sleep, pacing: { tiersPerMinute: { 'chat.update': 6 } } });
    const posted = await client.call('chat.postMessage', { channel: 'C1', text: 'v0' });
    const ts = posted.ok ? posted.ts : null;

    for (let i = 1; i <= 3; i++) await client.call('chat.update', { channel: 'C1', ts, text: `v${i}` });
    await client.stop();

    expect(slack.calls.filter((c) => c.method === 'chat.update').map((c) => [c.status, c.at.getTime() - T0])).toEqual([
      [200, 0],
      [200, 10_000],
      [200, 20_000],
    ]);
    expect(slack.violations).toBe(0);
  });
});
