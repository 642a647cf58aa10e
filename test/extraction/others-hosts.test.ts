import { describe, expect, it } from 'vitest';
import { findDomains } from '../../src/extraction/hosts.ts';
import { repositorySlugs } from '../../src/extraction/repos.ts';

describe('hosts named as everyone\'s or as someone else\'s to allow are not the reader\'s', () => {
  it.each([
    ['Mail from free domains such as mailbox-example.com and inbox-example.net will be refused.', []],
    ['We reject sending from public e-mail domains like post-example.org.', []],
    ['Please allow outbound connections to these hostnames:\nedge1.relay-example.net\n', []],
    ['Add them to your allowlist for traffic to edge1.relay-example.net and edge2.relay-example.net.', []],
    ['Mail from your sending domains including shop-example.com will be signed.', ['shop-example.com']],
    ['Requests to edge1.relay-example.net will fail after the move.', ['edge1.relay-example.net']],
  ])('%s', (text, hosts) => {
    expect(findDomains(text, false, 'provider-example.com')).toEqual(hosts);
  });
});

describe('a quantifier joined by a slash is no repository', () => {
  it.each([
    ['Some/all of your repositories still use the old hook.', []],
    ['Most/any repos may be affected.', []],
    ['The repository acme-dev/site-tools still uses the old hook.', ['acme-dev/site-tools']],
  ])('%s', (text, names) => {
    expect(repositorySlugs(text, null).map((s) => s.name)).toEqual(names);
  });
});
