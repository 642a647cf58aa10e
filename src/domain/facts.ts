export const DATE_ROLES = ['deadline', 'window-start', 'window-end', 'effective', 'mentioned'] as const;
export type DateRole = (typeof DATE_ROLES)[number];

export const NOTICE_KINDS = [
  'certificate',
  'deprecation',
  'end-of-life',
  'maintenance',
  'retirement',
  'security',
  'billing',
  'incident',
  'informational',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** How much of the instant the text gave: a date alone is 00:00 UTC of that day with precision `day`. */
export type Precision = 'day' | 'minute' | 'second';

export interface DatedFact {
  at: Date;
  role: DateRole;
  precision: Precision;
  /** The words it came from, as written. */
  text: string;
  /** Where a fact came from: the grammar, a provider rule's pattern, a structured source, the LLM. */
  origin?: 'grammar' | 'rule' | 'source' | 'llm';
}

/** What extraction reads out of one notice. Pure data; `deadline` is also one of `dates`. */
export interface Extraction {
  provider: string | null;
  service: string | null;
  kind: NoticeKind;
  actionRequired: boolean;
  deadline: DatedFact | null;
  dates: DatedFact[];
  resources: string[];
  regions: string[];
  accounts: string[];
  /** What the LLM second opinion added or changed (its dates also carry `origin: 'llm'`); absent when it added nothing. */
  fromLlm?: LlmContribution;
}

export interface LlmContribution {
  fields: ('provider' | 'service' | 'kind' | 'actionRequired' | 'deadline')[];
  resources: string[];
  regions: string[];
  accounts: string[];
}
