import {
  StoreConflictError,
  type AuditRepository,
  type CursorStore,
  type NoticeRecord,
  type NoticeRef,
  type NoticeRepository,
  type Repositories,
  type SignOffRepository,
  type SourceHealthStore,
} from '../../app/ports.ts';
import { memoryTasks } from './memory-tasks.ts';
import { memoryReminders } from './memory-reminders.ts';
import { memoryOutbox } from './memory-outbox.ts';
import { clone, type MemoryState } from './memory-state.ts';

export function memoryRepositories(s: MemoryState): Repositories {
  return {
    notices: notices(s),
    tasks: memoryTasks(s),
    signOffs: signOffs(s),
    audit: audit(s),
    reminders: memoryReminders(s),
    outbox: memoryOutbox(s),
    cursors: cursors(s),
    sourceHealth: sourceHealth(s),
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

function cursors(s: MemoryState): CursorStore {
  return {
    get: async (source, key) => s.cursors.get(`${source}\n${key}`) ?? null,
    set: async (source, key, value) => void s.cursors.set(`${source}\n${key}`, value),
  };
}

function sourceHealth(s: MemoryState): SourceHealthStore {
  return {
    get: async (source) => clone(s.health.get(source) ?? null),
    put: async (record) => void s.health.set(record.source, clone(record)),
    // Code-unit order, as SQL's binary collation sorts.
    list: async () => clone([...s.health.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))),
  };
}
