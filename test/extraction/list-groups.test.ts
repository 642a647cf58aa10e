import { describe, expect, it } from 'vitest';
import { listedNames } from '../../src/extraction/lists.ts';

describe('a short title groups the next items of a list the heading opened', () => {
  it.each([
    ['We are retiring the following endpoints:\n\nRead calls\n• /v3/{team}/boards/{id}\n• /v3/{team}/boards\n\nWrite calls\n• /v3/{team}/boards/{id}/archive\n\nWhat to do next\n\nUse the web app.\n', ['/v3/{team}/boards/{id}', '/v3/{team}/boards', '/v3/{team}/boards/{id}/archive']],
    ['Affected servers:\nEurope\n- fra-node-7\n- ams-node-2\nAmericas\n- ord-node-4\n', ['fra-node-7', 'ams-node-2', 'ord-node-4']],
  ])('%s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });

  it.each([
    // A sentence after the list ends it, even where bullets follow.
    ['Affected servers:\n- fra-node-7\n\nPlease do the following.\n- restart-all\n', ['fra-node-7']],
    // A label is no title.
    ['Affected servers:\n- fra-node-7\n\nNote: read this\n- ams-node-2\n', ['fra-node-7']],
    // A title with nothing listed under it ends the list.
    ['Affected servers:\n- fra-node-7\n\nNext steps\n\n- ams-node-2\n', ['fra-node-7']],
  ])('ends: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});

describe('a bulleted line that names nothing, between two bullets, does not end the list', () => {
  it.each([
    ['Endpoints being removed:\n- /v2/boards (old board reads)\n- /v2/cards fields: color, sticker_id\n- /v2/lists\n', ['/v2/boards', '/v2/lists']],
    ['Affected servers:\n* fra-node-7\n* the two spare nodes in the rack\n* ams-node-2\n', ['fra-node-7', 'ams-node-2']],
    ['The following endpoints will be shut down:\n1. /api/exports\n2. /api/imports options: dry_run\n3. /api/jobs\n', ['/api/exports', '/api/jobs']],
  ])('%s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });

  it.each([
    // The odd line is the last bullet: nothing follows it in the list.
    ['Affected servers:\n- fra-node-7\n- the two spare nodes in the rack\nams-node-2 is fine.\n', ['fra-node-7']],
    // A different mark opens another list.
    ['Affected servers:\n- fra-node-7\n- the two spare nodes in the rack\n* ams-node-2\n', ['fra-node-7']],
  ])('ends: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});

describe('a list whose lead names places lists regions', () => {
  it.each([
    ['We will shut down the following datacenter on 2 June.\n\n- FRA04 - halls 2 and 3\n\nPlease move your servers.\n', ['FRA04']],
    ['Affected data centres:\n- AMS07\n- LON12\n', ['AMS07', 'LON12']],
    ['The following two facilities close in June:\n\n* SJC02\n* TOR05\n', ['SJC02', 'TOR05']],
  ])('%s', (text, regions) => {
    const facts = listedNames(text);
    expect(facts.regions).toEqual(regions);
    expect(facts.names).toEqual([]);
  });

  it.each([
    ['We will retire the following servers on 2 June.\n\n- fra04-web\n- fra04-db\n', ['fra04-web', 'fra04-db']],
    ['The following instances in the region will restart:\n\n- ams07-api\n', ['ams07-api']],
    ['The following nodes in our regions will restart:\n\n- ams07-api\n', ['ams07-api']],
  ])('not places: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});

describe('lists that name nothing of the reader\'s', () => {
  it.each([
    // A list of things to read, each with the provider's article number.
    ['For the steps, see the help articles below:\n\n- Rotating your keys (KB-20931)\n- Moving to the new CA (KB-20944)\n'],
    ['Further reading:\n\n• Setting up SSO (DOC-7781)\n• Audit logs explained (DOC-7790)\n'],
    ['Our migration guides:\n- upgrade-to-v5\n- upgrade-to-v6\n'],
    // A plain word before `in`, `on` or `at` opens a sentence.
    ['The users affected cannot do the following:\n\n• sign in to the portal\n• log on with single sign-on\n'],
    ['While we work, these apps cannot:\n- check in to the queue\n'],
    ['Users cannot do the following during the window:\n\n• log in using a passkey\n'],
  ])('%s', (text) => {
    expect(listedNames(text).names).toEqual([]);
  });

  it.each([
    ['Affected databases:\n- orders-db in eu-west-1\n- billing on the shared host\n', ['orders-db', 'billing']],
    ['The following servers will reboot:\n- web-01 at 02:00 UTC\n', ['web-01']],
    ['Affected buckets:\n- exports in the EU\n- reports on the old cluster\n', ['exports', 'reports']],
  ])('still names: %s', (text, names) => {
    expect(listedNames(text).names).toEqual(names);
  });
});
