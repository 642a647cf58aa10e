import type { DatedFact, DateRole, Extraction, LlmContribution, NoticeKind, Precision } from '../domain/facts.ts';

/** One line of `noticeboard extract --json`: a stable interface that scripts and the scorer read. */
export interface ExtractLine {
  file: string;
  id: string;
  provider: string | null;
  service: string | null;
  kind: NoticeKind;
  actionRequired: boolean;
  deadline: string | null;
  deadlinePrecision: Precision | null;
  dates: Array<{ at: string; role: DateRole; text: string; precision: Precision; origin?: DatedFact['origin'] }>;
  resources: string[];
  regions: string[];
  accounts: string[];
  /** With `--llm`: what the second opinion added (its dates also say `origin: "llm"`). */
  fromLlm?: LlmContribution;
}

/** The line for a file, message or item that could not be read or extracted. */
export interface ExtractErrorLine {
  file: string;
  id: string;
  error: string;
  code: string;
}

/**
 * ISO 8601 in UTC to the second (`2024-08-22T00:00:00Z`). An instant is printed no finer than its
 * precision (a day as 00:00 of its UTC day), so a date without a time never reads as one.
 */
export function isoInstant(at: Date, precision: Precision = 'second'): string {
  const iso = at.toISOString();
  if (precision === 'day') return `${iso.slice(0, 10)}T00:00:00Z`;
  if (precision === 'minute') return `${iso.slice(0, 16)}:00Z`;
  return `${iso.slice(0, 19)}Z`;
}

export function toExtractLine(file: string, id: string, extraction: Extraction): ExtractLine {
  const { deadline } = extraction;
  return {
    file,
    id,
    provider: extraction.provider,
    service: extraction.service,
    kind: extraction.kind,
    actionRequired: extraction.actionRequired,
    deadline: deadline ? isoInstant(deadline.at, deadline.precision) : null,
    deadlinePrecision: deadline ? deadline.precision : null,
    dates: extraction.dates.map((d) => ({ at: isoInstant(d.at, d.precision), role: d.role, text: d.text, precision: d.precision })),
    resources: extraction.resources,
    regions: extraction.regions,
    accounts: extraction.accounts,
  };
}
