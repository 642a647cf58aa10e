import { nameOf, NOT_RESOURCES, RESOURCE_NOUNS } from './list-items.ts';

/**
 * Names listed inside a sentence after a colon, where the sentence says they are the reader's things:
 * `the following apps linked to your account: Notely, Sketchpad.`, `the following domains on your
 * plan: acme.io and acme.dev.` The list runs to the end of the sentence. What the text announces
 * this way is the reader's, so a one-word name (`Notely`) counts as it would not in prose.
 */

/** The announcing clause, read from `following` on: up to five words, then the colon and the values up to a full stop (a dot inside a name is none). */
const ANNOUNCED = /^following[ \t]+((?:[\w-]+[ \t]+){0,5}?[a-z]+s)\b([^:.;\n]{0,80}):[ \t]+((?:[^.;\n]|\.(?=\w)){1,300})/y;
const OWNED = /\byour\b/i;
const VALUE = /^[A-Za-z0-9][\w.-]{1,62}$/;

export function inlineListed(prose: string): string[] {
  const out: string[] = [];
  for (let at = prose.indexOf('following'); at >= 0; at = prose.indexOf('following', at + 9)) {
    ANNOUNCED.lastIndex = 0;
    const m = ANNOUNCED.exec(prose.slice(at, at + 400));
    const noun = m?.[1] ?? '';
    if (!m || !RESOURCE_NOUNS.test(noun) || NOT_RESOURCES.test(noun) || !OWNED.test(`${noun} ${m[2] ?? ''}`)) continue;
    for (const value of (m[3] ?? '').split(/[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+/)) {
      const token = value.trim();
      if (!VALUE.test(token)) continue;
      const name = nameOf(token, false) ?? (/^[A-Z][a-z]{2,30}$/.test(token) ? token : null);
      if (name) out.push(name);
    }
  }
  return out;
}
