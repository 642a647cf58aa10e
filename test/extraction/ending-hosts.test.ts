import { describe, expect, it } from 'vitest';
import { findDomains } from '../../src/extraction/hosts.ts';

describe('a host whose service ends, or that is named as the old value, is what clients call', () => {
  it.each([
    ['From May 4 the tiles.mapco-example.com and geo.mapco-example.com hosts will be retired.', ['tiles.mapco-example.com', 'geo.mapco-example.com']],
    ['img.pixhub-example.net has been decommissioned as announced.', ['img.pixhub-example.net']],
    ['On June 1 the old pkgs.builder-example.org mirror is being shut down for good.', ['pkgs.builder-example.org']],
    ['After the cut-off, feed.newsly-example.io will stop responding to polls.', ['feed.newsly-example.io']],
    ['Traffic from the older cr.shipyard-example.io registry will be redirected next week.', ['cr.shipyard-example.io']],
    ['Requests to the v1.weather-example.com API keep working until then.', ['v1.weather-example.com']],
    ['Hostnames change as follows.\nOld: svn.forge-example.net\nNew: each project gets its own host.', ['svn.forge-example.net']],
    ['- Previous host: git.forge-example.net\n', ['git.forge-example.net']],
  ])('%s', (text, hosts) => {
    expect(findDomains(text, false, 'sender-example.com')).toEqual(hosts);
  });

  it.each([
    ['Our docs.mapco-example.com pages will be retired in May.'],
    ['mapco-example.com will be retired in May.'],
    ['Requests will be redirected to the community registry, cr.commons-example.io, from Monday.'],
    ['Please point your clients at cr.commons-example.io before then.'],
    ['After October 1, ingest.logs-example.com will no longer accept plain-text events.'],
    ['New: svc.forge-example.net serves every project.'],
    ['We moved our office; the team at hq.forge-example.net is happy to help.'],
  ])('not called: %s', (text) => {
    expect(findDomains(text, false, 'sender-example.com')).toEqual([]);
  });
});
