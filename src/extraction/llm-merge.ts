import type { DatedFact, Extraction, LlmContribution } from '../domain/facts.ts';
import { normaliseSpan, spanOccurs, type GroundedProposal } from './grounding.ts';

const DAY_MS = 86_400_000;
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** One date, however each pass spelled or timed it: "22 August" and "11:59 PM PDT on August 22" are the same fact. */
function sameDate(a: DatedFact, b: DatedFact): boolean {
  if (a.at.getTime() === b.at.getTime()) return true;
  if ((a.precision === 'day' || b.precision === 'day') && utcDay(a.at) === utcDay(b.at)) return true;
  // A stated zone can move the instant into the next or previous UTC day, not further.
  if (Math.abs(a.at.getTime() - b.at.getTime()) > 2 * DAY_MS) return false;
  const na = normaliseSpan(a.text);
  const nb = normaliseSpan(b.text);
  return na !== '' && nb !== '' && (spanOccurs(na, b.text) || spanOccurs(nb, a.text));
}

function union(base: string[], extra: string[]): { all: string[]; added: string[] } {
  const seen = new Set(base.map((s) => s.toLowerCase()));
  const added: string[] = [];
  for (const value of extra) {
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    added.push(value);
  }
  return { all: [...base, ...added], added };
}

/**
 * Adds what the model found to what the deterministic pass found, and nothing else. The model may
 * fill a missing fact, add dates and resources, give a role to a date the grammar could only call
 * `mentioned`, and move the deadline to an earlier day it found (more urgent, never less). It never
 * clears or postpones a deadline, turns required action off, drops a resource or replaces a kind.
 */
export function mergeGrounded(det: Extraction, grounded: GroundedProposal, receivedAt: Date): Extraction {
  const fields = new Set<LlmContribution['fields'][number]>(det.fromLlm?.fields ?? []);
  const dates = [...det.dates];
  let changedDates = false;

  for (const proposed of grounded.dates) {
    const i = dates.findIndex((d) => sameDate(d, proposed));
    const existing = i >= 0 ? dates[i] : undefined;
    if (!existing) {
      dates.push(proposed);
      changedDates = true;
    } else if (existing.role === 'mentioned' && proposed.role !== 'mentioned' && existing.origin !== 'llm') {
      dates[i] = { ...existing, role: proposed.role, origin: 'llm' };
      changedDates = true;
    }
  }

  let deadline = det.deadline;
  // A notice with no usable received time still gets its deadline filled; it just cannot be checked against it.
  const receivedDay = Number.isNaN(receivedAt.getTime()) ? '' : utcDay(receivedAt);
  const earliest = dates
    .filter((d) => d.origin === 'llm' && d.role === 'deadline' && utcDay(d.at) >= receivedDay)
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  if (earliest && (!deadline || utcDay(earliest.at) < utcDay(deadline.at))) {
    deadline = earliest;
    fields.add('deadline');
  }

  const actionRequired = det.actionRequired || grounded.actionRequired || deadline !== det.deadline;
  if (actionRequired !== det.actionRequired) fields.add('actionRequired');
  const kind = det.kind === 'informational' ? grounded.kind : det.kind;
  if (kind !== det.kind) fields.add('kind');
  const provider = det.provider ?? grounded.provider;
  if (provider !== det.provider) fields.add('provider');
  const service = det.service ?? grounded.service;
  if (service !== det.service) fields.add('service');

  const resources = union(det.resources, grounded.resources);
  const regions = union(det.regions, grounded.regions);
  const accounts = union(det.accounts, grounded.accounts);

  const added = resources.added.length + regions.added.length + accounts.added.length;
  const before = det.fromLlm?.fields.length ?? 0;
  if (!changedDates && fields.size === before && added === 0) return det;

  return {
    ...det,
    provider,
    service,
    kind,
    actionRequired,
    deadline,
    dates,
    resources: resources.all,
    regions: regions.all,
    accounts: accounts.all,
    fromLlm: {
      fields: [...fields],
      resources: [...(det.fromLlm?.resources ?? []), ...resources.added],
      regions: [...(det.fromLlm?.regions ?? []), ...regions.added],
      accounts: [...(det.fromLlm?.accounts ?? []), ...accounts.added],
    },
  };
}

/** One line per fact the model contributed, for `extract --llm` and `rules test` to show. */
export function llmFactLines(ex: Extraction): string[] {
  const lines = ex.dates.filter((d) => d.origin === 'llm').map((d) => `date ${d.role} ${d.at.toISOString()} "${d.text}"`);
  const fields = ex.fromLlm?.fields ?? [];
  if (fields.includes('deadline') && ex.deadline) lines.push(`deadline ${ex.deadline.at.toISOString()}`);
  if (fields.includes('provider')) lines.push(`provider ${ex.provider ?? ''}`);
  if (fields.includes('service')) lines.push(`service ${ex.service ?? ''}`);
  if (fields.includes('kind')) lines.push(`kind ${ex.kind}`);
  if (fields.includes('actionRequired')) lines.push('actionRequired true');
  for (const r of ex.fromLlm?.resources ?? []) lines.push(`resource ${r}`);
  for (const r of ex.fromLlm?.regions ?? []) lines.push(`region ${r}`);
  for (const a of ex.fromLlm?.accounts ?? []) lines.push(`account ${a}`);
  return lines;
}
