import type { ReminderRepository, StoredStepRecord } from '../../app/ports.ts';
import type { Task } from '../../domain/task.ts';
import { clone, type MemoryState } from './memory-state.ts';

const due = (t: { nextReminderAt: Date | null }): number => t.nextReminderAt?.getTime() ?? Infinity;

export function memoryReminders(s: MemoryState): ReminderRepository {
  const recorded = (task: Pick<Task, 'id' | 'deadlineVersion'>): string[] =>
    (s.reminders.get(task.id) ?? []).filter((r) => r.deadlineVersion === task.deadlineVersion).map((r) => r.stepId);
  return {
    due: async (now, limit) =>
      [...s.tasks.values()]
        .filter((t) => due(t) <= now.getTime())
        .sort((a, b) => due(a) - due(b) || a.id - b.id)
        .slice(0, limit)
        .map((row) => ({ task: clone({ ...row, signOffs: s.signOffs.get(row.id) ?? [] }), recorded: recorded(row) })),
    record: async (taskId, records) => {
      const existing = s.reminders.get(taskId) ?? [];
      const keys = new Set(existing.map((r) => `${r.deadlineVersion}|${r.stepId}`));
      for (const r of records) {
        const key = `${r.deadlineVersion}|${r.stepId}`;
        if (keys.has(key)) return false;
        keys.add(key);
      }
      const added: StoredStepRecord[] = records.map((r) => clone({ ...r, taskId }));
      s.reminders.set(taskId, [...existing, ...added]);
      return true;
    },
    setNextDue: async (taskId, nextDueAt, expectedUpdatedAt) => {
      const row = s.tasks.get(taskId);
      if (!row || row.updatedAt.getTime() !== expectedUpdatedAt.getTime()) return false;
      s.tasks.set(taskId, { ...row, nextReminderAt: nextDueAt && new Date(nextDueAt) });
      return true;
    },
    listByTask: async (taskId) => clone(s.reminders.get(taskId) ?? []),
  };
}
