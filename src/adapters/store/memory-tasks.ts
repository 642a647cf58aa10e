import { StoreConflictError, type TaskRepository } from '../../app/ports.ts';
import { sharedResources } from '../../domain/fingerprint.ts';
import type { Task, TaskState } from '../../domain/task.ts';
import { clone, type MemoryState, type TaskRow } from './memory-state.ts';

const CLOSED = new Set<Task['state']>(['done', 'dismissed']);

export function memoryTasks(s: MemoryState): TaskRepository {
  const read = (row: TaskRow | undefined): Task | null => (row ? clone({ ...row, signOffs: s.signOffs.get(row.id) ?? [] }) : null);
  const rows = (): TaskRow[] => [...s.tasks.values()];
  const patch = (id: number, change: Partial<TaskRow>): void => {
    const row = s.tasks.get(id);
    if (row) s.tasks.set(id, clone({ ...row, ...change }));
  };
  return {
    get: async (id) => read(s.tasks.get(id)),
    findByFingerprint: async (fp) => {
      const own = rows().find((t) => t.fingerprint === fp);
      if (own) return read(own);
      const viaNotice = [...s.notices.values()].find((n) => n.taskId !== null && n.fingerprint === fp);
      return viaNotice?.taskId ? read(s.tasks.get(viaNotice.taskId)) : null;
    },
    listOpenSharing: async ({ provider, kind, resources }) =>
      rows()
        .filter((t) => !CLOSED.has(t.state) && t.provider === provider && t.kind === kind && sharedResources(t.resources, resources) > 0)
        .map((t) => read(t))
        .filter((t): t is Task => t !== null),
    countByState: async () => {
      const counts: Partial<Record<TaskState, number>> = {};
      for (const t of rows()) counts[t.state] = (counts[t.state] ?? 0) + 1;
      return counts;
    },
    list: async (filter = {}) =>
      rows()
        .filter((t) => !filter.states || filter.states.includes(t.state))
        .map((t) => read(t))
        .filter((t): t is Task => t !== null),
    insert: async (task) => {
      if (rows().some((t) => t.fingerprint === task.fingerprint)) throw new StoreConflictError(`task ${task.fingerprint} exists`);
      const row: TaskRow = clone({ ...task, id: ++s.ids.task });
      s.tasks.set(row.id, row);
      return read(row) as Task;
    },
    update: async (task, fields) => {
      const { signOffs: _signOffs, id: _id, fingerprint: _fp, createdAt: _created, ...row } = task;
      // A field named but absent (an optional one such as deadlineSetAt) is cleared, as SQL writes NULL.
      const keys = (fields ?? Object.keys(row)).filter((k): k is keyof typeof row => !['id', 'fingerprint', 'createdAt', 'signOffs'].includes(k));
      patch(task.id, Object.fromEntries(keys.map((k) => [k, row[k]])));
    },
    linkNotice: async (link) => {
      if (s.links.some((l) => l.taskId === link.taskId && l.noticeId === link.noticeId)) return;
      s.links.push(clone(link));
    },
    recordDeadlineChange: async (change) => void s.deadlines.push(clone(change)),
    deadlineHistory: async (taskId) => clone(s.deadlines.filter((d) => d.taskId === taskId)),
    slackPost: async (taskId) => clone(s.tasks.get(taskId)?.slackPost ?? null),
    setSlackPost: async (taskId, post) => patch(taskId, { slackPost: post }),
  };
}
