import { createHash } from 'node:crypto';
import type { Notice } from './notice.ts';
import type { DatedFact, NoticeKind } from './facts.ts';

/** What identifies a real-world obligation, whichever notice told us about it. */
export interface ObligationKey {
  provider: string | null;
  service: string | null;
  kind: NoticeKind;
  deadline: DatedFact | null;
  resources: readonly string[];
  /** The provider's own id for the event (AWS Health eventArn): when present it alone decides. */
  eventId?: string | undefined;
  /** Only used when there is neither a deadline nor a resource to tell two notices apart. */
  title: string;
}

const digest = (text: string, length: number): string => createHash('sha256').update(text).digest('hex').slice(0, length);

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * One spelling per resource, so `DB-1`, `db-1.` and `<db-1>` are the same database. Case is dropped:
 * providers print the same id in different cases, and ids differing only by case are vanishingly rare.
 */
export function normaliseResource(resource: string): string {
  return resource
    .trim()
    .replace(/^[\s"'`<([{]+/, '')
    .replace(/[\s"'`>)\]},;:.]+$/, '')
    .toLowerCase();
}

export function normaliseResources(resources: readonly string[]): string[] {
  const set = new Set(resources.map(normaliseResource).filter((r) => r !== ''));
  return [...set].sort();
}

/** How many resources two lists share, compared in their normalised form. */
export function sharedResources(a: readonly string[], b: readonly string[]): number {
  const left = new Set(normaliseResources(a));
  return normaliseResources(b).filter((r) => left.has(r)).length;
}

/**
 * Subject and body, line endings and surrounding space aside: the same message read from a mailbox
 * and from a saved file hashes alike. Nothing heavier: it runs on every notice.
 */
export function contentHash(notice: Pick<Notice, 'subject' | 'text'>): string {
  const plain = (s: string): string => s.replaceAll('\r\n', '\n').trim();
  return digest(`${plain(notice.subject)}\n${plain(notice.text)}`, 32);
}

/**
 * The notice's own identity at its source, unique per delivery. Mail messages and files never change
 * once written; feed items, AWS Health events and probes are updated in place under the same id, so
 * their key also carries the content: an update is a new notice, a re-poll of the same item is not.
 */
export function sourceKey(notice: Notice): string {
  const source = notice.source;
  const content = (): string => contentHash(notice).slice(0, 16);
  switch (source.kind) {
    case 'imap':
      return `imap:${source.mailbox}:${source.uidValidity}:${source.uid}`;
    case 'file':
      return `file:${source.path}#${source.index}`;
    case 'feed':
      return `feed:${source.feed}#${source.guid}#${content()}`;
    case 'aws-health':
      return `aws-health:${source.eventArn}#${content()}`;
    case 'cert-probe':
      return `cert-probe:${source.target}#${content()}`;
    case 'slack':
      return `slack:${source.user}:${source.channel ?? ''}#${content()}`;
  }
}

const part = (value: string | null): string => (value ? collapse(value).toLowerCase().replace(/\//g, '-') : '-');

/** Subject without reply/forward prefixes, tags, dates and numbers: what stays equal across re-sends. */
export function titleStem(title: string): string {
  return collapse(
    title
      .toLowerCase()
      .replace(/^(?:\s*(?:re|fwd?|aw|tr)\s*:\s*)+/i, '')
      .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
      .replace(/[0-9][0-9,./:-]*/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  );
}

/**
 * The task's dedupe key: the provider's event id where one exists, else provider, service, kind,
 * deadline day and the sorted resources. With neither deadline nor resources the title stem stands
 * in, so two unrelated announcements from one provider do not collapse into one task.
 */
export function fingerprint(key: ObligationKey): string {
  if (key.eventId && key.eventId.trim() !== '') return `event/${key.eventId.trim()}`;
  const day = key.deadline ? key.deadline.at.toISOString().slice(0, 10) : '-';
  const resources = normaliseResources(key.resources);
  const tail =
    resources.length > 0 ? `r:${digest(resources.join('\n'), 16)}` : key.deadline ? 'r:-' : `t:${digest(titleStem(key.title), 16)}`;
  return [part(key.provider), part(key.service), key.kind, day, tail].join('/');
}
