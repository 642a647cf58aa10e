import { describe, expect, it } from 'vitest';
import { INPUT } from '../../../src/domain/action-ids.ts';
import {
  LIMITS,
  countdown,
  formatWhen,
  homeView,
  notApplicableModal,
  parseReasonSubmission,
  parseScheduleSubmission,
  scheduleModal,
  taskListMessage,
  threadEvent,
  validateBlocks,
  validateView,
} from '../../../src/domain/blocks/index.ts';
import type { DatedFact } from '../../../src/domain/facts.ts';
import { aTask, aTeam, textsOf } from '../../adapters/slack/helpers.ts';

const NOW = new Date('2024-08-01T09:00:00Z');
const HOSTILE = '<!channel> @here <@U123> *bold* <http://x|y>';
const day = (iso: string): DatedFact => ({ at: new Date(iso), role: 'deadline', precision: 'day', text: iso });
const instant = (iso: string): DatedFact => ({ at: new Date(iso), role: 'deadline', precision: 'minute', text: iso });
const allText = (blocks: unknown) => textsOf(blocks).map((t) => t.text).join('\n');

describe('countdowns in the team zone', () => {
  it.each([
    ['a date, the evening before in Berlin', day('2024-08-22T00:00:00Z'), '2024-08-21T21:59:00Z', 'Europe/Berlin', 'tomorrow'],
    ['a date, just after midnight in Berlin', day('2024-08-22T00:00:00Z'), '2024-08-21T22:00:00Z', 'Europe/Berlin', 'today'],
    ['a date, the day after', day('2024-08-22T00:00:00Z'), '2024-08-23T10:00:00Z', 'Europe/Berlin', '1 day overdue'],
    ['a date seen from Los Angeles', day('2024-08-22T00:00:00Z'), '2024-08-21T23:00:00Z', 'America/Los_Angeles', 'tomorrow'],
    ['an instant 2 hours out', instant('2024-08-01T11:00:00Z'), '2024-08-01T09:00:00Z', 'UTC', 'in 2 hours'],
    ['an instant 47h59m out', instant('2024-08-03T08:59:00Z'), '2024-08-01T09:00:00Z', 'UTC', 'in 47 hours'],
    ['an instant 48h out', instant('2024-08-03T09:00:00Z'), '2024-08-01T09:00:00Z', 'UTC', 'in 2 days'],
    ['an instant 1 minute out', instant('2024-08-01T09:01:00Z'), '2024-08-01T09:00:00Z', 'UTC', 'in 1 minute'],
    ['an instant passed an hour ago', instant('2024-08-01T08:00:00Z'), '2024-08-01T09:00:00Z', 'UTC', '60 minutes overdue'],
  ])('%s reads "%s"', (_name, deadline, now, zone, expected) => {
    expect(countdown(deadline, zone, new Date(now))).toBe(expected);
  });

  it('shows a bare date as that date in every zone', () => {
    expect(formatWhen(day('2024-08-22T00:00:00Z'), 'America/Los_Angeles')).toBe('Thu 22 Aug 2024');
    expect(formatWhen(instant('2024-08-22T00:00:00Z'), 'America/Los_Angeles')).toBe('Wed 21 Aug 2024, 17:00 PDT');
  });
});

