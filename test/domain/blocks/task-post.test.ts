import { describe, expect, it } from 'vitest';
import { ACTION, decodeSnoozeChoice } from '../../../src/domain/action-ids.ts';
import { LIMITS, validateBlocks, type ActionsBlock } from '../../../src/domain/blocks/index.ts';
import { taskPost } from '../../../src/domain/blocks/task-post.ts';
import type { TaskState } from '../../../src/domain/task.ts';
import { aTask, aTeam, textsOf } from '../../adapters/slack/helpers.ts';

const NOW = new Date('2024-08-01T09:00:00Z');
const HOSTILE = '<!channel> @here <@U123> *bold* <http://x|y> <!everyone> @channel > quoted';

/** Nothing in a payload may notify, link or restyle: checked on every text object and the fallback. */
function expectInert(payload: { text: string; blocks: unknown }) {
  const texts = [...textsOf(payload.blocks), { type: 'mrkdwn', text: payload.text }];
  for (const { type, text } of texts) {
    expect(text).not.toMatch(/@(here|channel|everyone)\b/);
    if (type !== 'mrkdwn') continue;
    expect(text).not.toMatch(/<!(channel|here|everyone)>/);
    expect(text).not.toContain('<@U123>');
    expect(text).not.toContain('<http://x');
    // inside a code span Slack renders no emphasis; the span itself cannot be closed early
    expect(text.replace(/`[^`\n]*`/g, '')).not.toContain('*bold*');
    expect(text).not.toMatch(/^>/m);
  }
}

const actionIds = (blocks: unknown[]) => (blocks.find((b) => (b as { type: string }).type === 'actions') as ActionsBlock | undefined)?.elements.map((e) => e.action_id) ?? [];

describe('task post', () => {
  it('says what, when (in the team zone, with a countdown), on what, and who signed', () => {
    const post = taskPost(
      aTask({ owner: 'UADA', signOffs: [{ role: 'owner', user: 'UADA', at: NOW, intent: 'approve' }], state: 'scheduled', window: { start: new Date('2024-08-10T20:00:00Z'), end: new Date('2024-08-10T22:00:00Z') } }),
      aTeam(),
      NOW,
    );
    const text = textsOf(post.blocks).map((t) => t.text).join('\n');
    expect(text).toContain('🟡 Amazon RDS certificate authority rotation');
    expect(text).toContain('Thu 22 Aug 2024 (in 21 days)');
    expect(text).toContain('Sat 10 Aug 2024, 22:00 – Sun 11 Aug 2024, 00:00 GMT+2');
    expect(text).toContain('✅ owner: <@UADA>');
    expect(text).toContain('⏳ security: waiting');
    expect(text).toContain('<https://health.aws.amazon.com/health/home#/event-log?eventID=abc|source notice>');
    expect(validateBlocks(post.blocks, 'message')).toEqual([]);
  });

  it('stays within Slack limits with 500 resources and a 5000-character title', () => {
    const resources = Array.from({ length: 500 }, (_, i) => `arn:aws:ec2:us-east-1:123456789012:instance/i-${String(i).padStart(17, '0')}`);
    const post = taskPost(aTask({ title: 'T'.repeat(5000), resources }), aTeam(), NOW);
    expect(validateBlocks(post.blocks, 'message')).toEqual([]);
    expect(post.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    const text = textsOf(post.blocks).map((t) => t.text).join('\n');
    expect(text).toContain('*Affected resources (500)*');
    expect(text).toContain('…and 495 more');
    expect(text.match(/i-0000/g)).toHaveLength(5);
  });

  it('renders hostile notice text inert everywhere it appears', () => {
    const post = taskPost(
      aTask({ title: HOSTILE, provider: HOSTILE, service: HOSTILE, resources: [HOSTILE], regions: [HOSTILE], ruleId: HOSTILE, requiredRoles: [HOSTILE], dismissReason: HOSTILE }),
      aTeam(),
      NOW,
    );
    expectInert(post);
    expect(validateBlocks(post.blocks, 'message')).toEqual([]);
  });

  it('keeps a link only when it is http(s)', () => {
    const post = taskPost(aTask({ sourceUrl: 'javascript:alert(1)' }), aTeam(), NOW);
    expect(JSON.stringify(post.blocks)).not.toContain('javascript:');
  });

  it.each<[TaskState, string | null, string[]]>([
    ['open', null, [ACTION.takeOwnership, ACTION.schedule, ACTION.notApplicable, ACTION.snooze, ACTION.done]],
    ['acknowledged', null, [ACTION.takeOwnership, ACTION.schedule, ACTION.notApplicable, ACTION.snooze, ACTION.done]],
    ['scheduled', null, [ACTION.takeOwnership, ACTION.schedule, ACTION.approve, ACTION.notApplicable, ACTION.snooze, ACTION.done]],
    ['approved', null, [ACTION.takeOwnership, ACTION.schedule, ACTION.notApplicable, ACTION.snooze, ACTION.done]],
    ['acknowledged', 'We do not use RDS in that region.', [ACTION.takeOwnership, ACTION.schedule, ACTION.approve, ACTION.snooze, ACTION.done]],
    ['done', null, []],
    ['dismissed', 'We do not use RDS in that region.', []],
  ])('offers the buttons that fit a %s task (dismissal reason: %s)', (state, dismissReason, expected) => {
    expect(actionIds(taskPost(aTask({ state, dismissReason }), aTeam(), NOW).blocks)).toEqual(expected);
  });

  it('offers only snooze choices that end before the limit', () => {
    const post = taskPost(aTask(), aTeam(), NOW, { snoozeLimit: new Date(NOW.getTime() + 2 * 86_400_000) });
    const actions = post.blocks.find((b) => b.type === 'actions') as ActionsBlock;
    const select = actions.elements.find((e) => e.type === 'static_select');
    expect(select?.type === 'static_select' && select.options.map((o) => [o.text.text, decodeSnoozeChoice(o.value)?.minutes])).toEqual([
      ['for 1 hour', 60],
      ['for 4 hours', 240],
      ['for 1 day', 1440],
    ]);
  });

  it('leaves the snooze out when no choice fits', () => {
    const post = taskPost(aTask(), aTeam(), NOW, { snoozeLimit: new Date(NOW.getTime() + 30 * 60_000) });
    expect(actionIds(post.blocks)).not.toContain(ACTION.snooze);
  });

  it.each([
    ['no deadline', null, '🔵'],
    ['40 days out', new Date('2024-09-10T00:00:00Z'), '🟢'],
    ['20 days out', new Date('2024-08-21T00:00:00Z'), '🟡'],
    ['10 days out', new Date('2024-08-11T00:00:00Z'), '🟠'],
    ['2 days out', new Date('2024-08-03T00:00:00Z'), '🔴'],
    ['past', new Date('2024-07-30T00:00:00Z'), '🚨'],
  ])('marks urgency: %s', (_name, at, marker) => {
    const deadline = at ? { at, role: 'deadline' as const, precision: 'day' as const, text: '' } : null;
    const header = taskPost(aTask({ deadline }), aTeam(), NOW).blocks[0];
    expect(header?.type === 'header' && header.text.text.startsWith(marker)).toBe(true);
  });
});
