import type { NoticeKind } from './facts.ts';

const TITLE_LIMIT = 150;
/** Tags mail systems add on their way in; they say nothing about the notice. */
const NOISE_TAGS = /^\s*\[(?:external|ext|spam|suspected spam|bulk|caution)\]\s*/i;
const REPLY_PREFIX = /^\s*(?:re|fwd?|aw|tr|wg)\s*:\s*/i;

/** A task's title: the notice subject without reply prefixes and mail-system tags, on one line. */
export function taskTitle(
  subject: string,
  fallback: { provider: string | null; service: string | null; kind: NoticeKind },
): string {
  let title = subject.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== title; ) {
    previous = title;
    title = title.replace(REPLY_PREFIX, '').replace(NOISE_TAGS, '').trim();
  }
  if (title === '') {
    title = [fallback.provider, fallback.service, fallback.kind, 'notice'].filter(Boolean).join(' ');
  }
  if (title.length <= TITLE_LIMIT) return title;
  const cut = title.slice(0, TITLE_LIMIT - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > TITLE_LIMIT / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
