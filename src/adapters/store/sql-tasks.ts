import type { Insertable, Kysely, Selectable } from 'kysely';
import type { TaskRepository } from '../../app/ports.ts';
import type { NoticeKind } from '../../domain/facts.ts';
import { normaliseResources } from '../../domain/fingerprint.ts';
import type { NewTask, SignOff, Task, TaskState } from '../../domain/task.ts';
import type { Database, TasksTable } from './schema.ts';
import { fromJson, iso, isoOrNull, toDate, toDateOrNull, toDeadline, toJson } from './codec.ts';
import { guarded } from './errors.ts';
import { sqlSignOffs } from './sql-records.ts';

const CLOSED: TaskState[] = ['done', 'dismissed'];

/** The columns behind each task field that `update` may write. */
const FIELD_COLUMNS: Partial<Record<keyof Task, (keyof MutableColumns)[]>> = {
  title: ['title'],
  provider: ['provider'],
  service: ['service'],
  kind: ['kind'],
  state: ['state'],
  deadline: ['deadline_at', 'deadline_precision', 'deadline_text', 'deadline_origin'],
  deadlineVersion: ['deadline_version'],
  deadlineSetAt: ['deadline_set_at'],
  resources: ['resources_json'],
  regions: ['regions_json'],
  accounts: ['accounts_json'],
  team: ['team'],
  channel: ['channel'],
  ruleId: ['rule_id'],
  ladder: ['ladder'],
  leadTimeMinutes: ['lead_time_minutes'],
  requiredRoles: ['required_roles_json'],
  owner: ['owner'],
  window: ['window_start', 'window_end'],
  dismissReason: ['dismiss_reason'],
  snoozedUntil: ['snoozed_until'],
  notes: ['notes'],
  noticeCount: ['notice_count'],
  nextReminderAt: ['next_reminder_at'],
  slackPost: ['slack_channel', 'slack_ts'],
  lastNoticeAt: ['last_notice_at'],
  updatedAt: ['updated_at'],
};

function columnsFor(task: Task, fields: readonly (keyof Task)[] | undefined): Partial<MutableColumns> {
  const all = mutableColumns(task);
  if (!fields) return all;
  const picked: Partial<Record<keyof MutableColumns, unknown>> = {};
  for (const field of fields) for (const column of FIELD_COLUMNS[field] ?? []) picked[column] = all[column];
  return picked as Partial<MutableColumns>;
}

type MutableColumns = Omit<Insertable<TasksTable>, 'id' | 'fingerprint' | 'created_at'>;

/** Every column a task owns except id, fingerprint and created_at. */
function mutableColumns(t: NewTask | Task): MutableColumns {
  return {
    notice_count: t.noticeCount,
    title: t.title,
    provider: t.provider,
    service: t.service,
    kind: t.kind,
    state: t.state,
    deadline_at: isoOrNull(t.deadline?.at),
    deadline_precision: t.deadline?.precision ?? null,
    deadline_text: t.deadline?.text ?? null,
    deadline_origin: t.deadline?.origin ?? null,
    deadline_version: t.deadlineVersion,
    deadline_set_at: isoOrNull(t.deadlineSetAt),
    resources_json: toJson(t.resources),
    regions_json: toJson(t.regions),
    accounts_json: toJson(t.accounts),
    team: t.team,
    channel: t.channel,
    rule_id: t.ruleId,
    ladder: t.ladder,
    lead_time_minutes: t.leadTimeMinutes,
    required_roles_json: toJson(t.requiredRoles),
    owner: t.owner,
    window_start: isoOrNull(t.window?.start),
    window_end: isoOrNull(t.window?.end),
    dismiss_reason: t.dismissReason,
    snoozed_until: isoOrNull(t.snoozedUntil),
    notes: t.notes,
    next_reminder_at: isoOrNull(t.nextReminderAt),
    slack_channel: t.slackPost?.channel ?? null,
    slack_ts: t.slackPost?.ts ?? null,
    last_notice_at: iso(t.lastNoticeAt),
    updated_at: iso(t.updatedAt),
  };
}

function toTask(row: Selectable<TasksTable>, signOffs: SignOff[]): Task {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    title: row.title,
    provider: row.provider,
    service: row.service,
    kind: row.kind as NoticeKind,
    state: row.state as TaskState,
    deadline: toDeadline(row.deadline_at, row.deadline_precision, row.deadline_text, row.deadline_origin),
    ...(row.deadline_set_at === null ? {} : { deadlineSetAt: toDate(row.deadline_set_at) }),
    resources: fromJson<string[]>(row.resources_json, []),
    regions: fromJson<string[]>(row.regions_json, []),
    accounts: fromJson<string[]>(row.accounts_json, []),
    team: row.team,
    channel: row.channel,
    ruleId: row.rule_id,
    ladder: row.ladder,
    leadTimeMinutes: row.lead_time_minutes,
    requiredRoles: fromJson<string[]>(row.required_roles_json, []),
    signOffs,
    owner: row.owner,
    window: row.window_start && row.window_end ? { start: toDate(row.window_start), end: toDate(row.window_end) } : null,
    dismissReason: row.dismiss_reason,
    snoozedUntil: toDateOrNull(row.snoozed_until),
    noticeCount: row.notice_count,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    deadlineVersion: row.deadline_version,
    notes: row.notes,
    slackPost: row.slack_channel && row.slack_ts ? { channel: row.slack_channel, ts: row.slack_ts } : null,
    nextReminderAt: toDateOrNull(row.next_reminder_at),
    lastNoticeAt: toDate(row.last_notice_at),
  };
}

