import type { DateRole } from '../domain/facts.ts';
import { findDates, type Found } from './dates.ts';
import type { DayOrder } from './numeric-dates.ts';
import type { ExtractPattern } from './index.ts';

/** What provider rules' own patterns add on top of the grammar. */
export interface RuleFacts {
  dates: Array<Found & { role: DateRole }>;
  resources: string[];
  regions: string[];
  accounts: string[];
}

/** A rule's pattern cannot run away with a notice: matches past this count are ignored. */
const MAX_MATCHES = 200;

/**
 * Runs each pattern over the text. Named groups say what a match is: `date` (read by the same
 * grammar, with the pattern's `role`, `deadline` by default), `resource`, `region`, `account`.
 */
export function applyPatterns(patterns: ExtractPattern[], text: string, receivedAt: Date, order: DayOrder = 'month-first'): RuleFacts {
  const out: RuleFacts = { dates: [], resources: [], regions: [], accounts: [] };
  for (const rule of patterns) {
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    const re = new RegExp(rule.pattern.source, flags.replace('y', ''));
    let count = 0;
    for (const m of text.matchAll(re)) {
      if (++count > MAX_MATCHES) break;
      const groups = m.groups ?? {};
      if (groups.resource) out.resources.push(groups.resource.trim());
      if (groups.region) out.regions.push(groups.region.trim());
      if (groups.account) out.accounts.push(groups.account.replace(/[\s-]/g, ''));
      if (groups.date) out.dates.push(...datesIn(groups.date, m, text, receivedAt, rule.role ?? 'deadline', order));
    }
  }
  return out;
}

function datesIn(date: string, m: RegExpMatchArray, text: string, receivedAt: Date, role: DateRole, order: DayOrder): RuleFacts['dates'] {
  const at = Math.max(0, text.indexOf(date, m.index));
  return findDates(date, receivedAt, order).map((f) => ({ ...f, index: at + f.index, end: at + f.end, role }));
}
