import { describe, expect, it } from 'vitest';
import { digestMessage, packLines, type DigestContent } from '../../../src/domain/blocks/digest.ts';
import { LIMITS, validateBlocks, type Block } from '../../../src/domain/blocks/index.ts';
import type { Team } from '../../../src/domain/policy.ts';
import { aDeadline, aTask } from '../../builders/index.ts';

// Monday 09:00 in Berlin.
const NOW = new Date('2024-08-19T07:00:00Z');

const team: Team = {
  id: 'platform',
  channel: '#platform-notices',
  members: ['U0ADA00001', 'U0BOB00002'],
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  quietHours: null,
  escalation: { users: [], channel: null },
  roles: { owner: ['U0ADA00001', 'U0BOB00002'], security: ['U0SEC00001', 'S0SECGROUP'] },
};

const content = (overrides: Partial<DigestContent> = {}): DigestContent => ({
  team,
  week: '2024-W34',
  open: [],
  done: [],
  since: new Date(NOW.getTime() - 7 * 86_400_000),
  ...overrides,
});

const sectionTexts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));

describe('digestMessage', () => {
  const window = { start: new Date('2024-08-20T20:00:00Z'), end: new Date('2024-08-20T21:00:00Z') };
  const overdue = aTask({ title: 'Rotate the RDS CA', deadline: aDeadline('2024-08-10'), team: 'platform' });
  const critical = aTask({ title: 'Renew api certificate', deadline: aDeadline('2024-08-21'), requiredRoles: ['owner', 'security'] });
  const planned = aTask({
    title: 'Upgrade Redis 6.2',
    deadline: aDeadline('2024-09-02'),
    state: 'scheduled',
    window,
    requiredRoles: ['owner', 'security'],
    signOffs: [{ role: 'owner', user: 'U0ADA00001', at: NOW, intent: 'approve' }],
  });
  const later = aTask({ title: 'Lambda Node 18 end of support', deadline: aDeadline('2024-12-01') });
  const undated = aTask({ title: 'Verify the domain contact', deadline: null });
  const done = aTask({ title: 'Heroku stack upgrade', state: 'done', updatedAt: new Date('2024-08-16T14:00:00Z') });

  const message = digestMessage(content({ open: [later, planned, undated, critical, overdue], done: [done] }), NOW);

  it('stays within what Slack accepts in a message', () => {
    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
  });

  it('opens with the week and the counts', () => {
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Weekly digest · platform' } });
    expect(message.text).toBe('Weekly digest for platform (2024-W34): 5 open · 1 overdue · 1 waiting for sign-off · 1 done this week');
  });

  it('lists overdue first, then open tasks by urgency, then sign-offs and what was done', () => {
    const headings = sectionTexts(message.blocks).map((t) => t.split('\n')[0]);
    expect(headings).toEqual([
      '*🚨 Overdue (1)*',
      '*🔴 Due within 3 days (1)*',
      '*🟠 Due within 2 weeks (1)*',
      '*🟢 Due later (1)*',
      '*🔵 No deadline (1)*',
      '*✍️ Waiting for sign-off*',
      '*✅ Done this week (1)*',
    ]);
    expect(sectionTexts(message.blocks)[0]).toContain(`*${overdue.id}* Rotate the RDS CA`);
  });

  it('names each person who can sign a waiting role, and nobody for a plan not yet made', () => {
    const signOffs = sectionTexts(message.blocks).find((t) => t.startsWith('*✍️'))?.split('\n').slice(1);
    expect(signOffs).toEqual([
      `<!subteam^S0SECGROUP>: *${planned.id}* Upgrade Redis 6.2 (security, plan)`,
      `<@U0SEC00001>: *${planned.id}* Upgrade Redis 6.2 (security, plan)`,
    ]);
  });

  it('says so when there is nothing to report', () => {
    const empty = digestMessage(content(), NOW);
    expect(sectionTexts(empty.blocks)).toEqual(['Nothing open, nothing done this week. 🎉']);
    expect(validateBlocks(empty.blocks, 'message')).toEqual([]);
  });

  it('fits hundreds of long tasks in 50 blocks and counts what it left out', () => {
    const title = `Very long provider notice title ${'x'.repeat(150)}`;
    const many = Array.from({ length: 700 }, (_, i) => aTask({ title, deadline: aDeadline(new Date(NOW.getTime() + (i - 100) * 86_400_000).toISOString().slice(0, 10)) }));
    const big = digestMessage(content({ open: many }), NOW);

    expect(big.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(validateBlocks(big.blocks, 'message')).toEqual([]);
    const texts = sectionTexts(big.blocks);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const shown = texts.join('\n').match(/^\S+ \*\d+\*/gm)?.length ?? 0;
    const left = [...texts.join('\n').matchAll(/…and (\d+) more/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(left).toBeGreaterThan(0);
    expect(shown + left).toBe(many.length);
  });
});

describe('packLines', () => {
  it.each([
    ['everything fits one section', 3, 10, 1, null],
    ['two sections needed, two allowed', 30, 2, 2, null],
    ['two sections needed, one allowed', 30, 1, 1, /…and \d+ more$/],
  ])('%s', (_case, lines, allowed, sections, tail) => {
    const chunks = packLines('Heading', Array.from({ length: lines }, (_, i) => `line ${i} ${'y'.repeat(150)}`), allowed);
    expect(chunks).toHaveLength(sections);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (tail) expect(chunks.at(-1)).toMatch(tail);
    else expect(chunks.join('\n')).not.toContain('more');
  });
});
