import type { DatedFact, Extraction } from '../../domain/facts.ts';

export const iso = (date: Date): string => date.toISOString();
export const isoOrNull = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);
export const toDate = (text: string): Date => new Date(text);
export const toDateOrNull = (text: string | null): Date | null => (text === null ? null : new Date(text));
export const flag = (value: boolean): number => (value ? 1 : 0);

export const toJson = (value: unknown): string => JSON.stringify(value ?? null);
export const fromJson = <T>(text: string | null, fallback: T): T => (text === null ? fallback : (JSON.parse(text) as T));

/** A deadline spread over columns (`<prefix>_at`, `_precision`, `_text`), back into one fact. */
export function toDeadline(at: string | null, precision: string | null, text: string | null, origin?: string | null): DatedFact | null {
  if (at === null) return null;
  const fact: DatedFact = {
    at: new Date(at),
    role: 'deadline',
    precision: precision === 'minute' || precision === 'second' ? precision : 'day',
    text: text ?? '',
  };
  if (origin === 'grammar' || origin === 'rule' || origin === 'source' || origin === 'llm') fact.origin = origin;
  return fact;
}

type WireFact = Omit<DatedFact, 'at'> & { at: string };
type WireExtraction = Omit<Extraction, 'deadline' | 'dates'> & { deadline: WireFact | null; dates: WireFact[] };

const reviveFact = (fact: WireFact): DatedFact => ({ ...fact, at: new Date(fact.at) });

/** Extraction as stored (instants are ISO strings in JSON) back to its typed form. */
export function parseExtraction(text: string | null): Extraction | null {
  if (text === null) return null;
  const wire = JSON.parse(text) as WireExtraction;
  return { ...wire, deadline: wire.deadline ? reviveFact(wire.deadline) : null, dates: wire.dates.map(reviveFact) };
}
