import {
  StoreConflictError,
  type AuditRepository,
  type NoticeRecord,
  type NoticeRef,
  type NoticeRepository,
  type OutboxMessage,
  type OutboxRepository,
  type ReminderRepository,
  type ReminderSent,
  type Repositories,
  type SignOffRepository,
  type SourceHealth,
  type SourceStateRepository,
} from '../../app/ports.ts';
import { memoryTasks } from './memory-tasks.ts';
import { clone, type MemoryState } from './memory-state.ts';

export function memoryRepositories(s: MemoryState): Repositories {
  return {
    notices: notices(s),
    tasks: memoryTasks(s),
    signOffs: signOffs(s),
    audit: audit(s),
    reminders: reminders(s),
    outbox: outbox(s),
    sources: sources(s),
  };
}

const ref = (n: NoticeRecord): NoticeRef => ({
  id: n.id,
  sourceKey: n.sourceKey,
  contentHash: n.contentHash,
  fingerprint: n.fingerprint,
  ruleId: n.ruleId,
  disposition: n.disposition,
  taskId: n.taskId,
});

function notices(s: MemoryState): NoticeRepository {
  const all = (): NoticeRecord[] => [...s.notices.values()];
  return {
    insert: async (notice) => {
      if (all().some((n) => n.sourceKey === notice.sourceKey)) throw new StoreConflictError(`notice ${notice.sourceKey} exists`);
      const record = clone({ ...notice, id: ++s.ids.notice });
      s.notices.set(record.id, record);
      return clone(record);
    },
    get: async (id) => clone(s.notices.get(id) ?? null),
    findBySourceKey: async (key) => {
      const found = all().find((n) => n.sourceKey === key);
      return found ? ref(found) : null;
    },
    findSeen: async ({ sourceKey, messageId, from }) =>
      all()
        .filter((n) => n.sourceKey === sourceKey || (messageId !== null && n.messageId === messageId && n.from === from))
        .map(ref),
    taskIdForEvent: async (eventId) => all().find((n) => n.taskId !== null && n.eventId === eventId)?.taskId ?? null,
    listByTask: async (taskId) => clone(all().filter((n) => n.taskId === taskId)),
    listByDisposition: async (disposition) => clone(all().filter((n) => n.disposition === disposition)),
  };
}

function signOffs(s: MemoryState): SignOffRepository {
  return {
    list: async (taskId) => clone(s.signOffs.get(taskId) ?? []),
    add: async (taskId, signOff) => {
      const existing = s.signOffs.get(taskId) ?? [];
      if (existing.some((x) => x.role === signOff.role || x.user === signOff.user)) {
        throw new StoreConflictError(`task ${taskId} already has a sign-off for ${signOff.role} or by ${signOff.user}`);
      }
      s.signOffs.set(taskId, [...existing, clone(signOff)]);
    },
    remove: async (taskId, role) => {
      s.signOffs.set(taskId, (s.signOffs.get(taskId) ?? []).filter((x) => x.role !== role));
    },
  };
}

function audit(s: MemoryState): AuditRepository {
  return {
    append: async (event) => {
      const id = ++s.ids.audit;
      s.audit.push(clone({ ...event, id }));
      return id;
    },
    listByTask: async (taskId) => clone(s.audit.filter((e) => e.taskId === taskId)),
  };
}

function reminders(s: MemoryState): ReminderRepository {
  const same = (a: ReminderSent, taskId: number, stepId: string, version: number): boolean =>
    a.taskId === taskId && a.stepId === stepId && a.deadlineVersion === version;
  return {
    record: async (sent) => {
      if (s.reminders.some((r) => same(r, sent.taskId, sent.stepId, sent.deadlineVersion))) return false;
      s.reminders.push(clone(sent));
      return true;
    },
    wasSent: async (taskId, stepId, version) => s.reminders.some((r) => same(r, taskId, stepId, version)),
    listByTask: async (taskId) => clone(s.reminders.filter((r) => r.taskId === taskId)),
  };
}

function outbox(s: MemoryState): OutboxRepository {
  const put = (id: number, patch: Partial<OutboxMessage>): void => {
    const current = s.outbox.get(id);
    if (current) s.outbox.set(id, clone({ ...current, ...patch }));
  };
  return {
    enqueue: async (m) => {
      const existing = [...s.outbox.values()].find((x) => x.dedupeKey === m.dedupeKey);
      if (existing) return { id: existing.id, created: false };
      const id = ++s.ids.outbox;
      const message: OutboxMessage = {
        id,
        dedupeKey: m.dedupeKey,
        method: m.method,
        channel: m.channel,
        payload: m.payload,
        taskId: m.taskId,
        createdAt: m.at,
        attempts: 0,
        nextAttemptAt: m.at,
        sentAt: null,
        lastError: null,
        response: null,
      };
      s.outbox.set(id, clone(message));
      return { id, created: true };
    },
    get: async (id) => clone(s.outbox.get(id) ?? null),
    due: async (now, limit) =>
      clone(
        [...s.outbox.values()]
          .filter((m) => m.sentAt === null && m.nextAttemptAt.getTime() <= now.getTime())
          .sort((a, b) => a.id - b.id)
          .slice(0, limit),
      ),
    markSent: async (id, at, response) => put(id, { sentAt: at, response }),
    markFailed: async (id, failure) =>
      put(id, { attempts: (s.outbox.get(id)?.attempts ?? 0) + 1, lastError: failure.error, nextAttemptAt: failure.nextAttemptAt }),
  };
}

function sources(s: MemoryState): SourceStateRepository {
  const blank = (source: string): SourceHealth => ({
    source,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    consecutiveFailures: 0,
    alerted: false,
  });
  const put = (source: string, patch: (h: SourceHealth) => Partial<SourceHealth>): SourceHealth => {
    const current = s.health.get(source) ?? blank(source);
    const next = { ...current, ...patch(current) };
    s.health.set(source, next);
    return clone(next);
  };
  return {
    getCursor: async (source, key) => s.cursors.get(`${source}\n${key}`) ?? null,
    setCursor: async (source, key, value) => void s.cursors.set(`${source}\n${key}`, value),
    health: async (source) => clone(s.health.get(source) ?? null),
    listHealth: async () => clone([...s.health.values()].sort((a, b) => a.source.localeCompare(b.source))),
    recordSuccess: async (source, at) => put(source, () => ({ lastSuccessAt: at, consecutiveFailures: 0, alerted: false })),
    recordFailure: async (source, at, error) =>
      put(source, (h) => ({ lastErrorAt: at, lastError: error, consecutiveFailures: h.consecutiveFailures + 1 })),
    setAlerted: async (source, alerted) => void put(source, () => ({ alerted })),
  };
}
