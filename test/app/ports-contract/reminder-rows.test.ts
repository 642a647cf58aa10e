import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../../src/adapters/store/memory.ts';
import type { NewOutboxRow } from '../../../src/app/ports.ts';
import { makeReminderStore, reminderRows } from '../../../src/app/reminder-store.ts';
import { buildReminderMessages } from '../../../src/domain/reminder-message.ts';
import type { DueStep } from '../../../src/domain/ladder-plan.ts';
import type { Team } from '../../../src/domain/policy.ts';
import type { Task } from '../../../src/domain/task.ts';
import { aTask, aTeam } from '../../builders/reminder-builders.ts';
import { aNewTask } from '../../builders/index.ts';

const NOW = new Date('2024-08-19T09:00:00Z');
const step = (loudness: 'thread' | 'dm' | 'overdue'): DueStep => ({ stepId: `s-${loudness}`, kind: 'step', loudness, scheduledAt: NOW, dueAt: NOW, critical: false });
const pick = (rows: NewOutboxRow[]) => rows.map((r) => [r.channel, r.anchor ?? null, r.args.text]);

describe('reminder messages as outbox rows', () => {
  const team = aTeam({ roles: { sre: ['U0ALICE', 'U0BOB'] }, escalation: { users: ['U0BOSS'], channel: 'C0ESCALATE' } });
  const task = aTask({ id: 7, requiredRoles: ['sre'], owner: 'U0OWNER', state: 'acknowledged' });

  it('replies in the task thread for a thread step, the sender finding the post', () => {
    const [message] = buildReminderMessages(task, team, step('thread'), NOW);
    expect(message && reminderRows(message, task, team)).toEqual([
      { method: 'chat.postMessage', channel: 'C0PLATFORM', args: { text: message?.text }, taskId: 7, anchor: 'task-thread' },
    ]);
  });

  it('posts in the channel and writes one DM to each person who may sign', () => {
    const messages = buildReminderMessages(task, team, step('dm'), NOW);
    const rows = messages.flatMap((m) => reminderRows(m, task, team));
    expect(pick(rows)).toEqual(messages.map((m) => [m.audience.dm ?? m.audience.channel, null, m.text]));
    expect(rows.map((r) => r.channel)).toEqual(['C0PLATFORM', 'U0ALICE', 'U0BOB']);
  });

  it('alerts the escalation channel and replies in the thread for an overdue step', () => {
    const messages = buildReminderMessages(task, team, step('overdue'), NOW);
    const rows = messages.flatMap((m) => reminderRows(m, task, team));
    expect(rows.map((r) => [r.channel, r.anchor ?? null])).toEqual([['C0ESCALATE', null], ['C0PLATFORM', 'task-thread']]);
  });
});

describe('the reminder store over a store', () => {
  it("renders each message through rowsFor with the task as stored and its team, keying every row to its step", async () => {
    const store = openMemoryStore();
    const teams = new Map<string, Team>([['platform', aTeam({ timeZone: 'Europe/Berlin' })]]);
    const seen: [string, string | undefined][] = [];
    const reminders = makeReminderStore(store, {
      teams: (id) => teams.get(id),
      rowsFor: (message, task: Task, team) => {
        seen.push([task.title, team?.timeZone]);
        const row: NewOutboxRow = { method: 'chat.postMessage', channel: task.channel, args: { text: `${message.text} (${team?.timeZone})` }, taskId: task.id };
        return [row, { ...row, dedupeKey: `custom:${task.id}` }];
      },
    });
    const task = await store.tasks.insert(aNewTask({ title: 'Rotate the CA', team: 'platform', createdAt: NOW, updatedAt: NOW, nextReminderAt: NOW }));
    const [candidate] = await reminders.dueTasks(NOW, 1);
    const messages = buildReminderMessages(candidate!.task, teams.get('platform')!, step('thread'), NOW);
    const records = [{ stepId: 's-thread', deadlineVersion: 1, outcome: 'sent' as const, dueAt: NOW, recordedAt: NOW }];
    const result = await reminders.recordAndQueue({ taskId: task.id, at: NOW, expectedUpdatedAt: NOW, records, messages, nextDueAt: null });
    expect(result).toBe('recorded');
    expect(seen).toEqual([['Rotate the CA', 'Europe/Berlin']]);
    const rows = await store.outbox.listByTask(task.id);
    expect(rows.map((r) => [r.dedupeKey, r.args.text])).toEqual([
      [`reminder:${task.id}:1:s-thread:0.0`, `${messages[0]?.text} (Europe/Berlin)`],
      [`custom:${task.id}`, `${messages[0]?.text} (Europe/Berlin)`],
    ]);
  });
});
