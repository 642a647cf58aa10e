import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { dropRebased } from '../../src/extraction/duplicates.ts';
import { aNotice } from './notice-builder.ts';

const resources = (text: string): string[] => extract(aNotice({ text })).resources;

describe('API calls the reader makes', () => {
  it.each([
    ['The call POST api.orbitmail.dev/v3/messages stops working on 1 May.', ['POST api.orbitmail.dev/v3/messages']],
    ['Requests to GET eu.quillstack.io/v1/notes/{noteId} will return 410.', ['GET eu.quillstack.io/v1/notes/{noteId}']],
    ['We retire DELETE /v2/buckets/{id} next quarter.', ['DELETE /v2/buckets/{id}']],
  ])('reads a call with or without its host: %s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    ['Please migrate GET /v1/pets to use GET /v2/pets before June.', ['GET /v1/pets']],
    ['Migrate PUT api.kennel.io/v1/pets/{petId} to call PUT api.kennel.io/v2/pets/{petId} instead.', ['PUT api.kennel.io/v1/pets/{petId}']],
    ['Switch POST /legacy/orders to POST /orders/v2 at your own pace.', ['POST /legacy/orders']],
    ['GET /v1/pets is going away. Example: GET /v2/pets?limit=10', ['GET /v1/pets']],
    ['GET /v1/pets is going away. Example request: GET /v2/pets?limit=10', ['GET /v1/pets']],
  ])('does not take the call a migration or an example points to: %s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    ['Move your jobs to the new runner. Calls to GET /v1/jobs then fail.', ['GET /v1/jobs']],
    ['Upgrade the SDK to 4.2. GET /v1/jobs keeps working until then.', ['GET /v1/jobs']],
  ])('still takes a call in the sentence after a migration: %s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    [['GET /v1/deals', 'GET /api/v1/deals'], ['GET /v1/deals']],
    [['GET /api/v1/deals', 'GET /v1/deals'], ['GET /api/v1/deals']],
    [['GET /v1/deals', 'GET api.crmly.io/v1/deals'], ['GET /v1/deals']],
    [['GET /v1/deals', 'POST /api/v1/deals'], ['GET /v1/deals', 'POST /api/v1/deals']],
    [['GET /users', 'GET /admin/users'], ['GET /users', 'GET /admin/users']],
    [['GET /v1/deals', 'GET /api/v2/v1/deals/x'], ['GET /v1/deals', 'GET /api/v2/v1/deals/x']],
    [['acme-prod', 'GET /v1/deals'], ['acme-prod', 'GET /v1/deals']],
  ])('keeps one call written with and without its base: %j', (list, expected) => {
    expect(dropRebased(list)).toEqual(expected);
  });

  it.each([
    ['The search call accepts the following query parameters:', ['owner_ref', 'team_ref']],
    ['These fields are returned:', ['owner_ref', 'team_ref']],
    ['It supports the following headers', ['owner_ref', 'team_ref']],
  ])('does not take the parts of an API listed under a lead: %s', (lead, names) => {
    const found = resources(`${lead}\n\n${names.join('\n')}\n`);
    for (const name of names) expect(found).not.toContain(name);
  });

  it.each([
    ['The following databases will be upgraded:', ['owner-ref-db', 'team-ref-db']],
    ['Affected projects:', ['owner-ref-db', 'team-ref-db']],
  ])('still takes the names listed under a lead of the reader things: %s', (lead, names) => {
    expect(resources(`${lead}\n\n${names.join('\n')}\n`)).toEqual(names);
  });
});
