import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules, type RuleProblem } from '../../src/config/rules.ts';

/** One way to break a copy of the shipped rules, and where the loader must point. */
interface Breakage {
  name: string;
  file: string;
  from: string;
  to: string;
  /** Text on the line the problem must be reported at, in the broken file. */
  at: string;
  /** Lines below `at` where the problem is found (a parser notices a missing `]` where it expected one). */
  below?: number;
  message: RegExp;
}

const BREAKAGES: Breakage[] = [
  {
    name: 'unknown key',
    file: 'teams.yaml',
    from: '    timeZone: Europe/Berlin\n',
    to: '    timeZone: Europe/Berlin\n    timezone: Europe/Paris\n',
    at: '    timezone: Europe/Paris',
    message: /teams\.platform\.timezone: unknown key "timezone"/,
  },
  {
    name: 'invalid time zone',
    file: 'teams.yaml',
    from: 'timeZone: America/New_York',
    to: 'timeZone: America/Springfield',
    at: 'timeZone: America/Springfield',
    message: /unknown time zone "America\/Springfield"/,
  },
  {
    name: 'bad YAML',
    file: 'providers/fly.yaml',
    from: "      feed: 'status\\.flyio\\.net'",
    to: "      feed: ['status\\.flyio\\.net'",
    at: "      feed: ['status",
    below: 1,
    message: /flow sequence|\]/i,
  },
  {
    name: 'duplicate rule id across files',
    file: 'providers/gcp.yaml',
    from: '  - id: gcp-deprecation',
    to: '  - id: aws-ec2-retirement',
    at: '  - id: aws-ec2-retirement',
    message: /duplicate rule id "aws-ec2-retirement", first defined at .*aws\.yaml:\d+/,
  },
  {
    name: 'unknown team',
    file: 'providers/github.yaml',
    from: '    route: security',
    to: '    route: secops',
    at: '    route: secops',
    message: /unknown team "secops"; teams are platform, data, security/,
  },
  {
    name: 'unknown role',
    file: 'providers/aws.yaml',
    from: '    signoff: [owner]',
    to: '    signoff: [owner, dba]',
    at: '    signoff: [owner, dba]',
    message: /signoff\[1\]: unknown role "dba"/,
  },
  {
    name: 'unknown ladder',
    file: 'providers/azure.yaml',
    from: '    ladder: urgent',
    to: '    ladder: panic',
    at: '    ladder: panic',
    message: /unknown ladder "panic"/,
  },
  {
    name: 'regex that backtracks catastrophically',
    file: 'providers/heroku.yaml',
    from: "        - 'maintenance'",
    to: "        - '(a+)+$'",
    at: "        - '(a+)+$'",
    message: /can backtrack catastrophically: "\(a\+\)\+"/,
  },
  {
    name: 'regex that does not compile',
    file: 'providers/linode.yaml',
    from: "        - 'maintenance|migrat|reboot'",
    to: "        - 'maintenance|(migrat'",
    at: "        - 'maintenance|(migrat'",
    message: /regex does not compile/,
  },
  {
    name: 'missing required key',
    file: 'providers/digitalocean.yaml',
    from: '    description: Images, endpoints or products that DigitalOcean retires.\n',
    to: '',
    at: '  - id: digitalocean-deprecation',
    message: /missing required key "description"/,
  },
  {
    name: 'ladder steps out of order',
    file: 'ladders.yaml',
    from: '      - { at: -7d, loudness: channel }',
    to: '      - { at: -70d, loudness: channel }',
    at: '      - { at: -70d, loudness: channel }',
    message: /steps must be in order/,
  },
  {
    name: 'unquoted account id',
    file: 'teams.yaml',
    from: 'accounts: {}',
    to: 'accounts:\n  012345678901: platform',
    at: '  012345678901: platform',
    message: /quote account ids: 012345678901/,
  },
  {
    name: 'date group without a role',
    file: 'providers/cloudflare.yaml',
    from: "      - pattern: '(?<resource>",
    to: "      - pattern: '(?<date>\\d{4}-\\d{2}-\\d{2}) (?<resource>",
    at: "      - pattern: '(?<date>",
    message: /needs a role/,
  },
  {
    name: 'extraction pattern with an unknown group',
    file: 'providers/aws.yaml',
    from: "      - pattern: '(?<resource>arn:aws:acm:",
    to: "      - pattern: '(?<arn>arn:aws:acm:",
    at: "      - pattern: '(?<arn>",
    message: /unknown named group "arn"; use date, resource, region, account/,
  },
  {
    name: 'example expecting an unknown rule',
    file: 'providers/generic.yaml',
    from: '          disposition: ignore\n',
    to: '          disposition: ignore\n          rule: generic-newsletter\n',
    at: '          rule: generic-newsletter',
    message: /unknown rule "generic-newsletter"/,
  },
  {
    name: 'feed owned by an unknown team',
    file: 'sources.yaml',
    from: 'feeds: []',
    to: 'feeds:\n  - id: status\n    url: https://status.example.com/history.atom\n    team: sre',
    at: '    team: sre',
    message: /feeds\[0\]\.team: unknown team "sre"/,
  },
  {
    name: 'a password where its variable name belongs',
    file: 'sources.yaml',
    from: 'mailboxes: []',
    to: 'mailboxes:\n  - id: notices\n    host: imap.example.com\n    user: notices@example.com\n    passwordEnv: hunter2',
    at: '    passwordEnv: hunter2',
    message: /must be the NAME of an environment variable/,
  },
];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function brokenCopy(breakages: Breakage[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-rules-'));
  dirs.push(dir);
  cpSync('rules', dir, { recursive: true });
  for (const b of breakages) {
    const path = join(dir, b.file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(b.from)) throw new Error(`fixture drifted: ${b.file} no longer contains ${JSON.stringify(b.from)}`);
    writeFileSync(path, text.replace(b.from, () => b.to));
  }
  return dir;
}

function expected(dir: string, b: Breakage) {
  const lines = readFileSync(join(dir, b.file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(b.at)) + 1 + (b.below ?? 0);
  return expect.objectContaining({ file: join(dir, b.file), line, message: expect.stringMatching(b.message) });
}

function problemsOf(dir: string): RuleProblem[] {
  const result = loadRules(dir);
  return result.ok ? [] : result.problems;
}

describe('loading a broken copy of the rules', () => {
  it.each(BREAKAGES)('reports $name at its file and line', (b) => {
    const dir = brokenCopy([b]);

    const problems = problemsOf(dir);

    expect(problems).toContainEqual(expected(dir, b));
  });

  it('reports every problem of every file at once', () => {
    // A YAML syntax error hides the rest of its own file, so each breakage sits in its own place.
    const dir = brokenCopy(BREAKAGES);

    const problems = problemsOf(dir);

    for (const b of BREAKAGES) expect(problems).toContainEqual(expected(dir, b));
  });

  it('points at the column of the offending value', () => {
    const b = BREAKAGES.find((x) => x.name === 'unknown ladder') as Breakage;
    const dir = brokenCopy([b]);

    const problem = problemsOf(dir).find((p) => /unknown ladder/.test(p.message));

    expect(problem?.col).toBe('    ladder: '.length + 1);
  });

  it('reports missing files and refuses to load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticeboard-rules-'));
    dirs.push(dir);

    const problems = problemsOf(dir);

    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [join(dir, 'ladders.yaml'), 1, `missing: rules need ladders.yaml in ${dir}`],
      [join(dir, 'teams.yaml'), 1, `missing: rules need teams.yaml in ${dir}`],
    ]);
  });
});
