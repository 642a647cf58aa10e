import { describe, expect, it } from 'vitest';
import { findIdentifier, groundProposal, normaliseSpan, spanOccurs } from '../../src/extraction/grounding.ts';
import { aNotice, aProposal } from '../adapters/llm/builders.ts';

describe('normaliseSpan and spanOccurs', () => {
  it.each([
    ['15 SEPTEMBER, 2025', '15 sep 2025'],
    ['Sept. 15th,  2025', 'sep 15 2025'],
    ['11:00 UTC', '11 00 utc'],
    ['  2025-09-15 ', '2025 09 15'],
    ['ＡＵＧ 1st', 'aug 1'],
  ])('%j normalises to %j', (raw, expected) => {
    expect(normaliseSpan(raw)).toBe(expected);
  });

  it.each([
    ['before 15 September 2025', '15 september, 2025', true],
    ['on 22 Aug 2025', '2 Aug 2025', false],
    ['on 22 Aug 2025', '22 august 2025', true],
    ['anything', '', false],
    ['anything', '!!!', false],
  ])('in %j, %j occurs: %s', (haystack, span, expected) => {
    expect(spanOccurs(normaliseSpan(haystack), span)).toBe(expected);
  });
});

describe('findIdentifier', () => {
  const text = 'Clients of db-orders-7 and arn:aws:rds:eu-west-1:123456789012:db:prod in EU-WEST-1. Also `api.example.com`.\nLast: i-0abc123.';
  it.each([
    ['db-orders-7', 'db-orders-7'],
    ['DB-ORDERS-7', 'db-orders-7'],
    ['`db-orders-7`', 'db-orders-7'],
    ['"db-orders-7".', 'db-orders-7'],
    ['eu-west-1', 'EU-WEST-1'],
    ['i-0abc123', 'i-0abc123'],
    ['api.example.com', 'api.example.com'],
    ['arn:aws:rds:eu-west-1:123456789012:db:prod', 'arn:aws:rds:eu-west-1:123456789012:db:prod'],
  ])('finds %j as the notice spells it (%j)', (value, expected) => {
    expect(findIdentifier(text, value)).toBe(expected);
  });

  it.each([
    ['db-orders', 'a prefix of a longer id'],
    ['orders-7', 'a suffix of a longer id'],
    ['prod', 'the tail of an ARN'],
    ['example.com', 'a parent of a longer domain'],
    ['db-orders-9', 'not in the text'],
    ['', 'empty'],
  ])('does not find %j (%s)', (value) => {
    expect(findIdentifier(text, value)).toBeNull();
  });
});