/** Keeps task_resources, the lookup from a normalised resource to its tasks, covering `resources`. */
async function indexResources(db: Kysely<Database>, taskId: number, resources: readonly string[]): Promise<void> {
  const keys = normaliseResources(resources);
  if (keys.length === 0) return;
  await db
    .insertInto('task_resources')
    .values(keys.map((resource) => ({ task_id: taskId, resource })))
    .onConflict((oc) => oc.columns(['resource', 'task_id']).doNothing())
    .execute();
}

/** Task rows to tasks, their sign-offs read in one query per thousand tasks. */
export function sqlTaskReader(db: Kysely<Database>) {
  const signOffs = sqlSignOffs(db);
  return {
    withSignOffs: async (rows: Selectable<TasksTable>[]): Promise<Task[]> => {
      if (rows.length === 0) return [];
      const byTask = await signOffs.listFor(rows.map((r) => r.id));
      return rows.map((row) => toTask(row, byTask.get(row.id) ?? []));
    },
  };
}

export function sqlTasks(db: Kysely<Database>): TaskRepository {
  const { withSignOffs } = sqlTaskReader(db);
  const one = async (row: Selectable<TasksTable> | undefined): Promise<Task | null> => (row ? ((await withSignOffs([row]))[0] ?? null) : null);
  const select = () => db.selectFrom('tasks').selectAll();
  return {
    countByState: async () => {
      const rows = await db.selectFrom('tasks').select(['state', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('state').execute();
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])) as Partial<Record<TaskState, number>>;
    },
    get: async (id) => one(await select().where('id', '=', id).limit(1).executeTakeFirst()),
    findByFingerprint: async (fp) =>
      one(
        await select()
          .where('id', '=', (eb) =>
            eb.fn.coalesce(
              eb.selectFrom('tasks').select('id').where('fingerprint', '=', fp).limit(1),
              eb.selectFrom('notices').select('task_id').where('fingerprint', '=', fp).where('task_id', 'is not', null).orderBy('id').limit(1),
            ),
          )
          .limit(1)
          .executeTakeFirst(),
      ),
    listOpenSharing: async ({ provider, kind, resources }) => {
      const keys = normaliseResources(resources);
      if (keys.length === 0) return [];
      return withSignOffs(
        await select()
          .where('provider', provider === null ? 'is' : '=', provider)
          .where('kind', '=', kind)
          .where('state', 'not in', CLOSED)
          .where('id', 'in', db.selectFrom('task_resources').select('task_id').where('resource', 'in', keys))
          .orderBy('id')
          .execute(),
      );
    },
    list: async (filter = {}) => {
      let query = select().orderBy('id');
      if (filter.states) {
        if (filter.states.length === 0) return [];
        query = query.where('state', 'in', [...filter.states]);
      }
      return withSignOffs(await query.execute());
    },
    insert: (task) =>
      guarded(`task ${task.fingerprint}`, async () => {
        const row = await db
          .insertInto('tasks')
          .values({ ...mutableColumns(task), fingerprint: task.fingerprint, created_at: iso(task.createdAt) })
          .returningAll()
          .executeTakeFirstOrThrow();
        await indexResources(db, row.id, task.resources);
        return toTask(row, []);
      }),
    update: async (task, fields) => {
      const columns = columnsFor(task, fields);
      if (Object.keys(columns).length > 0) await db.updateTable('tasks').set(columns).where('id', '=', task.id).execute();
      if (!fields || fields.includes('resources')) await indexResources(db, task.id, task.resources);
    },
    linkNotice: async (link) => {
      await db
        .insertInto('task_notices')
        .values({ task_id: link.taskId, notice_id: link.noticeId, relation: link.relation, linked_at: iso(link.at) })
        .onConflict((oc) => oc.columns(['task_id', 'notice_id']).doNothing())
        .execute();
    },
    recordDeadlineChange: async (change) => {
      await db
        .insertInto('deadline_history')
        .values({
          task_id: change.taskId,
          version: change.version,
          previous_at: isoOrNull(change.previous?.at),
          previous_precision: change.previous?.precision ?? null,
          previous_text: change.previous?.text ?? null,
          deadline_at: isoOrNull(change.deadline?.at),
          deadline_precision: change.deadline?.precision ?? null,
          deadline_text: change.deadline?.text ?? null,
          notice_id: change.noticeId,
          changed_at: iso(change.at),
        })
        .execute();
    },
    deadlineHistory: async (taskId) =>
      (await db.selectFrom('deadline_history').selectAll().where('task_id', '=', taskId).orderBy('id').execute()).map((r) => ({
        taskId: r.task_id,
        version: r.version,
        previous: toDeadline(r.previous_at, r.previous_precision, r.previous_text),
        deadline: toDeadline(r.deadline_at, r.deadline_precision, r.deadline_text),
        noticeId: r.notice_id,
        at: toDate(r.changed_at),
      })),
    slackPost: async (taskId) => {
      const row = await db.selectFrom('tasks').select(['slack_channel', 'slack_ts']).where('id', '=', taskId).limit(1).executeTakeFirst();
      return row?.slack_channel && row.slack_ts ? { channel: row.slack_channel, ts: row.slack_ts } : null;
    },
    setSlackPost: async (taskId, post) => {
      await db.updateTable('tasks').set({ slack_channel: post.channel, slack_ts: post.ts }).where('id', '=', taskId).execute();
    },
  };
}
