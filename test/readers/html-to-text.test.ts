import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/readers/index.ts';
import { looksLikeHtml } from '../../src/readers/html-to-text.ts';
import { decodeEntities, NAMED_ENTITIES } from '../../src/readers/entities.ts';

describe('htmlToText', () => {
  it.each([
    ['paragraphs', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['line breaks', 'a<br>b<BR/>c<br><br>d', 'a\nb\nc\n\nd'],
    ['collapsed whitespace', '<div>  lots\n\n of   space </div>', 'lots of space'],
    ['inline elements join', 'db-<b>orders</b>-01 in <i>eu</i>-west-1', 'db-orders-01 in eu-west-1'],
    ['list items', '<ul><li>one</li><li>two</li></ul>after', '- one\n- two\n\nafter'],
    ['table cells', '<table><tr><th>Id</th><th>Region</th></tr><tr><td>i-1</td><td>us-east-1</td></tr></table>', 'Id\tRegion\ni-1\tus-east-1'],
    ['script and style', '<style>p{}</style>a<script type="x">if (a < b) {}</script>b', 'ab'],
    ['unclosed script drops the rest', 'a<script>never closed <p>b', 'a'],
    ['comments', 'a<!-- hidden -->b<!-- unterminated', 'ab'],
    ['doctype and processing instruction', '<!DOCTYPE html><?xml version="1.0"?>text', 'text'],
    ['pre keeps layout', '<pre>  a\n    b</pre>', 'a\nb'],
    ['link with other text', '<a href="https://x.example/a">guide</a>', 'guide (https://x.example/a)'],
    ['link showing its target', '<a href="https://x.example/">x.example</a>', 'x.example'],
    ['mailto link', '<a href="mailto:help@x.example?subject=hi">help</a>', 'help (help@x.example)'],
    ['anchor and image-only links', '<a href="#top">top</a> <a href="https://t.example/p"><img src="x"></a>', 'top'],
    ['entities', '&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &eacute; &hellip; &bogus; &amp', '<b> & "q" \'s\' é … &bogus; &'],
    ['a stray less-than sign', 'a < b and 3<4', 'a < b and 3<4'],
    ['less-than signs at the end', 'x <<', 'x <<'],
    ['unterminated tag', 'text <div class="x"', 'text'],
    ['non-breaking spaces become spaces', 'August&nbsp;22,&nbsp;2024', 'August 22, 2024'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('converts deeply nested markup in time linear in its size', () => {
    const depth = 200_000;
    const html = `${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`;
    const started = performance.now();
    expect(htmlToText(html)).toBe('deep');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('htmlToText with a length that is enough', () => {
  it.each([
    ['paragraphs', '<p>Maintenance of db-orders-01 on March 5.</p>'],
    ['line breaks and blank runs', 'row<br><br><br><br>'],
    ['preformatted blanks', '<pre>a    \n\n\n   </pre>'],
    ['links closed by the next one', '<a href="https://x.example/a">guide<br>'],
  ])('stops early with the same first characters as the whole conversion: %s', (_name, unit) => {
    const html = unit.repeat(Math.ceil(60_000 / unit.length));
    const whole = htmlToText(html);
    const enough = Math.floor(whole.length / 3);
    const early = htmlToText(html, enough);
    expect(early.length).toBeGreaterThan(enough);
    expect(early.length).toBeLessThan(whole.length);
    expect(early.slice(0, enough)).toBe(whole.slice(0, enough));
  });

  it('converts everything when the text never grows past the length', () => {
    const html = '<p>short</p>'.repeat(10);
    expect(htmlToText(html, 10_000)).toBe(htmlToText(html));
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<p>x</p>', true],
    ['line<br>line', true],
    ['see <a href="u">x</a>', true],
    ['plain text\nwith lines', false],
    ['a < b > c', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('decodeEntities', () => {
  it('maps the Latin-1 names onto U+00A0..U+00FF', () => {
    expect(NAMED_ENTITIES.get('nbsp')).toBe(0xa0);
    expect(NAMED_ENTITIES.get('yuml')).toBe(0xff);
  });

  it.each([
    ['&#150;', '–'],
    ['&#x80;', '€'],
    ['&#0;', '\uFFFD'],
    ['&#xD800;', '\uFFFD'],
    ['&copy 2024', '&copy 2024'],
    ['&copy; 2024', '© 2024'],
    ['&nbsp', '\u00a0'],
  ])('%s → %s', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
