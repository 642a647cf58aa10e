import { sentenceOf } from './text.ts';

/**
 * A sentence that sets something apart from the notice: `Instances in us-west-2 are not affected.`,
 * `Your cluster in westeurope is not part of this upgrade.`
 */
const UNAFFECTED =
  /\b(?:not|n['’]t)\s+(?:be\s+)?(?:affected|impacted)\b|\b(?:(?:not|n['’]t)\s+(?:be\s+)?(?:part\s+of|included\s+in)|excluded\s+from)\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:maintenance|upgrade|update|change|migration|work|event|incident|outage|rollout)\b|\bunaffected\b|\bno\s+(?:impact|changes?)\s+(?:to|for|in)\b/i;
/** Whether the text has any words that set something apart; most notices have none, and are not read sentence by sentence. */
export const SETS_APART = /affected|impact|chang|not\s+part\s+of|not\s+included|excluded/i;
/** A region named more often than this is what the notice is about, whatever one sentence says. */
const MAX_MENTIONS = 8;

/**
 * Whether every mention of `name` is in a sentence that says it is not affected. A name the text does
 * not spell as found (`West Europe` read as `westeurope`) is kept.
 */
export function onlyUnaffected(prose: string, name: string): boolean {
  const lower = prose.toLowerCase();
  const key = name.toLowerCase();
  let seen = 0;
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
    if (++seen > MAX_MENTIONS) return false;
    const sentence = sentenceOf(prose, at, at + key.length);
    if (!UNAFFECTED.test(sentence)) return false;
  }
  return seen > 0;
}
