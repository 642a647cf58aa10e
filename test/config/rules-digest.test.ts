import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules, type RulesResult } from '../../src/config/rules.ts';

const tmp = mkdtempSync(join(tmpdir(), 'noticeboard-digest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The shipped rules with the platform team's time zone line followed by `extra`. */
function withPlatform(extra: string): RulesResult {
  const dir = join(tmp, Math.random().toString(36).slice(2));
  cpSync('rules', dir, { recursive: true });
  const teams = readFileSync(join(dir, 'teams.yaml'), 'utf8').replace('    timeZone: Europe/Berlin\n', `    timeZone: Europe/Berlin\n${extra}`);
  writeFileSync(join(dir, 'teams.yaml'), teams);
  return loadRules(dir);
}

describe('a team digest in teams.yaml', () => {
  it('is absent unless written (Monday 09:00 applies), and read where written', () => {
    const result = withPlatform('');
    expect(result.ok && result.rules.teams.platform?.digest).toBeUndefined();
    expect(result.ok && result.rules.teams.data?.digest).toEqual({ weekday: 1, time: '09:30' });
  });

  it.each([
    ['    digest: { day: friday, time: "16:00" }\n', { weekday: 5, time: '16:00' }],
    ['    digest: { day: wed }\n', { weekday: 3, time: '09:00' }],
    ['    digest: { day: 7, time: "18:30" }\n', { weekday: 7, time: '18:30' }],
    ['    digest: false\n', null],
  ])('reads %j', (yaml, expected) => {
    const result = withPlatform(yaml);
    expect(result.ok && result.rules.teams.platform?.digest).toEqual(expected);
  });

  it.each([
    ['    digest: { day: someday }\n', /digest/],
    ['    digest: { day: monday, time: "9am" }\n', /digest\.time/],
    ['    digest: { day: monday, at: "09:00" }\n', /digest/],
  ])('refuses %j in teams.yaml', (yaml, message) => {
    const result = withPlatform(yaml);
    expect(result.ok ? [] : result.problems).toContainEqual(expect.objectContaining({ file: expect.stringContaining('teams.yaml'), message: expect.stringMatching(message) }));
  });
});
