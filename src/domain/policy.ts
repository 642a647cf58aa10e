import type { NoticeKind } from './facts.ts';

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
  /** Why this rule matched: shown by `rules test`. */
  reasons: string[];
}
