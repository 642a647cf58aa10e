import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';
import { operationNames } from '../../src/extraction/operation-names.ts';

const resources = (text: string): string[] => extract(aNotice({ text })).resources;

describe('an operation named by its identifier before the noun that says it is called', () => {
  it.each([
    ['From 1 June the listOpenTickets call on the Helpdesk API returns 410.', ['listOpenTickets']],
    ['We are retiring the files.uploadChunk method of the Storage API.', ['files.uploadChunk']],
    ['The get_shipping_rates endpoint will stop answering after March.', ['get_shipping_rates']],
    ['Your app still makes searchArchivedOrders API calls; they will fail on 2 May.', ['searchArchivedOrders']],
    ['The `fetchLegacyQuotes` operation is deprecated.', ['fetchLegacyQuotes']],
    // Plural: the calls of one operation, or several operations named each.
    ['Your exportLedger calls will be rejected from 3 March.', ['exportLedger']],
    ['We will remove the listRefunds and refund_lookup endpoints in April.', ['refund_lookup']],
  ])('%s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    // A product or a brand before the noun.
    'The Helpdesk API calls are slower today.',
    'Some iPhone calls may drop during the window.',
    'The eBay API calls from your app are throttled.',
    // Plain words and capitals throughout.
    'The batch endpoint and the export method change in May.',
    'Cancel it with the CancelDeletion operation before Friday.',
    // One name before a plural of endpoints or operations groups the calls about a kind of data.
    'On 4 May we will retire the legacy invoiceLine endpoints.',
    'All shipment_label operations move to the v3 API.',
    'The old paymentRun endpoints stay available until the end of the year.',
    // What is offered in its place.
    'Use the searchOrdersV2 call instead.',
    'Please switch to the fetchQuotes method before June.',
    'Move to listTickets2 calls by the end of the year.',
  ])('not an operation of the reader\'s: %s', (text) => {
    expect(operationNames(text)).toEqual([]);
    expect(resources(text)).toEqual([]);
  });
});
