import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const resources = (text: string, subject = 'Our TLS certificate is being replaced'): string[] =>
  extract(aNotice({ from: 'ops@larkmail.de', subject, text })).resources;

describe('a certificate notice that says a certificate is for the sender\'s own domain names that host', () => {
  it.each([
    ['We will swap our server certificate this week. The new certificate for larkmail.de is issued by a different CA.'],
    ['Our TLS certificate will be renewed on Friday.\n\nCommon Name: larkmail.de\nIssuer: Example CA\n'],
    ['The certificate covering larkmail.de expires on Friday and will be replaced before then.'],
  ])('%s', (text) => {
    expect(resources(text)).toContain('larkmail.de');
  });

  it.each([
    ['We will swap our server certificate this week. Read more about it on larkmail.de.'],
    ['Our certificate is being renewed. Thanks for using larkmail.de, and see the blog for details.'],
  ])('the sender\'s site named elsewhere is not: %s', (text) => {
    expect(resources(text)).not.toContain('larkmail.de');
  });
});
