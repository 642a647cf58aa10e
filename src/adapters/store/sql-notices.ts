import type { Kysely, Selectable } from 'kysely';
import type { NoticeRecord, NoticeRef, NoticeRepository } from '../../app/ports.ts';
import type { SourceRef } from '../../domain/notice.ts';
import type { Disposition } from '../../domain/policy.ts';
import type { Database, NoticesTable } from './schema.ts';
import { flag, fromJson, iso, parseExtraction, toDate, toJson } from './codec.ts';
import { guarded } from './errors.ts';

const toNotice = (row: Selectable<NoticesTable>): NoticeRecord => ({
  id: row.id,
  sourceKey: row.source_key,
  source: fromJson<SourceRef>(row.source_json, { kind: 'file', path: '', index: 0 }),
  messageId: row.message_id,
  eventId: row.event_id,
  fingerprint: row.fingerprint,
  contentHash: row.content_hash,
  from: row.sender,
  fromName: row.sender_name,
  subject: row.subject,
  url: row.url,
  receivedAt: toDate(row.received_at),
  text: row.text,
  textTruncated: row.text_truncated === 1,
  rawSize: row.raw_size,
  extraction: parseExtraction(row.extraction_json),
  ruleId: row.rule_id,
  disposition: row.disposition as Disposition,
  taskId: row.task_id,
  ingestedAt: toDate(row.ingested_at),
});

const REF_COLUMNS = ['id', 'source_key', 'content_hash', 'fingerprint', 'rule_id', 'disposition', 'task_id'] as const;

const toRef = (row: Pick<Selectable<NoticesTable>, (typeof REF_COLUMNS)[number]>): NoticeRef => ({
  id: row.id,
  sourceKey: row.source_key,
  contentHash: row.content_hash,
  fingerprint: row.fingerprint,
  ruleId: row.rule_id,
  disposition: row.disposition as Disposition,
  taskId: row.task_id,
});

export function sqlNotices(db: Kysely<Database>): NoticeRepository {
  const select = () => db.selectFrom('notices').selectAll();
  const refs = () => db.selectFrom('notices').select(REF_COLUMNS);
  return {
    insert: (n) =>
      guarded(`notice ${n.sourceKey}`, async () => {
        const row = await db
          .insertInto('notices')
          .values({
            source_key: n.sourceKey,
            source_json: toJson(n.source),
            message_id: n.messageId,
            event_id: n.eventId,
            fingerprint: n.fingerprint,
            content_hash: n.contentHash,
            sender: n.from,
            sender_name: n.fromName,
            subject: n.subject,
            url: n.url,
            received_at: iso(n.receivedAt),
            text: n.text,
            text_truncated: flag(n.textTruncated),
            raw_size: n.rawSize,
            extraction_json: n.extraction ? toJson(n.extraction) : null,
            rule_id: n.ruleId,
            disposition: n.disposition,
            task_id: n.taskId,
            ingested_at: iso(n.ingestedAt),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { ...n, id: row.id };
      }),
    get: async (id) => {
      const row = await select().where('id', '=', id).limit(1).executeTakeFirst();
      return row ? toNotice(row) : null;
    },
    findBySourceKey: async (key) => {
      const row = await refs().where('source_key', '=', key).limit(1).executeTakeFirst();
      return row ? toRef(row) : null;
    },
    findSeen: async ({ sourceKey, messageId, from }) => {
      const rows = await refs()
        .where((eb) =>
          messageId === null
            ? eb('source_key', '=', sourceKey)
            : eb.or([eb('source_key', '=', sourceKey), eb.and([eb('message_id', '=', messageId), eb('sender', '=', from)])]),
        )
        .orderBy('id')
        .execute();
      return rows.map(toRef);
    },
    taskIdForEvent: async (eventId) => {
      const row = await db
        .selectFrom('notices')
        .select('task_id')
        .where('event_id', '=', eventId)
        .where('task_id', 'is not', null)
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return row?.task_id ?? null;
    },
    listByTask: async (taskId) => (await select().where('task_id', '=', taskId).orderBy('id').execute()).map(toNotice),
    listByDisposition: async (disposition) =>
      (await select().where('disposition', '=', disposition).orderBy('id').execute()).map(toNotice),
  };
}
