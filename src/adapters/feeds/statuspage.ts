import { z } from 'zod';
import type { Notice } from '../../domain/notice.ts';
import type { FeedConfig } from './config.ts';
import { FeedError } from './fetch.ts';

const text = z.string().nullish();

const update = z.object({
  body: text,
  status: text,
  display_at: text,
  created_at: text,
});

const incident = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  status: text,
  impact: text,
  shortlink: text,
  created_at: text,
  updated_at: text,
  scheduled_for: text,
  scheduled_until: text,
  incident_updates: z.array(update).nullish(),
  components: z.array(z.object({ name: z.string() })).nullish(),
});

/** `incidents/unresolved.json`, `scheduled-maintenances/upcoming.json`, and `summary.json`, which has both. */
const document = z.object({
  page: z.object({ id: text, name: text, url: text }).nullish(),
  incidents: z.array(incident).nullish(),
  scheduled_maintenances: z.array(incident).nullish(),
});

type Incident = z.infer<typeof incident>;
type Page = z.infer<typeof document>['page'];

const toDate = (value: string | null | undefined): Date | undefined => {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** Statuspage JSON → one notice per incident or maintenance, its window as hints. */
export function statuspageNotices(json: string, feed: FeedConfig, now: Date): Notice[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new FeedError('bad-document', 'the Statuspage answer is not valid JSON', { cause: err });
  }
  const parsed = document.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new FeedError('bad-document', `not a Statuspage document (${where}: ${parsed.error.issues[0]?.message})`);
  }
  const { page, incidents, scheduled_maintenances: maintenances } = parsed.data;
  if (!incidents && !maintenances) {
    throw new FeedError('bad-document', 'not a Statuspage document: no incidents or scheduled_maintenances');
  }
  return [
    ...(maintenances ?? []).map((item) => toNotice(item, 'maintenance', page, feed, now)),
    ...(incidents ?? []).map((item) => toNotice(item, item.scheduled_for ? 'maintenance' : 'incident', page, feed, now)),
  ];
}

function toNotice(item: Incident, kind: 'maintenance' | 'incident', page: Page, feed: FeedConfig, now: Date): Notice {
  const windowStart = toDate(item.scheduled_for);
  const windowEnd = toDate(item.scheduled_until);
  const components = (item.components ?? []).map((c) => c.name);
  const lines = [item.name];
  const state = [item.status && `Status: ${item.status}.`, item.impact && `Impact: ${item.impact}.`].filter(Boolean);
  if (state.length > 0) lines.push(state.join(' '));
  if (item.scheduled_for) {
    lines.push(`Scheduled for ${item.scheduled_for}${item.scheduled_until ? ` until ${item.scheduled_until}` : ''}.`);
  }
  if (components.length > 0) lines.push(`Affected components: ${components.join(', ')}.`);
  for (const u of item.incident_updates ?? []) {
    if (!u.body) continue;
    lines.push('', u.body, `(${[u.status, u.display_at ?? u.created_at].filter(Boolean).join(', ')})`);
  }
  const version = item.updated_at ?? item.created_at ?? '';
  const pageName = page?.name ?? undefined;
  return {
    // Each update of an incident is a new item; they share the eventId, so they merge into one task.
    source: { kind: 'feed', feed: feed.url, guid: version ? `${item.id}@${version}` : item.id },
    messageId: undefined,
    eventId: `statuspage:${page?.id ?? feed.id}:${item.id}`,
    from: feed.url.toLowerCase(),
    fromName: pageName,
    subject: `${kind === 'maintenance' ? 'Scheduled maintenance' : 'Incident'}: ${item.name}`,
    receivedAt: toDate(item.updated_at) ?? toDate(item.created_at) ?? now,
    text: lines.join('\n').trim(),
    rawSize: Buffer.byteLength(JSON.stringify(item)),
    url: item.shortlink ?? page?.url ?? undefined,
    hints: {
      kind,
      ...(feed.provider || pageName ? { provider: feed.provider ?? pageName } : {}),
      ...(components.length === 1 ? { service: components[0] } : {}),
      ...(windowStart ? { windowStart } : {}),
      ...(windowEnd ? { windowEnd } : {}),
    },
  };
}
