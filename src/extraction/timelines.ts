import type { Phrase } from './grammar.ts';

/** A line of a timeline: it opens with its time (`- 22:47 UTC - Engineers were paged`, `09.15 CET: fix deployed`). */
const TIMED_LINE = /^[^\S\n]*(?:[-*•·][^\S\n]*)?\d{1,2}[:.h]\d{2}\b/;
/** The line of a day that heads a timeline opens on a few words and no sentence ends on it: `On March 4th, 2026:`, `What we saw, starting on 4 March 2026`. */
const HEAD_BEFORE = /^[^.!?\n]{0,60}$/;
const HEAD_AFTER = /^[^\S\n]*(?:\([^()\n]{1,20}\)[^\S\n]*)?:?[^\S\n]*(?:\n|$)/;
/** How far below its day a timeline's lines may run. */
const REACH = 4_000;

/**
 * The day a timeline's time belongs to: a day on a line of its own above a list whose every line opens
 * with a time, blank lines aside (`On March 4th, 2026:` then `- 23:40 UTC - …`, `- 00:15 UTC - …`). A time
 * earlier than the line before it has crossed midnight: `days` counts the days it has moved on.
 */
export function timelineDay(prose: string, phrases: Phrase[], i: number): { day: Phrase; days: number } | null {
  const p = phrases[i];
  if (!p || !TIMED_LINE.test(lineAt(prose, p.index))) return null;
  let days = 0;
  for (let k = i - 1; k >= 0; k--) {
    const q = phrases[k];
    if (!q || p.index - q.end > REACH) return null;
    const next = phrases[k + 1];
    // The grammar may read the heading and the first time below it as one phrase (`4 March 2024:\n\n09:05 UTC`).
    const merged = q.start.hasDay && q.start.hasTime && q.text.includes('\n');
    if (next && (merged || !q.start.hasDay) && q.start.hasTime && minutes(next) < minutes(q)) days += 1;
    if (q.start.hasDay) return (merged || !q.start.hasTime) && !q.relative && heads(prose, q, p, merged) ? { day: q, days } : null;
    if (!q.start.hasTime) return null;
  }
  return null;
}

const minutes = (p: Phrase): number => p.start.hour * 60 + p.start.minute;

/** The text of the line that holds `index`, from its start. */
function lineAt(prose: string, index: number): string {
  const start = prose.lastIndexOf('\n', index - 1) + 1;
  const end = prose.indexOf('\n', index);
  return prose.slice(start, end < 0 ? prose.length : end);
}

/** `day` is alone on its line and every line from there to `p` is a line of the timeline. */
function heads(prose: string, day: Phrase, p: Phrase, merged: boolean): boolean {
  const lineStart = prose.lastIndexOf('\n', day.index - 1) + 1;
  if (!HEAD_BEFORE.test(prose.slice(lineStart, day.index))) return false;
  if (merged ? !TIMED_LINE.test(lineAt(prose, day.end - 1)) : !HEAD_AFTER.test(prose.slice(day.end))) return false;
  const below = prose.slice(prose.indexOf('\n', day.end) + 1, prose.lastIndexOf('\n', p.index - 1) + 1);
  return below.split('\n').every((line) => line.trim() === '' || TIMED_LINE.test(line));
}
