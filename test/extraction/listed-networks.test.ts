import { describe, expect, it } from 'vitest';
import { listedNames } from '../../src/extraction/lists.ts';
import { isNetwork } from '../../src/extraction/list-items.ts';

describe('networks and IPv6 addresses listed under a heading of the reader\'s things', () => {
  it.each([
    ['Circuits in scope:\n* 203.0.113.8/29\n* 2001:db8:44::2/127\n', ['203.0.113.8/29', '2001:db8:44::2/127']],
    ['Your subnets affected by this work:\n- 198.51.100.0/24\n', ['198.51.100.0/24']],
    ['Impacted cross-connect(s):\n  - 2001:db8:abcd:12::/64\n  - xc-fra-00912\n', ['2001:db8:abcd:12::/64', 'xc-fra-00912']],
    ['BGP prefixes announced for you:\n- 192.0.2.0/24\n- 2001:db8:100::/40\n', ['192.0.2.0/24', '2001:db8:100::/40']],
    ['Affected servers:\n- fe80:0:0:0:1:2:3:4\n- db-02.acme.io\n', ['fe80:0:0:0:1:2:3:4', 'db-02.acme.io']],
  ])('%s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });

  it.each([
    // No noun of the reader's things: a network under it is anyone's (a range to allow).
    ['Please allow the following ranges:\n- 198.51.100.0/24\n- 2001:db8::/32\n'],
    ['The window runs at these times:\n- 02:00:00\n- 04:30:00\n'],
    ['Maintenance steps:\n- 192.0.2.0/24\n'],
  ])('not listed: %s', (text) => {
    expect(listedNames(text).names).toEqual([]);
  });
});

describe('the shape of a network', () => {
  it.each([
    ['198.51.100.4/30', true],
    ['2001:db8:10::1/126', true],
    ['::1', true],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', true],
    ['12:30:00', false],
    ['198.51.100.4', false],
    ['ab:cd:ef', false],
    ['v2/snapshot', false],
  ])('%s', (token, network) => {
    expect(isNetwork(token)).toBe(network);
  });
});
