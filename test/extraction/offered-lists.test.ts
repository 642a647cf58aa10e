import { describe, expect, it } from 'vitest';
import { offersWhatToUse } from '../../src/extraction/offered-lists.ts';
import { listedNames } from '../../src/extraction/lists.ts';
import { findResources } from '../../src/extraction/resources.ts';

describe('a lead that offers its items as what to use from now on', () => {
  it.each([
    'From now on, you will be able to fetch invoices through one of these Billing calls:',
    'Going forward, please read orders via the new endpoints:',
    'Teams on the Pulumi plugin should change their stacks to use the v3 provider resources:',
    'Please switch your ingestion jobs to the streaming endpoints:',
    'We recommend that you move your webhooks to the signed delivery routes:',
    '- Instead, use one of the replacement calls:',
    // Items given to replace others are the replacements, even where `following` points at them.
    'The following three calls are provided to replace the old ones:',
    'We have introduced these routes to replace the v1 upload flow:',
    'The endpoints below are the replacements:',
    'New calls, replacing the legacy ones:',
    // An adverb between `to` and `use`, or `instead` after the items, still offers them in place of the reader's.
    'If your app calls any of the old routes, you will have to instead use these routes:',
    'Customers on the old SDK should now use the v4 methods:',
    'Please instead use the signed upload calls:',
    'You should use the following endpoints instead:',
    'Where you rely on the legacy fields, we recommend you use these ones instead:',
  ])('offers: %s', (lead) => {
    expect(offersWhatToUse(lead)).toBe(true);
  });

  it.each([
    // The items are named before the verb: they are the ones to change.
    'Update the following functions to use a supported runtime:',
    'You must migrate these databases to the new storage engine:',
    // Only says what the reader's things do.
    'Functions configured to use Node 16:',
    'Clusters that connect through the legacy gateway:',
    // Says the items are affected.
    'Affected endpoints, which you need to move to v2:',
    'The following endpoints will be removed:',
    'The following endpoints will be replaced:',
    'You will need to replace these tokens:',
    // The items are the ones the reader uses now.
    'If you still use the following endpoints instead of v3, you must migrate:',
    'Stop using these routes instead:',
    'Update the following calls to now use OAuth tokens:',
  ])('does not offer: %s', (lead) => {
    expect(offersWhatToUse(lead)).toBe(false);
  });
});

describe('items under an offering lead are not the reader\'s', () => {
  it.each([
    ['Moving forward, you can list your invoices through one of these calls:\n\n- List by customer - GET /v2/customers/:id/invoices\n- Fetch one - GET /v2/invoices/:id\n', 'GET /v2/invoices/:id'],
    ['Builders using our Ansible collection will need to update their playbooks to use the v2 module resources:\n\n- acme_cloud_network (Module)\n- acme_cloud_volume (Module)\n', 'acme_cloud_volume'],
  ])('%s', (text, name) => {
    expect(findResources(text, 'deprecation', null).resources).not.toContain(name);
  });

  it.each([
    ['Your integration still calls these endpoints, which you should migrate:\n\n- GET /v1/reports/export\n', 'GET /v1/reports/export'],
    ['Update the following endpoints to use the v2 paths:\n\n- GET /v1/reports/export\n', 'GET /v1/reports/export'],
  ])('still the reader\'s: %s', (text, name) => {
    expect(findResources(text, 'deprecation', null).resources).toContain(name);
  });

  it.each([
    // One item per line, no bullets, under the lead (a blank line right under it or not).
    ['Retired on 1 June:\nGET /v1/teams/{teamId}/reports\n\nIf you call it, you will have to instead use these calls:\nGET /v2/workspaces/{teamId}/reports\nPOST /v2/workspaces/{teamId}/exports\n', ['GET /v1/teams/{teamId}/reports']],
    ['Retired on 1 June:\nGET /v1/teams/{teamId}/reports\n\nPlease move your jobs to the streaming calls:\n\nGET /v2/streams/{id}\nDELETE /v2/streams/{id}\n', ['GET /v1/teams/{teamId}/reports']],
    // A paragraph between the lead's list and the line ends the list: the line is the reader's again.
    ['Please instead use these calls:\nGET /v2/streams/{id}\n\nNote that we retire on 1 June.\nGET /v1/teams/{teamId}/reports\n', ['GET /v1/teams/{teamId}/reports']],
    ['Please instead use these calls:\n\nGET /v2/streams/{id}\n\nGET /v1/teams/{teamId}/reports stops on 1 June.\n', ['GET /v1/teams/{teamId}/reports']],
  ])('unbulleted: %s', (text, names) => {
    expect(findResources(text, 'deprecation', null).resources).toEqual(names);
  });

  it('a heading of the reader\'s resources still lists them', () => {
    expect(listedNames('Affected resources:\n- acme_cloud_network\n- acme_cloud_volume\n').names).toEqual(['acme_cloud_network', 'acme_cloud_volume']);
  });
});
