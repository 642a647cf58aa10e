import type { Notice } from '../domain/notice.ts';
import type { DateRole, Extraction } from '../domain/facts.ts';

/** A provider rule's own pattern, compiled from rules/providers/*.yaml. */
export interface ExtractPattern {
  /** The rule it came from, for `rules test`. */
  ruleId: string;
  /**
   * Named groups say what a match is: `date` (a date phrase, given `role`), `resource`, `region`,
   * `account`. Patterns are checked against catastrophic backtracking when rules load.
   */
  pattern: RegExp;
  role?: DateRole;
}

export interface ExtractOptions {
  patterns?: ExtractPattern[];
}

/** Text + received time (+ provider patterns) → facts. Pure and total: nothing found is an empty result. */
export function extract(notice: Notice, _options: ExtractOptions = {}): Extraction {
  return {
    provider: notice.hints?.provider ?? null,
    service: notice.hints?.service ?? null,
    kind: notice.hints?.kind ?? 'informational',
    actionRequired: false,
    deadline: null,
    dates: [],
    resources: notice.hints?.resources ?? [],
    regions: notice.hints?.regions ?? [],
    accounts: notice.hints?.accounts ?? [],
  };
}
