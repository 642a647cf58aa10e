import { underOfferingLead } from './offered-lists.ts';

/**
 * Whole URLs of what the reader's clients call, where the text names them so: `the ACME endpoint
 * https://…/directory`, `the legacy https://…/upload/v2 endpoint`, `requests sent to https://…`,
 * `POST https://…/v1/messages`, `Affected: https://…` and the links listed under it, or under a
 * lead-in that says it lists endpoints or base URLs. A link to the provider's pages for people
 * (`docs.`, `status.`, `www.`) or one given as the replacement (`for example https://…`) never is.
 * URLs are blanked in the prose, so they are read from the plain text at the same offsets.
 */

const LINK = /\bhttps?:\/\/[^\s<>"'`)\]]{3,2000}/g;
/** A host for people to read: the provider's documentation, status page, blog or console. */
const PAGE_HOST = /^(?:www|docs?|status|help|support|developers?|community|trust|blog|learn|news|login|console|dashboard|portal|app|billing|security|go|info|email|links?)\./i;
/** The words just before a link that say clients call it. */
const CALLED_BEFORE =
  /(?:\b(?:endpoints?|base\s+URLs?|API\s+URLs?|webhook\s+URLs?)|\b(?:requests?|calls?|traffic|uploads?)\s+(?:(?:sent|made|going|posted)\s+)?to|\b(?:GET|POST|PUT|PATCH|DELETE)|^[ \t]*(?:[-*•]\s+)?(?:affected|impacted)(?:\s+(?:endpoints?|URLs?|APIs?))?\s*:)\s*[:=]?\s*$/im;
/** The word just after a link that says what it is: `https://…/upload/v2 endpoint`. */
const CALLED_AFTER = /^\s*(?:endpoints?|base\s+URLs?|API)\b/i;
/** A line that leads in to a list of links clients call: `the following base URLs will stop…:`. */
const LEAD_IN = /\b(?:endpoints?|base\s+URLs?|API\s+URLs?|URLs?)\b[^\n]{0,120}:\s*$/i;
/** `Send your requests to https://… instead`. */
const INSTEAD = /^\s*(?:instead|from\s+now\s+on)\b/i;
/** A link that is the value of a label on its line: `Base URL: https://…`. */
const LABEL_LINE = /(?:^|\n)[ \t]*(?:[-*•]\s+)?(?!(?:GET|POST|PUT|PATCH|DELETE)\s*:)[A-Za-z][\w ]{0,30}:\s*$/;
const AFFECTED_LABEL = /(?:^|\n)[ \t]*(?:[-*•]\s+)?(?:affected|impacted)\b[\w ]{0,20}:\s*$/i;
const SUGGESTED = /(?:for\s+example|e\.g\.|such\s+as|instead|replacement|in\s+favou?r\s+of|(?:migrate|switch|move|change)\s+(?:[\w-]+\s+){0,3}?to|replace\s+[^\n]{0,40}\s+with)\b[^.\n]{0,25}$/i;

/** How far around a link its line is read: a text without line breaks is no line to scan whole. */
const REACH = 400;

/** The endpoint URLs in `plain`, read where `prose` (the same text, links blanked) names them as called. */
export function endpointUrls(prose: string, plain: string): string[] {
  if (!plain.includes('://')) return [];
  const out: string[] = [];
  // Where the last accepted link's line ended: a line of a link alone right under it continues the list.
  let listEnd = -2;
  for (const m of plain.matchAll(LINK)) {
    const url = m[0].replace(/[.,;:]+$/, '');
    const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? '';
    const path = url.slice(url.indexOf(host) + host.length);
    const before = prose.slice(Math.max(0, m.index - 80), m.index);
    const end = m.index + m[0].length;
    const cut = before.lastIndexOf('\n');
    const lineStart = cut < 0 ? (m.index - before.length === 0 ? 0 : -1) : m.index - before.length + cut + 1;
    const alone = lineStart >= 0 && /^\s*(?:[-*•]\s*)?$/.test(before.slice(cut + 1));
    const listed = alone && (lineStart - 1 <= listEnd + 1 || leadsIn(prose, lineStart));
    const called = CALLED_BEFORE.test(before) || CALLED_AFTER.test(prose.slice(end, end + 20)) || listed;
    if (!called || PAGE_HOST.test(host) || path.replace(/\/+$/, '') === '' || SUGGESTED.test(before) || INSTEAD.test(plain.slice(end, end + 20))) continue;
    // `Endpoint: https://…` under a label of its own names the host (read in lists.ts); `Affected:` names the URL.
    if (LABEL_LINE.test(before) && !AFFECTED_LABEL.test(before)) continue;
    // `- POST: https://…/v2/…` under `The following calls are provided to replace the old ones:` is the provider's new one.
    if (underOfferingLead(prose, m.index)) continue;
    // `https://inn.gs/e/<event-key>`: a link cut at a placeholder is a pattern, not a URL.
    if (plain.charAt(end) === '<') continue;
    out.push(url);
    const lineEnd = prose.slice(end, end + REACH).indexOf('\n');
    listEnd = lineEnd < 0 ? -2 : end + lineEnd;
  }
  return out;
}

/** The line before the one at `lineStart` (past one blank line) leads in to a list of endpoints. */
function leadsIn(prose: string, lineStart: number): boolean {
  const lines = prose.slice(Math.max(0, lineStart - REACH), lineStart).split('\n');
  // The last piece is the empty rest after the break that opens the link's line.
  lines.pop();
  let line = lines.pop();
  if (line !== undefined && line.trim() === '') line = lines.pop();
  return line !== undefined && LEAD_IN.test(line);
}
