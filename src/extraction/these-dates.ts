import type { Cued } from './roles.ts';
import { sentenceEnd } from './text.ts';

/**
 * `After these dates`, `From those dates on`, `On each of these days`: a sentence that speaks for every
 * date listed just before it, as `From then on` speaks for the one date before it.
 */
const THESE_DATES =
  /(?:^|[.!?]\s+|\n\s*)(?:after|from|since|starting|beginning|as\s+of|on)\s+(?:each\s+of\s+)?(?:these|those|the\s+above)\s+(?:dates|days)\b/gi;
/** How far above its pointer the listed dates may start. */
const REACH = 600;
const BLANK_LINE = /\n[^\S\n]*\n/g;

/** What a sentence says of the phases it points back at: only new things change, or it only warns. */
export type PhaseReading = 'new' | 'calm' | null;

/**
 * Phases marked by the sentence that points back at all of them: `Issuance moves on March 1. … Migration
 * starts May 15.` then `After these dates, newly issued certificates chain to the new root` changes only what
 * is made from then on. The dates are those of the paragraph the pointer opens or closes, and the one above it.
 */
export function phasesPointedAt<T extends Cued>(prose: string, cued: T[], read: (sentence: string) => PhaseReading): T[] {
  if (!cued.some((c) => c.cue === 'effective')) return cued;
  let out = cued;
  for (const m of prose.matchAll(THESE_DATES)) {
    const at = m.index + (/^[\s.!?]*/.exec(m[0])?.[0].length ?? 0);
    const reading = read(prose.slice(at, sentenceEnd(prose, at)));
    if (reading === null) continue;
    const from = paragraphAbove(prose, at);
    out = out.map((c) => (c.cue !== 'effective' || c.index < from || c.end > at ? c : reading === 'new' ? { ...c, newOnly: true } : { ...c, calm: true }));
  }
  return out;
}

/** Where the list a pointer speaks for starts: the paragraph above it when the pointer opens its own. */
function paragraphAbove(prose: string, at: number): number {
  const floor = Math.max(0, at - REACH);
  const above = prose.slice(floor, at).trimEnd();
  let start = 0;
  for (const m of above.matchAll(BLANK_LINE)) start = m.index + m[0].length;
  return floor + start;
}