describe('modals', () => {
  it.each([
    ['schedule', scheduleModal],
    ['not applicable', notApplicableModal],
  ])('the %s modal is valid with a hostile 5000-character title', (_name, build) => {
    const view = build(aTask({ title: `${HOSTILE} ${'x'.repeat(5000)}` }), aTeam(), NOW, { taskId: 42, channel: 'C1' });
    expect(validateView(view, 'modal')).toEqual([]);
    expect(view.title.text.length).toBeLessThanOrEqual(LIMITS.modalTitle);
    expect(view.private_metadata).toBe('{"t":42,"c":"C1"}');
  });

  it('offers the current window as the initial values when rescheduling', () => {
    const window = { start: new Date('2024-08-10T20:00:00Z'), end: new Date('2024-08-10T22:00:00Z') };
    const view = scheduleModal(aTask({ window }), aTeam(), NOW, { taskId: 42 });
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.type === 'input' && b.element.type === 'datetimepicker' && b.element.initial_date_time)).toEqual([
      window.start.getTime() / 1000,
      window.end.getTime() / 1000,
    ]);
  });

  const picked = (start: number | null, end: number | null) => ({
    [INPUT.windowStart.block]: { [INPUT.windowStart.action]: { type: 'datetimepicker', selected_date_time: start } },
    [INPUT.windowEnd.block]: { [INPUT.windowEnd.action]: { type: 'datetimepicker', selected_date_time: end } },
  });
  it.each([
    ['both missing', picked(null, null), { window_start: 'Pick when the window starts.', window_end: 'Pick when the window ends.' }],
    ['end before start', picked(2000, 1000), { window_end: 'The window must end after it starts.' }],
    ['end equal to start', picked(2000, 2000), { window_end: 'The window must end after it starts.' }],
  ])('refuses a schedule form with %s', (_name, values, errors) => {
    expect(parseScheduleSubmission(values)).toEqual({ ok: false, errors });
  });

  it('reads a valid window', () => {
    expect(parseScheduleSubmission(picked(1000, 4600))).toEqual({ ok: true, value: { start: new Date(1_000_000), end: new Date(4_600_000) } });
  });

  it.each([
    ['empty', '', false],
    ['too short', '  n/a   ', false],
    ['ten characters', 'not in use', true],
  ])('a dismissal reason that is %s is accepted: %s', (_name, value, ok) => {
    const result = parseReasonSubmission({ [INPUT.reason.block]: { [INPUT.reason.action]: { type: 'plain_text_input', value } } });
    expect(result.ok).toBe(ok);
  });
});

describe('lists and App Home', () => {
  const many = Array.from({ length: 200 }, (_, i) => aTask({ id: i + 1, title: `${HOSTILE} ${i}` }));

  it('keeps a long list within a message and says how many were left out', () => {
    const message = taskListMessage('Open tasks', many, () => aTeam(), NOW);
    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(allText(message.blocks)).toContain('…and 152 more');
    expect(allText(message.blocks)).not.toMatch(/<!channel>|<@U123>|@here/);
  });

  it('keeps App Home within 100 blocks', () => {
    const view = homeView({ user: 'UADA', pendingSignOffs: many, tasks: many }, () => aTeam(), NOW);
    expect(validateView(view, 'home')).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.viewBlocks);
  });

  it('says so when nothing waits', () => {
    const view = homeView({ user: 'UADA', pendingSignOffs: [], tasks: [] }, () => aTeam(), NOW);
    expect(allText(view.blocks)).toContain('Nothing waits for you.');
  });
});

describe('thread events', () => {
  it('quotes a merged notice subject inert', () => {
    const message = threadEvent({ kind: 'notice-merged', subject: HOSTILE, url: 'https://example.com/n?a=1&b=2' }, aTeam(), NOW);
    expect(message.text).not.toMatch(/<!channel>|<@U123>|@here|<http:\/\/x/);
    expect(message.text).toContain('<https://example.com/n?a=1&amp;b=2|source>');
  });

  it.each([
    ['thread', false],
    ['channel', false],
    ['here', true],
    ['overdue', true],
  ] as const)('a %s reminder calls @here: %s, and mentions its audience', (loudness, here) => {
    const message = threadEvent({ kind: 'reminder', step: 'd-7', loudness, deadline: day('2024-08-08T00:00:00Z'), audience: ['UADA', 'SOPS'] }, aTeam(), NOW);
    expect(message.text.includes('<!here>')).toBe(here);
    expect(message.text).toContain('<@UADA> <!subteam^SOPS>');
    expect(message.text).toContain('in 7 days');
  });

  it('keeps a huge resource list short', () => {
    const added = Array.from({ length: 1000 }, (_, i) => `i-${i}`);
    const message = threadEvent({ kind: 'resources-added', added }, aTeam(), NOW);
    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    expect(message.text).toContain('and 990 more');
  });
});
