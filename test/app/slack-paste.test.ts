import { describe, expect, it } from 'vitest';
import { parseSender, pastedNotice, unSlack } from '../../src/app/slack-paste.ts';

const ctx = { user: 'U0ADA', channel: 'C0OPS', now: new Date('2024-06-03T08:00:00Z') };

describe('a notice pasted into /notices add', () => {
  it.each([
    ['a link Slack made of a bare URL', 'see <https://aws.amazon.com/rds>', 'see https://aws.amazon.com/rds'],
    ['a link whose label is the URL', 'see <https://aws.amazon.com/rds|aws.amazon.com/rds>', 'see https://aws.amazon.com/rds'],
    ['a labelled link', 'see <https://aws.amazon.com/rds|the guide>', 'see the guide (https://aws.amazon.com/rds)'],
    ['a mail address', 'from <mailto:ops@example.com|ops@example.com>', 'from ops@example.com'],
    ['a user mention', 'ask <@U0BOB|bob>', 'ask @bob'],
    ['a broadcast', '<!here> and <!channel>', '@here and @channel'],
    ['entities', 'a &lt;b&gt; &amp; c', 'a <b> & c'],
  ])('undoes Slack markup: %s', (_name, raw, expected) => {
    expect(unSlack(raw)).toBe(expected);
  });

  it.each([
    ['Amazon Web Services <no-reply-aws@Amazon.com>', { from: 'no-reply-aws@amazon.com', fromName: 'Amazon Web Services' }],
    ['"GitHub" <noreply@github.com>', { from: 'noreply@github.com', fromName: 'GitHub' }],
    ['support@fly.io', { from: 'support@fly.io' }],
    ['somebody', null],
  ])('reads the sender from %s', (value, expected) => {
    expect(parseSender(value)).toEqual(expected);
  });

  it('takes headers from the top of a pasted mail', () => {
    const notice = pastedNotice('From: Fly.io <support@fly.io>\nSubject: Host migration on June 20\nDate: Mon, 3 Jun 2024\n\nYour machine 148e will move.', ctx);
    expect(notice).toMatchObject({
      source: { kind: 'slack', user: 'U0ADA', channel: 'C0OPS' },
      from: 'support@fly.io',
      fromName: 'Fly.io',
      subject: 'Host migration on June 20',
      text: 'Your machine 148e will move.',
      receivedAt: ctx.now,
    });
  });

  it('without headers, uses the first line as the subject and keeps the whole text', () => {
    const notice = pastedNotice('\nPostgres 12 end of life\nUpgrade before November 14.', { ...ctx, channel: null });
    expect(notice).toMatchObject({ from: 'slack:u0ada', subject: 'Postgres 12 end of life', text: 'Postgres 12 end of life\nUpgrade before November 14.' });
    expect(notice.source).toEqual({ kind: 'slack', user: 'U0ADA' });
  });

  it('counts the bytes pasted', () => {
    expect(pastedNotice('Zertifikat läuft ab', ctx).rawSize).toBe(20);
  });
});
