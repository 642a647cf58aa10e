import { describe, expect, it } from 'vitest';
import { findDomains } from '../../src/extraction/hosts.ts';

/** In a certificate notice every domain is read; those the reader is sent to are the provider's sites. */
const certificateDomains = (text: string): string[] => findDomains(text, true, 'vendormail.example');

describe('sites the reader is sent to in a certificate notice', () => {
  it.each([
    ['First, log in to admin.mapcloud.net with your owner account.'],
    ['Sign in to console.mapcloud.net and open Settings.'],
    ['Please visit www.mapcloud.net to download the file.'],
    ['Navigate to portal.mapcloud.net, then choose Security.'],
    ['Login at www.mapcloud.net as an administrator.'],
  ])('does not take the site: %s', (text) => {
    expect(certificateDomains(text)).toEqual([]);
  });

  it.each([
    ['The certificate for shop.acme-retail.com expires on 3 May.', ['shop.acme-retail.com']],
    ['Renew the certificate of api.acme-retail.com before it lapses.', ['api.acme-retail.com']],
    ['Users who sign in through sso.acme-retail.com must update the metadata.', ['sso.acme-retail.com']],
  ])('still takes the names a certificate covers: %s', (text, expected) => {
    expect(certificateDomains(text)).toEqual(expected);
  });
});
