import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { MemoryOutbox, MemoryTaskPosts } from '../../../src/adapters/slack/memory-outbox.ts';
import { PacedSlackClient } from '../../../src/adapters/slack/paced-client.ts';
import { OutboxSender } from '../../../src/app/send-outbox.ts';
import { plainMessageRow, taskPostRow, taskThreadRow, taskUpdateRow } from '../../../src/app/slack-outbox.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../../fakes/slack-server.ts';
import { aTask, aTeam, recordingLogger, textsOf } from './helpers.ts';

describe('task rows, end to end through the loopback Slack', () => {
  let slack: LoopbackSlack;
  afterEach(() => slack.close());

  it('posts a task, updates it in place, threads its history and DMs an approver', async () => {
    const clock = new ManualClock('2024-08-01T09:00:00Z');
    slack = await startLoopbackSlack({ clock, perChannel: null });
    const log = recordingLogger();
    const store = new MemoryOutbox();
    const client = new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log, clock, sleep: async (ms) => clock.advance(ms) });
    const sender = new OutboxSender({ store, slack: client, posts: new MemoryTaskPosts(), clock, log });
    const team = aTeam();
    const task = aTask({ resources: Array.from({ length: 500 }, (_, i) => `i-${i}`) });
    const owned = { ...task, owner: 'UADA', state: 'acknowledged' as const };

    await store.enqueue(
      [
        taskPostRow(task, team, clock.now()),
        taskUpdateRow(owned, team, clock.now()),
        taskThreadRow(owned, { kind: 'owner-taken', user: 'UADA', previous: null }, team, clock.now()),
        plainMessageRow('UBOB', { text: 'Task 42 waits for your sign-off', blocks: [] }),
      ],
      clock.now(),
    );
    const report = await sender.drain();
    await client.stop();

    expect(report).toMatchObject({ sent: 4, failed: 0 });
    const [post] = slack.messages(task.channel);
    expect(post?.edits).toBe(1);
    expect(textsOf(post?.blocks).map((t) => t.text).join('\n')).toContain('<@UADA>');
    expect(slack.replies(task.channel, post!.ts).map((m) => m.text)).toEqual(['🙋 <@UADA> took ownership']);
    expect(slack.messages('UBOB').map((m) => m.text)).toEqual(['Task 42 waits for your sign-off']);
  });
});
