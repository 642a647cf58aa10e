import type { Notice } from '../domain/notice.ts';
import type { DatedFact, Extraction } from '../domain/facts.ts';

/** Why the deterministic pass may have missed something, and a second opinion is worth its cost. */
export type UnsureReason =
  /** The notice asks the reader to do something but no deadline was found. */
  | 'no-deadline-despite-action'
  /** Several deadlines, one day with two roles, or a window that ends before it starts. */
  | 'conflicting-roles'
  | 'unknown-provider'
  /** Action is asked for but nothing says what it is asked of. */
  | 'no-resources';

// Phrasings providers use to ask for work, across providers; a hit only earns a second look.
const ACTION_CUES = new RegExp(
  [
    String.raw`\baction (?:is |may be )?(?:required|needed)\b`,
    String.raw`\brequired action\b`,
    String.raw`\b(?:update|upgrade|migration|renewal|reboot|restart|change)s?\s+(?:is\s+|are\s+)?required\b`,
    String.raw`\bmust be\s+(?:updated|upgraded|migrated|renewed|replaced|rotated|patched|restarted|rebooted|moved|changed)\b`,
    String.raw`\bwe (?:strongly )?recommend (?:that you )?(?:updat|upgrad|migrat|mov|switch|renew|rotat|replac)\w*`,
    String.raw`\b(?:please|you (?:must|need to|should|will need to))\s+(?:\w+\s+){0,2}?(?:act|update|upgrade|migrate|renew|replace|rotate|review|take action|reboot|restart|move|switch|change|validate|verify)\b`,
    String.raw`\b(?:take|taking) action\b`,
    String.raw`\bno later than\b`,
    String.raw`\bbefore (?:the )?(?:deadline|cut-?off)\b`,
    String.raw`\bto avoid (?:any )?(?:disruption|interruption|downtime|impact|outage|service)\b`,
    String.raw`\bwill (?:stop working|no longer (?:be supported|work|be available|receive))\b`,
    String.raw`\bend of (?:standard |extended )?(?:life|support)\b`,
    String.raw`\b(?:deprecat|retir|decommission|sunset)\w*`,
    String.raw`\bexpir(?:e|es|ing|ation)\b`,
  ].join('|'),
  'i',
);

export function asksForAction(notice: Notice): boolean {
  return ACTION_CUES.test(`${notice.subject}\n${notice.text}`);
}

const utcDay = (d: DatedFact) => d.at.toISOString().slice(0, 10);

function rolesConflict(dates: DatedFact[]): boolean {
  const deadlines = new Set(dates.filter((d) => d.role === 'deadline').map(utcDay));
  if (deadlines.size > 1) return true;
  const roleByDay = new Map<string, string>();
  for (const d of dates) {
    if (d.role === 'mentioned') continue;
    const seen = roleByDay.get(utcDay(d));
    if (seen !== undefined && seen !== d.role) return true;
    roleByDay.set(utcDay(d), d.role);
  }
  const starts = dates.filter((d) => d.role === 'window-start').map((d) => d.at.getTime());
  const ends = dates.filter((d) => d.role === 'window-end').map((d) => d.at.getTime());
  return starts.length > 0 && ends.length > 0 && Math.max(...ends) < Math.min(...starts);
}

/** Pure: the reasons to ask, empty when the deterministic result looks complete. */
export function unsureReasons(notice: Notice, ex: Extraction): UnsureReason[] {
  const reasons: UnsureReason[] = [];
  const action = ex.actionRequired || asksForAction(notice);
  if (action && ex.deadline === null) reasons.push('no-deadline-despite-action');
  if (rolesConflict(ex.dates)) reasons.push('conflicting-roles');
  if (ex.provider === null) reasons.push('unknown-provider');
  if (action && ex.resources.length === 0 && ex.accounts.length === 0) reasons.push('no-resources');
  return reasons;
}
