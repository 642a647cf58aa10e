import { describe, expect, it } from 'vitest';
import { listedNames } from '../../src/extraction/lists.ts';

const names = (text: string): string[] => listedNames(text).names;

describe('a column most of whose cells are several words describes its rows', () => {
  it.each([
    ['Name\tPath\nOrder Status\tGET /v2/order/status\nRefund\tPOST /v2/refund\nBalanceLog\tGET /v2/balance/log\nOpen Orders\tGET /v2/orders/open\nTrade History\tGET /v2/trades\n', []],
    ['Name | Endpoint\nList Invoices | GET /v1/invoices\nExport | GET /v1/export\nInvoice Lines | GET /v1/lines\n', []],
    ['Service name      Region\nBilling Sync      eu-west-1\nReports           us-east-1\nLedger Import     us-east-1\n', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A column of made-up names, even with a few notes among them.
    ['Instance name\tRegion\nweb-01\teu-west-1\nworker\tus-east-1\nreports (old)\tus-east-1\n', ['web-01', 'worker']],
    ['Database name | Version\norders | 13\nbilling | 13\nlegacy crm | 11\n', ['orders', 'billing']],
  ])('names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
