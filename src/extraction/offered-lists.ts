import { BULLET } from './list-items.ts';

/**
 * A list under a lead that offers its items as what to use from now on (`From now on you can read
 * orders through one of these calls:`, `Please switch your jobs to the new endpoints:`) names the
 * provider's things, not the reader's. A lead that points at the listed items first (`Update the
 * following functions to use Node 22:`) or says they are affected still names the reader's.
 */
const OFFER_TAIL =
  /\b(to\s+(?:(?:instead|now|then|rather|only)\s+)?use|(?:instead|now)\s+use|use\s+(?:one|any)\s+of|through|via|(?:migrate|switch|move|upgrade)\s+(?:[\w-]+\s+){0,3}?to|replaced\s+(?:by|with))\s+(?:[\w-]+\s+){0,6}?[\w.-]+\s*:$/i;
/** `You should use the following calls instead:`: what to use in place of what the reader has. */
const USE_INSTEAD = /\buse\s+(?:[\w-]+\s+){0,6}?instead\s*:$/i;
/** The reader is asked or able to use what follows; `Functions configured to use Node 16:` only says what theirs do. */
const ASKED = /^(?:update|migrate|switch|move|change|use|please)\b|\b(?:need|needs|must|should|able|recommend\w*|encourage\w*|(?:moving|going)\s+forward|from\s+now\s+on|instead)\b/i;
/** Words that point at the listed items before the verb, or say they are the ones affected. */
const POINTS_AT_ITEMS = /\b(?:following|below|these|those|affected|impacted|deprecated|retiring|legacy)\b/i;

/** `The following calls are provided to replace the old ones:`: items given to replace others are the replacements, whatever points at them. */
const REPLACES = /\b(?:(?:provided|introduced|added|available|offered|released)\s+(?:[\w-]+\s+){0,2}?to\s+replace|(?:are|as)\s+(?:the|their)\s+replacements?|replacing\s+(?:the|these|those)\s+(?:previous|old|older|legacy|existing|deprecated)\b)[^:\n]{0,80}:$/i;

export function offersWhatToUse(lead: string): boolean {
  const text = lead.trim().replace(BULLET, '');
  if (REPLACES.test(text)) return true;
  // `use … instead:` says the items take the place of the reader's, whatever points at theirs before.
  if (USE_INSTEAD.test(text)) return ASKED.test(text);
  const tail = OFFER_TAIL.exec(text);
  if (!tail) return false;
  return ASKED.test(text) && !POINTS_AT_ITEMS.test(text.slice(0, tail.index + (tail[1]?.length ?? 0))) && !/\b(?:affected|impacted)\b/i.test(tail[0]);
}

/** How many items back a list is followed to its lead; a longer list is no short offer of alternatives. */
const MOST_ITEMS = 20;

/**
 * Whether the list item holding `index` stands under a lead that offers what to use. A list without
 * bullets is one item per line, the item opening its line, the lines running on up to the lead (a
 * blank line only right under it): a paragraph between them ends the list.
 */
export function underOfferingLead(prose: string, index: number): boolean {
  let start = prose.lastIndexOf('\n', index - 1) + 1;
  const opening = prose.slice(start, index).trimStart();
  const bulleted = BULLET.test(opening);
  if (!bulleted && opening !== '') return false;
  let blankAbove = false;
  for (let seen = 0; start > 0 && seen <= MOST_ITEMS; seen++) {
    const end = start - 1;
    start = prose.lastIndexOf('\n', end - 1) + 1;
    const line = prose.slice(start, end).trim();
    if (line.length > 300) return false;
    if (bulleted && (line === '' || BULLET.test(line))) continue;
    if (!bulleted && line === '') {
      if (blankAbove) return false;
      blankAbove = true;
      continue;
    }
    if (!bulleted && !line.endsWith(':')) {
      if (blankAbove) return false;
      continue;
    }
    return line.endsWith(':') && offersWhatToUse(line);
  }
  return false;
}
