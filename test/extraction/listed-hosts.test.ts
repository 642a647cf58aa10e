import { describe, expect, it } from 'vitest';
import { listedHosts } from '../../src/extraction/hosts.ts';

describe('a list whose items each open with a service host names services the reader calls', () => {
  it.each([
    ['Affected during the move:\n- https://build.forge-example.org (package builds)\n- https://auth.forge-example.org (sign-in, and also https://sso.forge-example.org)\n', ['build.forge-example.org', 'auth.forge-example.org', 'sso.forge-example.org']],
    ['Status right now:\n  • hg.tracker-example.ht: degraded\n  • wiki.tracker-example.ht: down\n', ['hg.tracker-example.ht', 'wiki.tracker-example.ht']],
    ['* ci.pipes-example.io - paused\n* cache.pipes-example.io - paused\n', ['ci.pipes-example.io', 'cache.pipes-example.io']],
    ['- files.share-example.net\n\n- upload.share-example.net\n', ['files.share-example.net', 'upload.share-example.net']],
  ])('%s', (text, hosts) => {
    expect(listedHosts(text)).toEqual(hosts);
  });

  it.each([
    ['Only one of them:\n- build.forge-example.org (package builds)\nand nothing else.'],
    ['Our sites today:\n- forge-example.org - online\n- tracker-example.net - online\n'],
    ['Further reading:\n- https://docs.forge-example.org\n- https://status.forge-example.org\n'],
    ['Please switch your clients to one of the new mirrors:\n- eu.mirror-example.org\n- us.mirror-example.org\n'],
    ['- build.forge-example.org/guide explains it\n- ci.forge-example.org/howto too\n'],
  ])('no list of services: %s', (text) => {
    expect(listedHosts(text)).toEqual([]);
  });
});
