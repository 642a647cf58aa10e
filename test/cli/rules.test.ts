import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type Output, runRulesCheck, runRulesTest } from '../../src/cli/rules.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { ReadResult } from '../../src/readers/index.ts';

function collect(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const tmp = mkdtempSync(join(tmpdir(), 'noticeboard-rules-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function brokenRules(): string {
  const dir = join(tmp, `broken-${Math.random().toString(36).slice(2)}`);
  cpSync('rules', dir, { recursive: true });
  const teams = join(dir, 'teams.yaml');
  writeFileSync(teams, readFileSync(teams, 'utf8').replace('timeZone: Europe/London', 'timeZone: Europe/Londn'));
  const aws = join(dir, 'providers', 'aws.yaml');
  writeFileSync(aws, readFileSync(aws, 'utf8').replace('    route: security', '    route: secops'));
  return dir;
}

const rdsNotice: Notice = {
  source: { kind: 'file', path: 'rds.eml', index: 0 },
  from: 'no-reply-aws@amazon.com',
  subject: 'Amazon RDS notification',
  receivedAt: new Date('2024-05-10T16:00:00Z'),
  text: 'Your DB instances in us-east-1 use the rds-ca-2019 certificate authority, which expires on August 22, 2024.',
  rawSize: 120,
};

async function* reader(results: ReadResult[]): AsyncGenerator<ReadResult> {
  yield* results;
}

describe('noticeboard rules check', () => {
  it('summarises a clean rules folder and exits 0', () => {
    const output = collect();

    const code = runRulesCheck('rules', output);

    expect(code).toBe(0);
    expect(output.lines[0]).toBe('rules: ok');
    expect(output.lines.join('\n')).toMatch(/teams {4}platform \(default\) #platform-notices, data #data-notices, security #security-notices/);
    expect(output.lines.join('\n')).toMatch(/rules {4}\d+ rules in 12 files, \d+ examples/);
  });

  it('prints every problem as file:line:col: message and exits 1', () => {
    const dir = brokenRules();
    const output = collect();

    const code = runRulesCheck(dir, output);

    expect(code).toBe(1);
    expect(output.lines).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'providers', 'aws.yaml')}:\\d+:12: rules\\[0\\]\\.route: unknown team "secops"`)),
      expect.stringMatching(new RegExp(`^${join(dir, 'teams.yaml')}:\\d+:15: teams\\.security\\.timeZone: unknown time zone "Europe/Londn"`)),
    ]);
    expect(output.errors).toEqual([`2 problem(s) in ${dir}`]);
  });
});

describe('noticeboard rules test', () => {
  it('shows the rule and why, the extraction, the routing and the ladder with dates', async () => {
    const output = collect();
    const withDeadline = (n: Notice): ReadResult => ({ file: 'rds.eml', id: 'rds', notice: n });

    const code = await runRulesTest({ dir: 'rules', paths: ['rds.eml'], read: () => reader([withDeadline(rdsNotice)]), output });

    const text = output.lines.join('\n');
    expect(code).toBe(0);
    expect(text).toContain('rule       aws-rds-certificate-rotation → track');
    expect(text).toMatch(/provider aws: (named AWS|sender "no-reply-aws@amazon.com" matches)/);
    expect(text).toMatch(/team {7}data \(#data-notices\)/);
    expect(text).toMatch(/sign-off {3}owner, platform-lead/);
    expect(text).toMatch(/lead time {2}14d/);
  });

  it('reports a file that cannot be read, goes on with the rest and exits 1', async () => {
    const output = collect();

    const code = await runRulesTest({
      dir: 'rules',
      paths: ['in'],
      read: () => reader([{ file: 'broken.eml', id: 'broken', error: 'not an RFC 822 message', code: 'broken-mime' }, { file: 'rds.eml', id: 'rds', notice: rdsNotice }]),
      output,
    });

    expect(code).toBe(1);
    expect(output.errors).toEqual(['broken.eml: not an RFC 822 message']);
    expect(output.lines).toContain('== rds.eml (notice 1)');
  });

  it('refuses to test with rules that do not load', async () => {
    const output = collect();

    const code = await runRulesTest({ dir: brokenRules(), paths: ['x'], read: () => reader([]), output });

    expect(code).toBe(1);
    expect(output.errors.at(-1)).toMatch(/2 problem\(s\) in .*: fix them first/);
  });
});

describe('the noticeboard binary', () => {
  it('runs rules check from the command line with --dir', async () => {
    const run = promisify(execFile);

    const ok = await run(process.execPath, ['bin/noticeboard.js', 'rules', 'check', '--dir', 'rules']);
    const failed = await run(process.execPath, ['bin/noticeboard.js', 'rules', 'check', '--dir', brokenRules()]).catch((err: { code: number; stdout: string }) => err);

    expect(ok.stdout).toMatch(/^rules: ok/);
    expect(failed).toMatchObject({ code: 1, stdout: expect.stringMatching(/teams\.yaml:\d+:\d+: .*unknown time zone/) });
  });
});

describe('describeNotice: the ladder for a deadline', () => {
  it("dates each step from the deadline, in UTC and the team's zone", async () => {
    const { loadRulesOrThrow } = await import('../../src/config/rules.ts');
    const { describeNotice } = await import('../../src/cli/rules-describe.ts');
    const { route } = await import('../../src/domain/routing.ts');
    const rules = loadRulesOrThrow('rules');
    const deadline = { at: new Date('2024-08-22T00:00:00Z'), role: 'deadline' as const, precision: 'day' as const, text: 'August 22, 2024' };
    const extraction = { provider: 'aws', service: 'rds', kind: 'certificate' as const, actionRequired: true, deadline, dates: [deadline], resources: [], regions: [], accounts: [] };

    const lines = describeNotice('rds.eml', rdsNotice, extraction, route(rdsNotice, extraction, rules), rules);

    expect(lines).toContain('  deadline   deadline 2024-08-22T00:00:00Z (day) "August 22, 2024"');
    expect(lines).toContain('  schedule by 2024-08-08T00:00:00Z  (Wed 7 Aug 2024 20:00 America/New_York)');
    expect(lines).toContain('  d-60      2024-06-23T00:00:00Z  (Sat 22 Jun 2024 20:00 America/New_York)  thread');
    expect(lines).toContain('  overdue   2024-08-23T00:00:00Z  (Thu 22 Aug 2024 20:00 America/New_York)  overdue, critical');
    expect(lines).toContain('  then the last step again every 1d');
  });
});
