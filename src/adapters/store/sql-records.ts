import type { Kysely } from 'kysely';
import type { AuditRepository, SignOffRepository } from '../../app/ports.ts';
import type { SignOff } from '../../domain/task.ts';
import type { Database } from './schema.ts';
import { fromJson, iso, toDate, toJson } from './codec.ts';
import { guarded } from './errors.ts';
import { inChunks } from './chunks.ts';

export function sqlSignOffs(db: Kysely<Database>): SignOffRepository & { listFor(taskIds: number[]): Promise<Map<number, SignOff[]>> } {
  const listFor = async (taskIds: number[]): Promise<Map<number, SignOff[]>> => {
    const byTask = new Map<number, SignOff[]>();
    await inChunks(taskIds, async (ids) => {
      const rows = await db.selectFrom('sign_offs').selectAll().where('task_id', 'in', ids).orderBy('id').execute();
      for (const row of rows) {
        const list = byTask.get(row.task_id) ?? [];
        list.push({ role: row.role, user: row.user_id, at: toDate(row.signed_at), intent: row.intent === 'dismiss' ? 'dismiss' : 'approve' });
        byTask.set(row.task_id, list);
      }
    });
    return byTask;
  };
  return {
    listFor,
    list: async (taskId) => (await listFor([taskId])).get(taskId) ?? [],
    add: (taskId, s) =>
      guarded(`sign-off of task ${taskId} for ${s.role} by ${s.user}`, async () => {
        await db
          .insertInto('sign_offs')
          .values({ task_id: taskId, role: s.role, user_id: s.user, intent: s.intent, signed_at: iso(s.at) })
          .execute();
      }),
    remove: async (taskId, role) => {
      await db.deleteFrom('sign_offs').where('task_id', '=', taskId).where('role', '=', role).execute();
    },
  };
}

export function sqlAudit(db: Kysely<Database>): AuditRepository {
  return {
    append: async (e) => {
      const row = await db
        .insertInto('audit_events')
        .values({
          task_id: e.taskId,
          actor: e.actor,
          action: e.action,
          before_json: e.before ? toJson(e.before) : null,
          after_json: e.after ? toJson(e.after) : null,
          at: iso(e.at),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    listByTask: async (taskId) =>
      (await db.selectFrom('audit_events').selectAll().where('task_id', '=', taskId).orderBy('id').execute()).map((r) => ({
        id: r.id,
        taskId: r.task_id,
        actor: r.actor,
        action: r.action,
        before: fromJson<Record<string, unknown> | null>(r.before_json, null),
        after: fromJson<Record<string, unknown> | null>(r.after_json, null),
        at: toDate(r.at),
      })),
  };
}