describe('groundProposal: dates', () => {
  const notice = aNotice();

  it('keeps a date whose span is in the notice and names the same day, as an llm fact', () => {
    const { grounded, dropped } = groundProposal(notice, aProposal({ dates: [{ text: 'before 15 September 2025', day: '2025-09-15', role: 'deadline' }] }));
    expect(dropped).toEqual([]);
    expect(grounded.dates).toEqual([
      { at: new Date('2025-09-15T00:00:00Z'), role: 'deadline', precision: 'day', text: 'before 15 September 2025', origin: 'llm' },
    ]);
  });

  it('keeps the time of day when the span gives one', () => {
    const { grounded } = groundProposal(notice, aProposal({ dates: [{ text: '11:00 UTC on 30 September 2025', day: '2025-09-30', role: 'effective' }] }));
    expect(grounded.dates[0]).toMatchObject({ at: new Date('2025-09-30T11:00:00Z'), precision: 'minute' });
  });

  it.each([
    ['a day that is not in the notice', { text: '1 October 2025', day: '2025-10-01' }, 'not-in-notice'],
    ['a span that names another day', { text: '15 September 2025', day: '2025-09-16' }, 'day-mismatch'],
    ['a span that is no date', { text: 'trust store', day: '2025-09-15' }, 'span-not-a-date'],
    ['a day that does not exist', { text: '15 September 2025', day: '2025-02-30' }, 'bad-day'],
    ['a day in another format', { text: '15 September 2025', day: '15/09/2025' }, 'bad-day'],
    ['a whole paragraph as the span', { text: notice.text, day: '2025-09-15' }, 'span-too-long'],
  ])('drops %s', (_label, date, why) => {
    const { grounded, dropped } = groundProposal(notice, aProposal({ dates: [{ ...date, role: 'deadline' }] }));
    expect(grounded.dates).toEqual([]);
    expect(dropped).toEqual([expect.objectContaining({ field: 'dates', why })]);
  });

  it.each([
    ['11:59 PM PDT on Thursday, August 22, 2024', '2024-08-22', '2024-08-23T06:59:00.000Z', 'minute'],
    ['04/08/2025', '2025-04-08', '2025-04-08T00:00:00.000Z', 'day'],
    ['04/08/2025', '2025-08-04', '2025-08-04T00:00:00.000Z', 'day'],
    ['within 30 days', '2025-08-31', '2025-08-31T00:00:00.000Z', 'day'],
    ['2025-09-15T10:00:00Z', '2025-09-15', '2025-09-15T10:00:00.000Z', 'second'],
  ])('reads %j as %s (at %s, %s precision)', (span, day, at, precision) => {
    const n = aNotice({ text: `Act by ${span} please.` });
    const { grounded, dropped } = groundProposal(n, aProposal({ dates: [{ text: span, day, role: 'deadline' }] }));
    expect(dropped).toEqual([]);
    expect(grounded.dates[0]?.at.toISOString()).toBe(at);
    expect(grounded.dates[0]?.precision).toBe(precision);
  });

  it('rejects a reading no parser gives for an ambiguous span', () => {
    const n = aNotice({ text: 'Act by 04/08/2025 please.' });
    const { dropped } = groundProposal(n, aProposal({ dates: [{ text: '04/08/2025', day: '2025-08-05', role: 'deadline' }] }));
    expect(dropped).toEqual([expect.objectContaining({ why: 'day-mismatch' })]);
  });

  it('finds a span in the subject too', () => {
    const n = aNotice({ subject: 'Retirement on 3 March 2026', text: 'See the subject.' });
    const { grounded } = groundProposal(n, aProposal({ dates: [{ text: '3 March 2026', day: '2026-03-03', role: 'deadline' }] }));
    expect(grounded.dates).toHaveLength(1);
  });
});

describe('groundProposal: resources, regions, accounts, names', () => {
  const notice = aNotice();

  it('keeps identifiers in the notice, in its spelling, and drops the made-up ones', () => {
    const { grounded, dropped } = groundProposal(
      notice,
      aProposal({
        resources: ['DB-ORDERS-7', 'db-billing-2', 'db-payments-3', 'managed database', 'db-archive-1'],
        regions: ['EU-West-1', 'us-east-1'],
        accounts: ['123456789012', '999999999999'],
      }),
    );
    expect(grounded.resources).toEqual(['db-orders-7', 'db-billing-2', 'db-archive-1']);
    expect(grounded.regions).toEqual(['eu-west-1']);
    expect(grounded.accounts).toEqual(['123456789012']);
    expect(dropped).toEqual([
      { field: 'resources', value: 'db-payments-3', why: 'not-in-notice' },
      { field: 'resources', value: 'managed database', why: 'not-an-identifier' },
      { field: 'regions', value: 'us-east-1', why: 'not-in-notice' },
      { field: 'accounts', value: '999999999999', why: 'not-in-notice' },
    ]);
  });

  it('keeps a resource named by a plain word, as databases and apps often are', () => {
    const n = aNotice({ text: 'Your cache (AMBER on shopfront) will be restarted.' });
    const { grounded } = groundProposal(n, aProposal({ resources: ['amber', 'shopfront', 'cache restarted'] }));
    expect(grounded.resources).toEqual(['AMBER', 'shopfront']);
  });

  it('keeps a provider named in the sender or the text, by a short id', () => {
    const { grounded } = groundProposal(notice, aProposal({ provider: { id: 'Nimbus', text: 'Nimbus Cloud' }, service: { name: 'managed databases', text: 'managed database' } }));
    expect(grounded.provider).toBe('nimbus');
    expect(grounded.service).toBe('managed-databases');
  });

  it('drops a provider the notice never names', () => {
    const { grounded, dropped } = groundProposal(notice, aProposal({ provider: { id: 'aws', text: 'Amazon Web Services' } }));
    expect(grounded.provider).toBeNull();
    expect(dropped).toEqual([{ field: 'provider', value: 'Amazon Web Services', why: 'not-in-notice' }]);
  });
});
