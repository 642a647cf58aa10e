import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.ts';

/** A surrogate key that both engines generate: SQLite's rowid alias, PostgreSQL's serial. */
const withId =
  (engine: Engine) =>
  <T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> =>
    engine === 'postgres'
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

/** Notices, tasks and their history, sign-offs, the audit trail, reminders, the outbox and source state. */
export function initial(engine: Engine): Migration {
  const id = withId(engine);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('tasks')
        .$call(id)
        .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('provider', 'text')
        .addColumn('service', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('deadline_at', 'text')
        .addColumn('deadline_precision', 'text')
        .addColumn('deadline_text', 'text')
        .addColumn('deadline_origin', 'text')
        .addColumn('deadline_version', 'integer', (c) => c.notNull())
        .addColumn('deadline_set_at', 'text')
        .addColumn('resources_json', 'text', (c) => c.notNull())
        .addColumn('regions_json', 'text', (c) => c.notNull())
        .addColumn('accounts_json', 'text', (c) => c.notNull())
        .addColumn('team', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('ladder', 'text', (c) => c.notNull())
        .addColumn('lead_time_minutes', 'integer', (c) => c.notNull())
        .addColumn('required_roles_json', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('window_start', 'text')
        .addColumn('window_end', 'text')
        .addColumn('dismiss_reason', 'text')
        .addColumn('snoozed_until', 'text')
        .addColumn('notes', 'text')
        .addColumn('notice_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_reminder_at', 'text')
        .addColumn('slack_channel', 'text')
        .addColumn('slack_ts', 'text')
        .addColumn('last_notice_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('tasks_next_reminder_at').on('tasks').column('next_reminder_at').execute();
      await db.schema.createIndex('tasks_provider_kind_state').on('tasks').columns(['provider', 'kind', 'state']).execute();

      await db.schema
        .createTable('notices')
        .$call(id)
        .addColumn('source_key', 'text', (c) => c.notNull().unique())
        .addColumn('source_json', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addColumn('event_id', 'text')
        .addColumn('fingerprint', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('sender', 'text', (c) => c.notNull())
        .addColumn('sender_name', 'text')
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('text_truncated', 'integer', (c) => c.notNull())
        .addColumn('raw_size', 'integer', (c) => c.notNull())
        .addColumn('extraction_json', 'text')
        .addColumn('rule_id', 'text')
        .addColumn('disposition', 'text', (c) => c.notNull())
        .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      // Partial: most notices have no event id, ignored ones no fingerprint or task, and an index
      // entry not written is a page not touched on every insert.
      for (const column of ['message_id', 'event_id', 'fingerprint', 'task_id'] as const) {
        await db.schema.createIndex(`notices_${column}`).on('notices').column(column).where(column, 'is not', null).execute();
      }

      await db.schema
        .createTable('task_notices')
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
        .addColumn('notice_id', 'integer', (c) => c.notNull().references('notices.id'))
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('linked_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('task_notices_pk', ['task_id', 'notice_id'])
        .execute();

      await db.schema
        .createTable('task_resources')
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
        .addColumn('resource', 'text', (c) => c.notNull())
        // Resource first: the key is how a follow-up notice's resources find their task.
        .addPrimaryKeyConstraint('task_resources_pk', ['resource', 'task_id'])
        .execute();

      await db.schema
        .createTable('sign_offs')
        .$call(id)
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('intent', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('sign_offs_task_role', ['task_id', 'role'])
        .addUniqueConstraint('sign_offs_task_user', ['task_id', 'user_id'])
        .execute();

      await db.schema
        .createTable('deadline_history')
        .$call(id)
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('previous_at', 'text')
        .addColumn('previous_precision', 'text')
        .addColumn('previous_text', 'text')
        .addColumn('deadline_at', 'text')
        .addColumn('deadline_precision', 'text')
        .addColumn('deadline_text', 'text')
        .addColumn('notice_id', 'integer', (c) => c.references('notices.id'))
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('deadline_history_task_id').on('deadline_history').column('task_id').execute();

      await db.schema
        .createTable('audit_events')
        .$call(id)
        .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before_json', 'text')
        .addColumn('after_json', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_events_task_id').on('audit_events').column('task_id').execute();

      await db.schema
        .createTable('reminders_sent')
        .$call(id)
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
        .addColumn('deadline_version', 'integer', (c) => c.notNull())
        .addColumn('step_id', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        // The key that makes each step go out at most once, whatever the number of schedulers.
        .addUniqueConstraint('reminders_sent_step', ['task_id', 'deadline_version', 'step_id'])
        .execute();

      await db.schema
        .createTable('outbox')
        .$call(id)
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('args_json', 'text', (c) => c.notNull())
        .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
        .addColumn('anchor', 'text')
        // Unique, and NULL for rows that may repeat: both engines let NULLs differ.
        .addColumn('dedupe_key', 'text', (c) => c.unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('leased_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('sent_ts', 'text')
        .execute();
      // Sent and failed rows pile up; a claim reads only the pending ones, through this partial index.
      await db.schema.createIndex('outbox_pending').on('outbox').columns(['channel', 'id']).where(sql.ref('status'), '=', 'pending').execute();
      await db.schema.createIndex('outbox_task_id').on('outbox').column('task_id').where('task_id', 'is not', null).execute();

      await db.schema
        .createTable('source_cursors')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('source_cursors_pk', ['source', 'key'])
        .execute();

      await db.schema
        .createTable('source_health')
        .addColumn('source', 'text', (c) => c.primaryKey())
        .addColumn('last_success_at', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failing_since', 'text')
        .addColumn('alerted', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
