import type { Notice } from '../domain/notice.ts';
import type { DateRole, DatedFact, NoticeKind } from '../domain/facts.ts';
import { readSpanDates } from './llm-dates.ts';

/** What the model claims about a notice, before anything is checked: any value may be made up. */
export interface LlmProposal {
  /** `id` is a short name (aws, github); `text` the words in the notice that name the provider. */
  provider: { id: string; text: string } | null;
  service: { name: string; text: string } | null;
  kind: NoticeKind;
  actionRequired: boolean;
  /** `text` is the span the date was read from, as written; `day` the calendar day it names (YYYY-MM-DD). */
  dates: { text: string; day: string; role: DateRole }[];
  resources: string[];
  regions: string[];
  accounts: string[];
}

/** The part of a proposal that the notice's own text bears out. */
export interface GroundedProposal {
  provider: string | null;
  service: string | null;
  kind: NoticeKind;
  actionRequired: boolean;
  dates: DatedFact[];
  resources: string[];
  regions: string[];
  accounts: string[];
}

export type DropReason =
  | 'not-in-notice'
  | 'not-an-identifier'
  | 'span-too-long'
  | 'span-not-a-date'
  | 'day-mismatch'
  | 'bad-day';

export interface DroppedFact {
  field: 'provider' | 'service' | 'dates' | 'resources' | 'regions' | 'accounts';
  value: string;
  why: DropReason;
}

// A model citing a whole paragraph as its "span" would make any day it names match something in it.
const MAX_DATE_SPAN = 120;
const MAX_VALUE = 300;
const MAX_ITEMS = 50;

const MONTHS: Record<string, string> = {
  january: 'jan', february: 'feb', march: 'mar', april: 'apr', june: 'jun', july: 'jul',
  august: 'aug', september: 'sep', sept: 'sep', october: 'oct', november: 'nov', december: 'dec',
};

/** Case, width, punctuation, spacing, ordinals and month spellings stop mattering; words and digits stay. */
export function normaliseSpan(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\b(?:january|february|march|april|june|july|august|september|sept|october|november|december)\b/g, (m) => MONTHS[m] ?? m)
    .trim();
}

/** Whole words only: "2 aug" is not found inside "22 aug". */
export function spanOccurs(normalisedHaystack: string, span: string): boolean {
  const needle = normaliseSpan(span);
  return needle !== '' && ` ${normalisedHaystack} `.includes(` ${needle} `);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Models wrap identifiers in quotes or backticks and end sentences after them; the notice does not.
const stripWrapping = (s: string) =>
  s.trim().replace(/^[\s"'`\u2018\u2019\u201c\u201d(<[{]+/u, '').replace(/[\s"'`\u2018\u2019\u201c\u201d)>\]},;:!?.]+$/u, '');

/**
 * The notice's own spelling of an identifier, or null. Matches whole identifiers only: "prod" is not
 * found in "db-prod-1" or "arn:...:db:prod", but "i-0abc." at the end of a sentence is.
 */
export function findIdentifier(haystack: string, value: string): string | null {
  const cleaned = stripWrapping(value);
  if (cleaned === '' || cleaned.length > MAX_VALUE) return null;
  const body = escapeRegExp(cleaned).replace(/\s+/g, '\\s+');
  const id = '[\\p{L}\\p{N}_\\-/@]';
  const re = new RegExp(`(?<![\\p{L}\\p{N}_\\-/@.:])${body}(?!${id}|[.:]${id})`, 'iu');
  return re.exec(haystack)?.[0] ?? null;
}

// Database and app names may be plain words (MAROON, gratipay); a phrase is a description, not a name.
const looksLikeIdentifier = (s: string) => s.length >= 2 && !/\s/.test(s);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

/** Keep what the notice bears out, drop the rest with a reason. Pure. */
export function groundProposal(notice: Notice, proposal: LlmProposal): { grounded: GroundedProposal; dropped: DroppedFact[] } {
  const dropped: DroppedFact[] = [];
  const body = `${notice.subject}\n${notice.text}`;
  const bodyNorm = normaliseSpan(body);
  const headerNorm = normaliseSpan(`${notice.from} ${notice.fromName ?? ''} ${notice.subject} ${notice.text}`);

  const named = (field: 'provider' | 'service', id: string, text: string): string | null => {
    const value = slug(id) || slug(text);
    if (value !== '' && spanOccurs(headerNorm, text)) return value;
    dropped.push({ field, value: text, why: 'not-in-notice' });
    return null;
  };

  const dates: DatedFact[] = [];
  for (const d of proposal.dates.slice(0, MAX_ITEMS)) {
    const fact = groundDate(d, bodyNorm, notice.receivedAt);
    if (typeof fact === 'string') dropped.push({ field: 'dates', value: `${d.day} "${d.text}"`, why: fact });
    else dates.push(fact);
  }

  const identifiers = (field: 'resources' | 'regions' | 'accounts', values: string[], check?: (s: string) => boolean) => {
    const kept: string[] = [];
    for (const value of values.slice(0, MAX_ITEMS)) {
      const found = findIdentifier(body, value);
      if (found === null) dropped.push({ field, value, why: 'not-in-notice' });
      else if (check && !check(found)) dropped.push({ field, value, why: 'not-an-identifier' });
      else kept.push(found);
    }
    return kept;
  };

  const grounded: GroundedProposal = {
    provider: proposal.provider ? named('provider', proposal.provider.id, proposal.provider.text) : null,
    service: proposal.service ? named('service', proposal.service.name, proposal.service.text) : null,
    kind: proposal.kind,
    actionRequired: proposal.actionRequired,
    dates,
    resources: identifiers('resources', proposal.resources, looksLikeIdentifier),
    regions: identifiers('regions', proposal.regions).map((r) => r.toLowerCase()),
    accounts: identifiers('accounts', proposal.accounts),
  };
  return { grounded, dropped };
}

function groundDate(d: LlmProposal['dates'][number], bodyNorm: string, receivedAt: Date): DatedFact | DropReason {
  if (!isCalendarDay(d.day)) return 'bad-day';
  const span = d.text.trim();
  if (span.length > MAX_DATE_SPAN) return 'span-too-long';
  if (!spanOccurs(bodyNorm, span)) return 'not-in-notice';
  const readings = readSpanDates(span, receivedAt);
  if (readings.length === 0) return 'span-not-a-date';
  const match = readings.find((r) => r.day === d.day);
  if (!match) return 'day-mismatch';
  return { at: match.at, role: d.role, precision: match.precision, text: span, origin: 'llm' };
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(day);
}
