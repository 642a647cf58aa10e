import { z } from 'zod';
import type { NoticeKind } from '../../domain/facts.ts';
import type { Notice } from '../../domain/notice.ts';

const text = z.string().nullish();

/** What EventBridge delivers for AWS Health; permissive about fields AWS adds later. */
const healthEvent = z.object({
  id: text,
  'detail-type': z.string().refine((t) => t.startsWith('AWS Health'), 'is not an AWS Health detail-type'),
  source: z.literal('aws.health'),
  account: text,
  time: text,
  region: text,
  resources: z.array(z.string()).nullish(),
  detail: z.object({
    eventArn: z.string().min(1),
    service: text,
    eventTypeCode: text,
    eventTypeCategory: text,
    eventScopeCode: text,
    communicationId: text,
    startTime: text,
    endTime: text,
    lastUpdatedTime: text,
    statusCode: text,
    eventRegion: text,
    eventDescription: z.array(z.object({ language: text, latestDescription: text })).nullish(),
    affectedEntities: z
      .array(z.object({ entityValue: text, status: text, tags: z.record(z.string(), z.unknown()).nullish() }))
      .nullish(),
    affectedAccount: text,
    actionability: text,
    page: z.union([z.string(), z.number()]).nullish(),
    totalPages: z.union([z.string(), z.number()]).nullish(),
  }),
});

export type AwsHealthEvent = z.infer<typeof healthEvent>;

export type ParsedEvent = { ok: true; event: AwsHealthEvent } | { ok: false; reason: string };

export function parseAwsHealthEvent(body: string): ParsedEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    return { ok: false, reason: `the body is not JSON: ${(err as Error).message}` };
  }
  const parsed = healthEvent.safeParse(json);
  if (parsed.success) return { ok: true, event: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `not an AWS Health event: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim() };
}

const toDate = (value: string | null | undefined): Date | undefined => {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** `AWS_EC2_INSTANCE_STOP_SCHEDULED` → `AWS EC2 instance stop scheduled`. */
export function subjectFromTypeCode(code: string, service: string | null | undefined): string {
  const keep = new Set(['AWS', (service ?? '').toUpperCase()]);
  return code
    .split('_')
    .filter(Boolean)
    .map((word) => (keep.has(word) ? word : word.toLowerCase()))
    .join(' ');
}

function kindOf(category: string | null | undefined, code: string): NoticeKind | undefined {
  if (category === 'issue') return 'incident';
  for (const [word, kind] of [
    ['SECURITY', 'security'],
    ['RETIREMENT', 'retirement'],
    ['MAINTENANCE', 'maintenance'],
    ['BILLING', 'billing'],
  ] as const) {
    if (code.includes(word)) return kind;
  }
  return undefined;
}

/**
 * An AWS Health event → a Notice. `eventId` is the eventArn, the key every re-send and update of the
 * same event shares; `messageId` also carries the update time and page, so a re-sent identical event
 * is a duplicate while an update (or another page of affected entities) is a new notice.
 */
export function awsHealthNotice(event: AwsHealthEvent, rawSize: number, now: Date): Notice {
  const d = event.detail;
  const code = d.eventTypeCode ?? 'AWS_HEALTH_EVENT';
  const descriptions = d.eventDescription ?? [];
  const description =
    descriptions.find((x) => x.language?.toLowerCase().startsWith('en'))?.latestDescription ??
    descriptions[0]?.latestDescription ??
    '';
  const account = d.affectedAccount ?? event.account ?? undefined;
  const region = d.eventRegion ?? event.region ?? undefined;
  const entities = (d.affectedEntities ?? []).map((e) => e.entityValue ?? '');
  const resources = [...new Set([...entities, ...(event.resources ?? [])])].filter(
    (r) => r !== '' && r !== 'UNKNOWN' && r !== account,
  );
  const updated = d.lastUpdatedTime ?? event.time ?? d.startTime ?? '';
  const paged = Number(d.totalPages ?? 1) > 1 ? `#${d.page}` : '';
  const subject = subjectFromTypeCode(code, d.service);
  const kind = kindOf(d.eventTypeCategory, code);
  const windowStart = toDate(d.startTime);
  const windowEnd = toDate(d.endTime);
  return {
    source: { kind: 'aws-health', eventArn: d.eventArn },
    messageId: `${d.eventArn}@${updated}${paged}`,
    eventId: d.eventArn,
    from: 'aws.health',
    fromName: 'AWS Health',
    subject,
    receivedAt: toDate(d.lastUpdatedTime) ?? toDate(event.time) ?? now,
    text: description.trim() || subject,
    rawSize,
    url: `https://health.aws.amazon.com/health/home#/account/event-log?eventID=${encodeURIComponent(d.eventArn)}`,
    hints: {
      provider: 'AWS',
      ...(d.service ? { service: d.service } : {}),
      ...(kind ? { kind } : {}),
      resources,
      regions: region && region !== 'global' ? [region] : [],
      accounts: account ? [account] : [],
      ...(windowStart ? { windowStart } : {}),
      ...(windowEnd ? { windowEnd } : {}),
    },
  };
}
