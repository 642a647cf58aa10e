import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../src/extraction/addresses.ts';

describe('an IPv4 address is a resource where it stands as the reader\'s', () => {
  it.each([
    ['Primary IP: 203.0.113.9\n', ['203.0.113.9']],
    ['  - Public IPv4 = 203.0.113.9\n', ['203.0.113.9']],
    ['IPv4 address:   203.0.113.9\n', ['203.0.113.9']],
    ['Server addresses: 203.0.113.9\n', ['203.0.113.9']],
    ['  ams-cache-2 (203.0.113.9)\n  ams-cache-3 (203.0.113.10)\n', ['203.0.113.9', '203.0.113.10']],
    ['The check for status.acme-shop.example (203.0.113.9) failed.', ['203.0.113.9']],
    ['Your addresses (203.0.113.9, 203.0.113.10 and 203.0.113.11) are kept.', ['203.0.113.9', '203.0.113.10', '203.0.113.11']],
    ["Your server's public IP 203.0.113.9 will be unreachable.", ['203.0.113.9']],
    ['The private address 10.4.0.12 of your instance is kept.', ['10.4.0.12']],
    ['hostname,plan,ipv4\nlog-shipper-1,s-2vcpu,203.0.113.9\n', ['203.0.113.9']],
    ['| vm-batch-07 | 77120 | 203.0.113.9 |\n', ['203.0.113.9']],
    ['  Node 5521  - cache1.shop-example.net  - 203.0.113.9\n', ['203.0.113.9']],
  ])('%s', (text, expected) => {
    expect(findAddresses(text)).toEqual(expected);
  });
});

describe('an IPv4 address in prose or in the provider\'s lists is not', () => {
  it.each([
    ['We are adding new delivery addresses: 203.0.113.9.'],
    ['Requests will come from 203.0.113.9 and 203.0.113.10 from next month.'],
    ['Please allow our relays (203.0.113.9, 203.0.113.10) on your firewall.'],
    ['Allowed sources:\n  203.0.113.9\n  203.0.113.10\n'],
    ['New IP: 203.0.113.9\nOld IP: 198.51.100.4\n'],
    ['| eu-west-1 | 203.0.113.9 |\n| us-east-1 | 198.51.100.4 |\n'],
    ['A sign-in was seen from the following address:\nhome [203.0.113.9] ()\n'],
    ['Point the domain to 203.0.113.9 to finish.'],
    ['The load balancer listens on 203.0.113.40.'],
    ['Allow 192.0.2.0/28 on your firewall; 127.0.0.1 and 0.0.0.0 are never affected.'],
  ])('%s', (text) => {
    expect(findAddresses(text)).toEqual([]);
  });
});
