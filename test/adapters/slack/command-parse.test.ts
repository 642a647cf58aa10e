import { describe, expect, it } from 'vitest';
import { parseDuration, parseNoticesCommand } from '../../../src/adapters/slack/command-parse.ts';

describe('/notices parsing', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['LIST', { kind: 'list' }],
    ['mine', { kind: 'mine' }],
    ['digest', { kind: 'digest' }],
    ['show 12', { kind: 'show', taskId: 12 }],
    ['show #12', { kind: 'show', taskId: 12 }],
    ['assign 12 <@U0ADA|ada>', { kind: 'assign', taskId: 12, assignee: 'U0ADA' }],
    ['assign 12 U0ADA', { kind: 'assign', taskId: 12, assignee: 'U0ADA' }],
    ['snooze 12 3d', { kind: 'snooze', taskId: 12, minutes: 3 * 24 * 60 }],
    ['snooze 12 12h', { kind: 'snooze', taskId: 12, minutes: 12 * 60 }],
    ['snooze 12 1 w', { kind: 'snooze', taskId: 12, minutes: 7 * 24 * 60 }],
    ['add  Subject: RDS CA rotation\nby August 22', { kind: 'add', text: 'Subject: RDS CA rotation\nby August 22' }],
  ])('reads %j', (text, expected) => {
    expect(parseNoticesCommand(text)).toEqual(expected);
  });

  it.each([
    ['show', 'Usage: /notices show ID'],
    ['show twelve', 'Usage: /notices show ID'],
    ['assign 12 @ada', 'Usage: /notices assign ID @user'],
    ['assign 12 <!channel>', 'Usage: /notices assign ID @user'],
    ['snooze 12', 'Usage: /notices snooze'],
    ['snooze 12 0d', 'Usage: /notices snooze'],
    ['add', 'Usage: /notices add'],
    ['delete 12', 'Unknown subcommand "delete".'],
  ])('answers %j with help and the problem', (text, problem) => {
    const parsed = parseNoticesCommand(text);
    expect(parsed.kind).toBe('help');
    expect(parsed.kind === 'help' && parsed.problem).toContain(problem);
  });

  it.each([
    ['90m', 90],
    ['2', 2 * 24 * 60],
    ['3D', 3 * 24 * 60],
    ['forever', null],
    ['-1d', null],
  ])('reads the duration %j as %j minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
});
