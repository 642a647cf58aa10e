import { matchesAt, matchesOf } from './anchored.ts';
/**
 * Identifiers whose shape alone says what they are, read where the prose hides or breaks them: an ARN
 * a hard-wrapped mail split over two lines, the host of a database connection string (whose
 * `user@host` the prose blanks as an address), an npm package under its scope.
 */

const ARN_AT_LINE_END = /\barn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:\d{0,12}:[A-Za-z0-9_+=,.@\-/:*]{1,512}(?=\n)/y;
/** What may stand before the ARN on its line: a bullet, or a label (`Secret ARN: arn:aws:…`). */
const LINE_HEAD = /^[ \t]*(?:[-*•]\s+)?(?:[A-Za-z][\w ()-]{0,40}:[ \t]+)?$/;
const CONTINUATION = /^[A-Za-z0-9_+=@\-/:*.]{1,200}/;
/** A character CONTINUATION takes that trailing punctuation would not trim. */
const ARN_CHAR = /^[A-Za-z0-9_+=@\-/*]$/;
/** Mailers wrap at 72 to 78 columns; a line longer than the wrap width by more than this was not wrapped. */
const SLACK = 4;
const MIN_WIDTH = 60;

/**
 * ARNs that fill their line and go on at the start of the next, in a text whose lines are never much
 * longer than that one: a wrapper broke a token too long for the width. Each head maps to the whole.
 */
export function wrappedArns(prose: string): Map<string, string> {
  const out = new Map<string, string>();
  let widest: number | undefined;
  for (const m of matchesAt(prose, ARN_AT_LINE_END, arnsBeforeOther(prose))) {
    const lineStart = prose.lastIndexOf('\n', m.index) + 1;
    const width = m.index + m[0].length - lineStart;
    if (width < MIN_WIDTH || !LINE_HEAD.test(prose.slice(lineStart, m.index))) continue;
    const next = m.index + m[0].length + 1;
    const tail = CONTINUATION.exec(prose.slice(next, next + 200))?.[0].replace(/[.,;:]+$/, '');
    if (!tail || tail.startsWith('arn:') || /^[A-Z][a-z]+$/.test(tail)) continue;
    widest ??= widestBodyLine(prose);
    if (widest > width + SLACK) continue;
    out.set(m[0], m[0] + tail);
  }
  return out;
}

/**
 * Where an ARN that ends its line can start: each `arn:aws` on a line the next line does not open with
 * another ARN. In a list of ARNs one per line no line is a head cut from the next (CONTINUATION would
 * take that ARN as its tail), so the list is passed over without reading its ARNs.
 */
function* arnsBeforeOther(prose: string): Generator<number> {
  for (let at = prose.indexOf('arn:aws'); at >= 0; at = prose.indexOf('arn:aws', at + 1)) {
    const end = prose.indexOf('\n', at);
    if (end < 0) return;
    if (prose.startsWith('arn:', end + 1) && ARN_CHAR.test(prose.charAt(end + 5))) at = end;
    else yield at;
  }
}

/** The longest line after the first paragraph (the subject stands there, as long as it was written). */
function widestBodyLine(prose: string): number {
  const body = prose.indexOf('\n\n');
  let widest = 0;
  let start = body < 0 ? 0 : body + 2;
  while (start <= prose.length) {
    const end = prose.indexOf('\n', start);
    const stop = end < 0 ? prose.length : end;
    widest = Math.max(widest, stop - start);
    start = stop + 1;
  }
  return widest;
}

/** `postgres://tsdbadmin@e4x7k2m9pq.k3r8w1v2nz.tsdb.cloud.timescale.com:34512/tsdb`: the reader's database host. */
const CONNECTION =
  /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mqtts?|kafka|clickhouse|sqlserver|jdbc:[a-z]{2,12}):\/\/(?:[^\s@/]{1,200}@)?([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})/g;

export function connectionHosts(plain: string): string[] {
  return [...matchesOf(plain, CONNECTION)].map((m) => (m[1] ?? '').replace(/-+$/, '')).filter((host) => /[a-z]/i.test(host));
}

/** `@acme/cli`: an npm package under its scope. */
const SCOPED = /(?<![\w@/.-])@([a-z0-9][a-z0-9._-]{0,100})\/[a-z0-9][a-z0-9._-]{0,100}(?![\w/@-])/g;

/** Scoped packages, except the sender's own (`@sentry/node` in a mail from sentry.io is its product). */
export function scopedPackages(prose: string, senderDomain: string | null): Array<{ index: number; name: string }> {
  if (!prose.includes('@')) return [];
  const brand = senderDomain?.split('.')[0] ?? '';
  const out: Array<{ index: number; name: string }> = [];
  for (const m of matchesOf(prose, SCOPED)) {
    const scope = m[1] ?? '';
    if (brand.length >= 3 && scope.includes(brand)) continue;
    out.push({ index: m.index, name: m[0].replace(/[.]+$/, '') });
  }
  return out;
}
