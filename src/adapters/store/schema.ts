import type { Generated } from 'kysely';

// Instants are ISO 8601 strings in UTC (`toISOString()`) on both engines: they sort as text, read
// the same in psql and sqlite3, and need no driver type parsing. Booleans are 0/1 integers.

export interface NoticesTable {
  id: Generated<number>;
  source_key: string;
  source_json: string;
  message_id: string | null;
  event_id: string | null;
  fingerprint: string | null;
  content_hash: string;
  sender: string;
  sender_name: string | null;
  subject: string;
  url: string | null;
  received_at: string;
  text: string;
  text_truncated: number;
  raw_size: number;
  extraction_json: string | null;
  rule_id: string | null;
  disposition: string;
  task_id: number | null;
  ingested_at: string;
}

export interface TasksTable {
  id: Generated<number>;
  fingerprint: string;
  title: string;
  provider: string | null;
  service: string | null;
  kind: string;
  state: string;
  deadline_at: string | null;
  deadline_precision: string | null;
  deadline_text: string | null;
  deadline_origin: string | null;
  deadline_version: number;
  /** When the current deadline version began; null: at creation. */
  deadline_set_at: string | null;
  resources_json: string;
  regions_json: string;
  accounts_json: string;
  team: string;
  channel: string;
  rule_id: string;
  ladder: string;
  lead_time_minutes: number;
  required_roles_json: string;
  owner: string | null;
  window_start: string | null;
  window_end: string | null;
  dismiss_reason: string | null;
  snoozed_until: string | null;
  notes: string | null;
  notice_count: number;
  next_reminder_at: string | null;
  slack_channel: string | null;
  slack_ts: string | null;
  last_notice_at: string;
  created_at: string;
  updated_at: string;
}

export interface TaskNoticesTable {
  task_id: number;
  notice_id: number;
  relation: string;
  linked_at: string;
}

/** Each task's resources in normalised form, to find the open task a follow-up notice shares one with. */
export interface TaskResourcesTable {
  task_id: number;
  resource: string;
}

export interface SignOffsTable {
  id: Generated<number>;
  task_id: number;
  role: string;
  user_id: string;
  intent: string;
  signed_at: string;
}

export interface DeadlineHistoryTable {
  id: Generated<number>;
  task_id: number;
  version: number;
  previous_at: string | null;
  previous_precision: string | null;
  previous_text: string | null;
  deadline_at: string | null;
  deadline_precision: string | null;
  deadline_text: string | null;
  notice_id: number | null;
  changed_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  task_id: number | null;
  actor: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  at: string;
}

/** One row per task, deadline version and step: sent, or skipped for a louder or later one. */
export interface RemindersSentTable {
  id: Generated<number>;
  task_id: number;
  deadline_version: number;
  step_id: string;
  outcome: string;
  due_at: string;
  recorded_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  method: string;
  channel: string;
  args_json: string;
  task_id: number | null;
  anchor: string | null;
  dedupe_key: string | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  leased_until: string | null;
  created_at: string;
  last_error: string | null;
  sent_ts: string | null;
}

export interface SourceCursorsTable {
  source: string;
  key: string;
  value: string;
}

export interface SourceHealthTable {
  source: string;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  consecutive_failures: number;
  failing_since: string | null;
  alerted: number;
}

export interface Database {
  notices: NoticesTable;
  tasks: TasksTable;
  task_notices: TaskNoticesTable;
  task_resources: TaskResourcesTable;
  sign_offs: SignOffsTable;
  deadline_history: DeadlineHistoryTable;
  audit_events: AuditEventsTable;
  reminders_sent: RemindersSentTable;
  outbox: OutboxTable;
  source_cursors: SourceCursorsTable;
  source_health: SourceHealthTable;
}

export type Engine = 'sqlite' | 'postgres';
