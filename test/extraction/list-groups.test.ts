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
