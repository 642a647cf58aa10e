import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { findRegions } from '../../src/extraction/regions.ts';
import { namedResources } from '../../src/extraction/named-resources.ts';
import { aNotice } from './notice-builder.ts';

const owned = (text: string, overrides = {}): string[] => {
  const x = extract(aNotice({ text, ...overrides }));
  return [...x.resources, ...x.accounts];
};

describe('a short word of capitals right after a noun is an abbreviation or a product line, not a name', () => {
  it.each([
    ['Kindly spin up replacement VMs ASAP so nothing is lost.'],
    ['Guests on the older container platform LXC were rebooted.'],
    ['The shared storage NAS was slow for an hour.'],
    ['Customers of the managed database EU saw errors.'],
    ['Please rebuild your server FYI the old image is gone.'],
  ])('%s', (text) => {
    expect(namedResources(text)).toEqual([]);
  });

  it.each([
    ['The server: KVM will be rebooted.', ['KVM']],
    ['The app named ORCA is paused.', ['ORCA']],
    ['Your workspace NORTHWIND is over quota.', ['NORTHWIND']],
    ['The server WEB01 is down.', ['WEB01']],
    ['The instance ID ABCD was stopped.', ['ABCD']],
    ['The app "LYNX" was suspended.', ['LYNX']],
  ])('a marked, longer or numbered name still counts: %s', (text, expected) => {
    expect(namedResources(text)).toEqual(expected);
  });
});

describe('a value in hex bytes the text calls a hash is a fingerprint to compare, not a resource', () => {
  it.each([
    ['Our new host key:\n\nSHA256: 1A:2B:3C:4D:5E:6F:70:81:92:A3:B4:C5:D6:E7:F8:09\n'],
    ['Check the thumbprint 0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0:01:02:03:04 before trusting it.'],
    ['The checksum is AA:BB:CC:DD:EE:FF:00:11:22:33 for the download.'],
    ['md5 fingerprint: 10:20:30:40:50:60:70:80:90:A0:B0:C0:D0:E0:F0:FF'],
  ])('%s', (text) => {
    expect(owned(text, { kind: 'certificate' })).toEqual([]);
  });

  it.each([
    ['Your certificate expires soon.\n\nSerial number: 0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9\n', '0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9'],
    ['Renew before it lapses.\n\nCertificate serial: 7E:6D:5C:4B:3A:29:18:07:F6:E5:D4:C3\n', '7E:6D:5C:4B:3A:29:18:07:F6:E5:D4:C3'],
  ])('a serial number is still the reader\'s certificate: %s', (text, expected) => {
    const x = extract(aNotice({ text }));
    expect([...x.resources, ...x.accounts]).toContain(expected);
  });
});

describe('a point of presence and the building that holds the reader\'s racks are where their things run', () => {
  it.each([
    ['We are closing our Lisbon (LIS) PoP at the end of the month.', ['LIS']],
    ['Traffic through the MAD POP was rerouted.', ['MAD']],
    ['Servers in racks 4 to 9 in Harbour Point 3 lost power.', ['Harbour Point 3']],
    ['Customers with a cage at Northgate Exchange were not reachable.', ['Northgate Exchange']],
    ['Only equipment in rack row B in Eastfield DC2 was affected.', ['Eastfield DC2']],
  ])('%s', (text, expected) => {
    expect(findRegions(text, null)).toEqual(expected);
  });

  it.each([
    ['The pop-up (ABC) on the dashboard is gone.'],
    ['Use the rack to store cables in the office.'],
    ['The new cage design ships next week.'],
  ])('not: %s', (text) => {
    expect(findRegions(text, null)).toEqual([]);
  });
});
