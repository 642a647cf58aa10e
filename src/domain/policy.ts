import type { DateRole, NoticeKind } from './facts.ts';
import type { SourceKind, SourcesConfig } from './policy-sources.ts';

export type * from './policy-sources.ts';

/** Who signs, who is reminded, when they may be disturbed. Loaded from rules/teams.yaml. */
export interface Team {
  id: string;
  channel: string;
  /** Slack user ids (`U…`) of the team. */
  members: string[];
  /** IANA zone, e.g. `Europe/Berlin`: countdowns, quiet hours and working days are read in it. */
  timeZone: string;
  /** ISO weekdays 1 (Mon) … 7 (Sun). */
  workingDays: number[];
  /** Local `HH:MM` range in which nothing but critical reminders goes out; may wrap midnight. */
  quietHours: { start: string; end: string } | null;
  escalation: { users: string[]; channel: string | null };
  /** Role name → Slack user ids (`U…`) or user-group ids (`S…`) allowed to sign for it. */
  roles: Record<string, string[]>;
  /** Ladder id for this team's tasks, unless a rule names another. */
  ladder?: string;
  /** Lead time for this team's tasks, unless a rule sets its own. */
  leadTimeMinutes?: number;
  /** When the weekly digest goes out, in the team's zone: Monday 09:00 when absent, never when null. */
  digest?: DigestSchedule | null;
}

export interface DigestSchedule {
  /** ISO weekday, 1 (Mon) … 7 (Sun). */
  weekday: number;
  /** Local `HH:MM`. */
  time: string;
}

export const LOUDNESS = ['thread', 'channel', 'dm', 'here', 'overdue'] as const;
export type Loudness = (typeof LOUDNESS)[number];

export interface LadderStep {
  /** Stable name of the step (`d-30`, `deadline`, `overdue`), used to record that it was sent. */
  id: string;
  /** Offset from the deadline in minutes: negative before it, 0 at it, positive after. */
  offsetMinutes: number;
  loudness: Loudness;
  /** Critical steps go out in quiet hours and are the bound for snooze. */
  critical: boolean;
}

export interface Ladder {
  id: string;
  description: string;
  steps: LadderStep[];
  /** After the last step, repeat the overdue step every this many minutes; null for never. */
  repeatOverdueMinutes: number | null;
}

export type Disposition = 'track' | 'fyi' | 'ignore';

/** What the rules decided for one notice. */
export interface Routing {
  ruleId: string;
  disposition: Disposition;
  team: string;
  /** The team's channel, or the rule's own. */
  channel: string;
  requiredRoles: string[];
  ladder: string;
  /** The work must be scheduled this long before the deadline. */
  leadTimeMinutes: number;
  /** Overrides of extraction that a rule may set (a provider rule knows its kind). */
  kind?: NoticeKind;
  service?: string;
  provider?: string;
  /** Why this rule matched: shown by `rules test`. */
  reasons: string[];
}

/** A provider rule's extraction pattern; the same shape as extraction's `ExtractPattern`. */
export interface RulePattern {
  ruleId: string;
  /** Flags `gi`: read it with `matchAll`, which copies the RegExp, so no `lastIndex` is shared. */
  pattern: RegExp;
  role?: DateRole;
}

/** Every condition given must hold. Regex lists: every regex must match. Extraction fields are unknown before extraction. */
export interface RuleMatch {
  from?: RegExp[];
  subject?: RegExp[];
  body?: RegExp[];
  /** Subject or body. */
  text?: RegExp[];
  feed?: RegExp[];
  source?: SourceKind[];
  provider?: string[];
  service?: RegExp[];
  kind?: NoticeKind[];
  resource?: RegExp[];
  actionRequired?: boolean;
  /** `true`: a deadline was found; `false`: none was. */
  deadline?: boolean;
}

/** How a provider file recognises its provider's notices: any one condition is enough. */
export interface ProviderIdentity {
  /** Null when a file covers several providers (certificate authorities): then only the regexes identify. */
  provider: string | null;
  from?: RegExp;
  feed?: RegExp;
  subject?: RegExp;
  /** Tested against the provider name a structured source or extraction gives. */
  name?: RegExp;
}

/** `deadline`: `YYYY-MM-DD` compares UTC days, an ISO instant compares exactly, null means none. */
export interface ExampleExpectation {
  rule: string;
  disposition?: Disposition;
  team?: string;
  kind?: NoticeKind;
  deadline?: string | null;
  actionRequired?: boolean;
  /** Each must be among the resources found (case-insensitive). */
  resources?: string[];
}

export interface RuleExample {
  text: string;
  from?: string;
  subject?: string;
  feed?: string;
  receivedAt: Date;
  expect: ExampleExpectation;
  /** `rules/providers/aws.yaml:42` */
  where: string;
}

export interface ProviderRule {
  id: string;
  description: string;
  where: string;
  identity: ProviderIdentity | null;
  match: RuleMatch;
  classify: { provider?: string; service?: string; kind?: NoticeKind };
  patterns: RulePattern[];
  team?: string;
  channel?: string;
  disposition: Disposition;
  signoff?: string[];
  ladder?: string;
  leadTimeMinutes?: number;
  priority: number;
  examples: RuleExample[];
}

export interface ResourceRoute {
  pattern: RegExp;
  team: string;
}

export interface SignoffPolicy {
  /** Roles every task needs unless its rule names its own. */
  default: string[];
  /** Roles added for a kind, whatever the rule says (security notices add `security`). */
  byKind: Partial<Record<NoticeKind, string[]>>;
}

/** Everything rules/ decides, compiled and cross-checked. */
export interface RuleSet {
  teams: Record<string, Team>;
  roles: Record<string, { description: string }>;
  ladders: Record<string, Ladder>;
  /** In precedence order: priority descending, then file name and position. */
  rules: ProviderRule[];
  sources: SourcesConfig;
  /** Provider account id (AWS account, GCP project, Azure subscription) → team id. */
  accounts: Record<string, string>;
  resourceRoutes: ResourceRoute[];
  adminChannel: string;
  defaultTeam: string;
  defaultLadder: string;
  defaultLeadTimeMinutes: number;
  signoff: SignoffPolicy;
}
