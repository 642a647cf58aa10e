import { describe, expect, it } from 'vitest';
import { decodeTaskRef, encodeTaskRef } from '../../src/domain/action-ids.ts';
import { codeSpan, escapeEntities, link, mentionUser, mrkdwnText, plainText, truncate } from '../../src/domain/slack-text.ts';

describe('Slack text escaping', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<http://x|y>', '&lt;http://x|y&gt;'],
    ['&lt;', '&amp;lt;'],
    ['"quotes" and \'apostrophes\'', '"quotes" and \'apostrophes\''],
  ])('escapes %s as %s and nothing else', (input, expected) => {
    expect(escapeEntities(input)).toBe(expected);
  });

  it.each(['@here', '@channel', '@everyone', '@HERE'])('breaks the broadcast %s in both kinds of text', (word) => {
    expect(mrkdwnText(`hey ${word}!`)).not.toContain(word);
    expect(plainText(`hey ${word}!`)).not.toContain(word);
  });

  it('leaves an e-mail address alone', () => {
    expect(mrkdwnText('ops@here.example')).toBe('ops@here.example');
  });

  it('separates emphasis characters so no pair forms', () => {
    expect(mrkdwnText('*bold* _it_ ~s~ `c`')).not.toMatch(/\*bold\*|_it_|~s~|`c`/);
  });

  it('keeps a leading > from quoting', () => {
    expect(mrkdwnText('> not a quote')).not.toMatch(/^&gt;/);
  });

  it('puts identifiers in a code span that cannot be closed early', () => {
    expect(codeSpan('db_orders`<@U1>')).toBe('`db_ordersˋ&lt;@U1&gt;`');
  });

  it.each([
    ['javascript:alert(1)', null],
    ['https://x.example/a b', null],
    ['https://x.example/a|b', null],
    ['https://x.example/?a=1&b=2', '<https://x.example/?a=1&amp;b=2|a &lt;b&gt; ¦ c>'],
  ])('links %s only when it is a plain http(s) URL', (url, expected) => {
    expect(link(url, 'a <b> | c')).toBe(expected);
  });

  it.each([
    ['U123ABC', '<@U123ABC>'],
    ['<!channel>', '`&lt;!channel&gt;`'],
    ['U1>', '`U1&gt;`'],
  ])('mentions only well-formed user ids: %s', (id, expected) => {
    expect(mentionUser(id)).toBe(expected);
  });

  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a longer text', 8, 'a longe…'],
    ['ab&amp;cd', 5, 'ab…'],
    ['x😀😀', 3, 'x…'],
  ])('truncates %j to %i characters without splitting an entity or a pair', (text, max, expected) => {
    const out = truncate(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});

describe('task references in buttons and modals', () => {
  it.each([
    [{ taskId: 42 }, '{"t":42}'],
    [{ taskId: 42, channel: 'C1' }, '{"t":42,"c":"C1"}'],
  ])('round-trips %j', (ref, encoded) => {
    expect(encodeTaskRef(ref)).toBe(encoded);
    expect(decodeTaskRef(encoded)).toEqual(ref);
  });

  it.each([null, '', 'abc', '{"t":"42"}', '{"t":-1}', '[]', '{"t":1.5}'])('rejects %j', (value) => {
    expect(decodeTaskRef(value)).toBeNull();
  });

  it('accepts a bare id', () => {
    expect(decodeTaskRef('7')).toEqual({ taskId: 7 });
  });
});
