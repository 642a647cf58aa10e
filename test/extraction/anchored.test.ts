import { describe, expect, it } from 'vitest';
import { isAlphanumeric, matchesAt, matchesOf, runsBefore } from '../../src/extraction/anchored.ts';

const found = (ms: Iterable<RegExpExecArray>): Array<[number, string]> => [...ms].map((m) => [m.index, m[0]]);

describe('matchesOf', () => {
  it.each([
    [/\d+/g, 'a1 b22 c333'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a\u{1F600}b'],
    [/^\w+/gm, 'one\ntwo\n\nthree'],
    [/\bno\b/gi, 'nothing here'],
  ])('finds what matchAll finds: %s in %j', (re, text) => {
    expect(found(matchesOf(text, re))).toEqual(found(text.matchAll(new RegExp(re.source, re.flags))));
  });

  it('leaves the pattern where it was, as matchAll does, even when the caller uses it between matches', () => {
    const re = /a/g;
    re.lastIndex = 2;
    const seen: number[] = [];
    for (const m of matchesOf('aaaa', re)) {
      seen.push(m.index);
      re.test('zzz');
    }
    expect(seen).toEqual([2, 3]);
    expect(re.lastIndex).toBe(2);
  });
});

describe('matchesAt', () => {
  const SLUG = /(?<![\w./@-])[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[a-z]+/y;
  const GLOBAL = new RegExp(SLUG.source, 'g');
  const isOwner = (code: number): boolean => code === 45 || isAlphanumeric(code);
  it.each(['see acme/api and acme-dev/web.', 'x.acme/api', '_acme/api a/b/c', 'and/or', 'no slash here', '-acme/api'])(
    'tried before each slash, finds what a scan at every offset finds: %j',
    (text) => {
      expect(found(matchesAt(text, SLUG, runsBefore(text, '/', isOwner)))).toEqual(found(text.matchAll(GLOBAL)));
    },
  );
});
