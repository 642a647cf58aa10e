/**
 * Counts of days from the notice itself (`30 days from the date of this email`, `14 days after
 * receipt of this notice`, `30 days from today`, `You have 30 days to`), which chrono does not read
 * or reads as `today` (`within 48 hours of this email` it reads). Each is rewritten, at the same length, as a count chrono reads from the
 * message date (`in 30 days`); the span it came from is kept so the phrase keeps its own words.
 */
const COUNTED =
  /\b(?:(?<!\b(?:within|in)\s+)(?<n>\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety)\s+(?:calendar\s+)?(?<unit>days?|weeks?|months?|hours?)\s+(?:from|after|of)\s+(?:today|(?:the\s+date\s+of\s+|(?:the\s+)?receipt\s+of\s+)?this\s+(?:e-?mail|notice|message|letter|notification))|[Yy]ou\s+have\s+(?<n2>\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety)\s+(?:calendar\s+)?(?<unit2>days?|weeks?|months?|hours?)\s+(?=to\s))/g;

export interface Counted {
  text: string;
  /** Where each rewritten count starts → where its words end. */
  spans: Map<number, number>;
}

export function rewriteCounts(text: string): Counted {
  const spans = new Map<number, number>();
  // Every count holds `today`, `this <notice>` or `You have`; most notices hold none of them.
  if (!/\btoday\b|\bthis\s+(?:e-?mail|notice|message|letter|notification)\b|\byou\s+have\s/i.test(text)) return { text, spans };
  const out = text.replace(COUNTED, (all: string, ...args: unknown[]) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    const index = args.at(-3) as number;
    const n = groups.n ?? groups.n2 ?? '';
    const unit = groups.unit ?? groups.unit2 ?? '';
    const count = `in ${n} ${unit}`;
    if (count.length > all.length) return all;
    spans.set(index, index + all.trimEnd().length);
    return count + ' '.repeat(all.length - count.length);
  });
  return { text: out, spans };
}
