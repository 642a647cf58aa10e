import type { NoticeRecord, OutboxRow, SourceHealthRecord, StoredStepRecord, TaskNoticeLink } from '../../app/ports.ts';
import type { AuditRecord } from '../../domain/audit.ts';
import type { DeadlineChange, SignOff, Task } from '../../domain/task.ts';

export type TaskRow = Omit<Task, 'signOffs'>;

/** Records are never mutated in place, so a transaction's copy only copies the collections. */
export interface MemoryState {
  ids: { notice: number; task: number; audit: number; outbox: number };
  notices: Map<number, NoticeRecord>;
  tasks: Map<number, TaskRow>;
  signOffs: Map<number, SignOff[]>;
  links: TaskNoticeLink[];
  deadlines: DeadlineChange[];
  audit: AuditRecord[];
  /** Per task, in the order written. */
  reminders: Map<number, StoredStepRecord[]>;
  outbox: Map<number, OutboxRow>;
  /** Dedupe key → outbox row id: the unique key. */
  outboxKeys: Map<string, number>;
  cursors: Map<string, string>;
  health: Map<string, SourceHealthRecord>;
}

export const emptyState = (): MemoryState => ({
  ids: { notice: 0, task: 0, audit: 0, outbox: 0 },
  notices: new Map(),
  tasks: new Map(),
  signOffs: new Map(),
  links: [],
  deadlines: [],
  audit: [],
  reminders: new Map(),
  outbox: new Map(),
  outboxKeys: new Map(),
  cursors: new Map(),
  health: new Map(),
});

export const copyState = (s: MemoryState): MemoryState => ({
  ids: { ...s.ids },
  notices: new Map(s.notices),
  tasks: new Map(s.tasks),
  signOffs: new Map(s.signOffs),
  links: [...s.links],
  deadlines: [...s.deadlines],
  audit: [...s.audit],
  reminders: new Map(s.reminders),
  outbox: new Map(s.outbox),
  outboxKeys: new Map(s.outboxKeys),
  cursors: new Map(s.cursors),
  health: new Map(s.health),
});

export const clone = <T>(value: T): T => structuredClone(value);
