import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules, type RulesResult } from '../../src/config/rules.ts';

const tmp = mkdtempSync(join(tmpdir(), 'noticeboard-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function withSources(yaml: string): RulesResult {
  const dir = join(tmp, Math.random().toString(36).slice(2));
  cpSync('rules', dir, { recursive: true });
  writeFileSync(join(dir, 'sources.yaml'), yaml);
  return loadRules(dir);
}

describe('sources.yaml', () => {
  it('fills in the defaults of feeds, mailboxes and certificate probes', () => {
    const result = withSources(`
feeds:
  - id: gh-status
    url: https://www.githubstatus.com/history.atom
mailboxes:
  - id: notices
    host: imap.example.com
    user: notices@example.com
    passwordEnv: NOTICES_IMAP_PASSWORD
certProbes:
  - host: shop.example.com
    team: platform
`);

    expect(result.ok && result.rules.sources).toEqual({
      feeds: [{ id: 'gh-status', url: 'https://www.githubstatus.com/history.atom', format: 'detect', intervalMinutes: 15 }],
      mailboxes: [
        {
          id: 'notices',
          host: 'imap.example.com',
          port: 993,
          user: 'notices@example.com',
          passwordEnv: 'NOTICES_IMAP_PASSWORD',
          tls: true,
          mailbox: 'INBOX',
          processed: { flag: '$Noticeboard' },
          maxMessageBytes: 10 * 1024 * 1024,
        },
      ],
      certProbes: [{ host: 'shop.example.com', port: 443, team: 'platform', intervalMinutes: 360 }],
    });
  });

  it('reads how long before expiry a probed certificate opens a task', () => {
    const result = withSources('certProbes:\n  - { host: shop.example.com, team: platform, warnBefore: 14d }\n');

    expect(result.ok && result.rules.sources.certProbes[0]?.warnBeforeMinutes).toBe(14 * 24 * 60);
  });

  it('takes a folder to move processed mail to instead of a flag', () => {
    const result = withSources(`
mailboxes:
  - { id: notices, host: imap.example.com, user: u, passwordEnv: PW, processed: { moveTo: Processed } }
`);

    expect(result.ok && result.rules.sources.mailboxes[0]?.processed).toEqual({ moveTo: 'Processed' });
  });

  it('treats a file of comments as nothing to watch', () => {
    const result = withSources('# feeds: []\n');

    expect(result.ok && result.rules.sources).toEqual({ feeds: [], mailboxes: [], certProbes: [] });
  });

  it.each([
    ['a feed listed twice', 'feeds:\n  - { id: a, url: https://x.example/feed }\n  - { id: a, url: https://y.example/feed }\n', 3, /"a" is listed twice in feeds/],
    ['a feed that is not http(s)', 'feeds:\n  - { id: a, url: ftp://x.example/feed }\n', 2, /must be an http\(s\) URL/],
    ['an unknown feed format', 'feeds:\n  - { id: a, url: https://x.example/feed, format: json }\n', 2, /feeds\[0\]\.format/],
    ['both a flag and a folder', 'mailboxes:\n  - { id: m, host: h, user: u, passwordEnv: PW, processed: { flag: x, moveTo: y } }\n', 2, /processed/],
  ])('refuses %s', (_what, yaml, line, message) => {
    const result = withSources(yaml);

    expect(result.ok ? [] : result.problems).toContainEqual(expect.objectContaining({ line, message: expect.stringMatching(message) }));
  });
});
