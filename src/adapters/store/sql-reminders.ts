import type { Kysely } from 'kysely';
import type { ReminderRepository, StepOutcome } from '../../app/ports.ts';
import type { Database } from './schema.ts';
import { iso, isoOrNull, toDate } from './codec.ts';
import { inChunks } from './chunks.ts';
import { sqlTaskReader } from './sql-tasks.ts';

export function sqlReminders(db: Kysely<Database>): ReminderRepository {
  const tasks = sqlTaskReader(db);

  /** Step ids recorded for each task's current deadline version, in the order written. */
  const recordedFor = async (taskIds: number[]): Promise<Map<number, string[]>> => {
    const byTask = new Map<number, string[]>();
    await inChunks(taskIds, async (ids) => {
      const rows = await db
        .selectFrom('reminders_sent as r')
        .innerJoin('tasks as t', (join) => join.onRef('t.id', '=', 'r.task_id').onRef('t.deadline_version', '=', 'r.deadline_version'))
        .select(['r.task_id', 'r.step_id'])
        .where('r.task_id', 'in', ids)
        .orderBy('r.id')
        .execute();
      for (const row of rows) byTask.set(row.task_id, [...(byTask.get(row.task_id) ?? []), row.step_id]);
    });
    return byTask;
  };

  return {
    due: async (now, limit) => {
      const rows = await db
        .selectFrom('tasks')
        .selectAll()
        .where('next_reminder_at', '<=', iso(now))
        .orderBy('next_reminder_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      const due = await tasks.withSignOffs(rows);
      const recorded = await recordedFor(due.map((t) => t.id));
      return due.map((task) => ({ task, recorded: recorded.get(task.id) ?? [] }));
    },
    record: async (taskId, records) => {
      if (records.length === 0) return true;
      const keys = new Set(records.map((r) => `${r.deadlineVersion}|${r.stepId}`));
      if (keys.size !== records.length) return false;
      const existing = await db
        .selectFrom('reminders_sent')
        .select('id')
        .where('task_id', '=', taskId)
        .where((eb) => eb.or(records.map((r) => eb.and([eb('deadline_version', '=', r.deadlineVersion), eb('step_id', '=', r.stepId)]))))
        .limit(1)
        .executeTakeFirst();
      if (existing) return false;
      // A writer that got there in between makes this insert break the unique key: the transaction
      // conflicts, runs again, and the check above answers false.
      await db
        .insertInto('reminders_sent')
        .values(
          records.map((r) => ({
            task_id: taskId,
            deadline_version: r.deadlineVersion,
            step_id: r.stepId,
            outcome: r.outcome,
            due_at: iso(r.dueAt),
            recorded_at: iso(r.recordedAt),
          })),
        )
        .execute();
      return true;
    },
    setNextDue: async (taskId, nextDueAt, expectedUpdatedAt) => {
      const result = await db
        .updateTable('tasks')
        .set({ next_reminder_at: isoOrNull(nextDueAt) })
        .where('id', '=', taskId)
        .where('updated_at', '=', iso(expectedUpdatedAt))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    listByTask: async (taskId) =>
      (await db.selectFrom('reminders_sent').selectAll().where('task_id', '=', taskId).orderBy('id').execute()).map((r) => ({
        taskId: r.task_id,
        stepId: r.step_id,
        deadlineVersion: r.deadline_version,
        outcome: r.outcome as StepOutcome,
        dueAt: toDate(r.due_at),
        recordedAt: toDate(r.recorded_at),
      })),
  };
}
