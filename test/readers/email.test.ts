import { describe, expect, it } from 'vitest';
import { MAX_PARSED_BYTES, MAX_TEXT_CHARS, parseEmail, ReaderError, type ReadErrorCode } from '../../src/readers/index.ts';
import type { SourceRef } from '../../src/domain/notice.ts';
import { fixture } from './fixtures.ts';

const source = (name: string): SourceRef => ({ kind: 'file', path: name, index: 0 });

interface Expected {
  from: string;
  fromName?: string;
  subject: string;
  receivedAt: string;
  contains: string[];
  excludes?: string[];
  warnings?: string[];
}

describe('parseEmail', () => {
  it.each<[string, Expected]>([
    ['html-only.eml', {
      from: 'notices@example-cloud.com', fromName: 'Example Cloud',
      subject: '[Action required] Rotate the certificate of db-orders-01', receivedAt: '2024-03-05T09:30:00.000Z',
      contains: [
        'expires on August 22, 2024.', 'before that date — otherwise clients will fail TLS & reconnect.',
        '\n- db-orders-01\n- db-orders-02\n', 'db-orders-01\teu-west-1',
        'rotation guide (https://docs.example-cloud.com/rotate)', 'our support team (support@example-cloud.com)',
        'Console: https://console.example-cloud.com\n', 'Café <tags> €5 ✓ –',
      ],
      excludes: ['<p>', '&nbsp;', 'Example Cloud</title>', 'https://console.example-cloud.com (https'],
    }],
    ['html-script-style.eml', {
      from: 'status@status.example.net', fromName: 'Status Page', subject: 'Scheduled maintenance for the EU API',
      receivedAt: '2024-06-10T12:00:00.000Z',
      contains: ['Maintenance window: June 18, 2024 02:00 - 04:00 UTC.\nThe API at api.eu.example.net will be read-only.'],
      excludes: ['tracking', 'alert', 'font-family', 'color: red', 'comment', 'injected', 'Outlook only'],
    }],
    ['latin1.eml', {
      from: 'avis@hebergeur.example.fr', fromName: 'Hébergeur Exemple', subject: 'Opération de maintenance programmée',
      receivedAt: '2024-03-14T07:00:00.000Z', contains: ['prévue le 21 mars 2024 à 02h00', 'Durée estimée', 'Coût'],
      excludes: ['\uFFFD'],
    }],
    ['unknown-charset.eml', {
      from: 'noc@legacy-host.example', fromName: 'Legacy Host', subject: 'Network change', receivedAt: '2024-03-01T12:00:00.000Z',
      contains: ['The router réseau-7 moves on March 9, 2024. Café is closed.'], excludes: ['\uFFFD'],
      warnings: ['unknown charset "x-mac-klingon": read as windows-1252'],
    }],
    ['multipart-with-attachment.eml', {
      from: 'notices@example-cloud.com', fromName: 'Example Cloud', subject: 'Runtime end of support for fn-billing-export',
      receivedAt: '2024-04-17T20:45:00.000Z', contains: ['reaches end of\nsupport on June 12, 2024.'],
      excludes: ['fn-attachment-only', 'HTML VERSION', 'JVBERi0'],
    }],
    ['forwarded-gmail.eml', {
      from: 'notices@example-cloud.com', fromName: 'Example Cloud',
      subject: '[Action Required] Upgrade cluster prod-eu before April 30, 2024',
      // Gmail prints the forwarder's local time; the forwarding message's own Date says -0800.
      receivedAt: '2024-03-05T18:12:00.000Z', contains: ['Kubernetes version 1.26 on cluster prod-eu'],
      excludes: ['Can someone on platform', 'Forwarded message', 'To: <dana.lee'],
    }],
    ['forwarded-apple.eml', {
      from: 'no-reply@db.example-cloud.com', fromName: 'Example DB Service', subject: 'Scheduled maintenance: db-main-7',
      receivedAt: '2024-03-05T09:12:33.000Z', contains: ['Your database db-main-7 will be restarted'],
      excludes: ['FYI', 'Reply-To', 'Begin forwarded'],
    }],
    ['forwarded-outlook.eml', {
      from: 'security@example-cloud.com', fromName: 'Example Cloud Security', subject: 'Security advisory for api-gw-prod',
      receivedAt: '2024-03-05T10:12:00.000Z', contains: ['A vulnerability affects the gateway api-gw-prod.'],
      excludes: ['Please review', 'infra@example.org', 'Sent:'],
    }],
    ['forwarded-outlook-html.eml', {
      from: 'edge@example-cloud.com', fromName: 'Example Edge', subject: 'Planned maintenance for lb-edge-3',
      // The block's time has no zone: the forwarder's own offset (+0100) is the best guess.
      receivedAt: '2024-03-05T17:40:00.000Z', contains: ['The load balancer lb-edge-3 will be migrated on March 26, 2024 between 01:00 and 02:00 UTC.'],
      excludes: ['Heads up', 'Sent:', 'MsoNormal'],
    }],
    ['forwarded-original-message.eml', {
      from: 'billing@example-cloud.com', subject: 'Billing change for account 1234-5678', receivedAt: '2024-03-05T10:12:00.000Z',
      contains: ['Prices for object storage change on May 1, 2024.\nNo action is needed.'], excludes: ['> ', 'see below'],
    }],
    ['forwarded-as-attachment.eml', {
      from: 'compute@example-cloud.com', fromName: 'Example Compute', subject: 'Instance retirement',
      receivedAt: '2024-03-04T18:30:00.000Z', contains: ['Instance vm-0a1b2c3d will be retired on March 25, 2024.'],
      excludes: ['Forwarding as attachment'],
    }],
  ])('%s', async (name, expected) => {
    const raw = fixture(name);
    const notice = await parseEmail(raw, source(name));
    expect(notice.from).toBe(expected.from);
    expect(notice.fromName).toBe(expected.fromName);
    expect(notice.subject).toBe(expected.subject);
    expect(notice.receivedAt.toISOString()).toBe(expected.receivedAt);
    expect(notice.rawSize).toBe(raw.length);
    expect(notice.source).toEqual(source(name));
    for (const text of expected.contains) expect(notice.text).toContain(text);
    for (const text of expected.excludes ?? []) expect(notice.text).not.toContain(text);
    expect(notice.warnings).toEqual(expected.warnings);
  });

  it.each<[string, ReadErrorCode, RegExp]>([
    ['empty.eml', 'empty', /nothing to read/],
    ['binary.eml', 'binary', /binary data/],
    ['broken-mime.eml', 'broken-mime', /boundary "never-used"/],
    ['not-a-message.eml', 'broken-mime', /does not start with header lines/],
  ])('%s is refused with code %s', async (name, code, message) => {
    const error = await parseEmail(fixture(name), source(name)).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ReaderError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('reads the covering note when the attached message cannot be read', async () => {
    const raw = Buffer.from(
      'From: jo@example.org\nSubject: Fwd: thing\nDate: Thu, 7 Mar 2024 08:00:00 +0000\nContent-Type: multipart/mixed; boundary="b"\n\n' +
        '--b\nContent-Type: text/plain\n\nThe attachment is broken.\n--b\nContent-Type: message/rfc822\n\nnot a message at all\n--b--\n',
    );
    const notice = await parseEmail(raw, source('x'));
    expect(notice).toMatchObject({ from: 'jo@example.org', subject: 'Fwd: thing', text: 'The attachment is broken.' });
  });

  it('reads an HTML body in an unknown charset as Windows-1252 and says so', async () => {
    const raw = Buffer.from('From: a@example.com\nSubject: x\nDate: Tue, 5 Mar 2024 10:00:00 +0000\nContent-Type: text/html; charset=x-nowhere\n\n<p>R\xe9seau \x96 ok</p>\n', 'latin1');
    const notice = await parseEmail(raw, source('x'));
    expect(notice.text).toBe('Réseau – ok');
    expect(notice.warnings).toEqual(['unknown charset "x-nowhere": read as windows-1252']);
  });

  it('parses the first MAX_PARSED_BYTES of a long message: the text before a large attachment is kept', async () => {
    const attachment = Buffer.alloc(MAX_PARSED_BYTES, 'QUFBQUFB\n').toString();
    const raw = Buffer.from(
      'From: a@example.com\nSubject: big\nDate: Tue, 5 Mar 2024 10:00:00 +0000\nContent-Type: multipart/mixed; boundary="b"\n\n' +
        `--b\nContent-Type: text/plain\n\nThe notice text.\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n${attachment}\n--b--\n`,
    );
    const notice = await parseEmail(raw, source('x'));
    expect(notice.text).toBe('The notice text.');
    expect(notice.rawSize).toBe(raw.length);
    expect(notice.warnings).toEqual([`message longer than ${MAX_PARSED_BYTES} bytes: only the first ${MAX_PARSED_BYTES} were parsed`]);
  });

  it('hands on at most MAX_TEXT_CHARS of text, and says so', async () => {
    const raw = Buffer.from(`From: a@example.com\nSubject: long\nDate: Tue, 5 Mar 2024 10:00:00 +0000\n\n${'word '.repeat(MAX_TEXT_CHARS / 4)}`);
    const notice = await parseEmail(raw, source('x'));
    expect(notice.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(notice.text.length).toBeGreaterThan(MAX_TEXT_CHARS - 10);
    expect(notice.warnings).toEqual([`text longer than ${MAX_TEXT_CHARS} characters: only the first ${MAX_TEXT_CHARS} were read`]);
  });

  it('reads a message whose 8-bit binary attachment follows its text', async () => {
    const head = 'From: a@example.com\nSubject: with binary\nDate: Tue, 5 Mar 2024 10:00:00 +0000\nContent-Type: multipart/mixed; boundary="b"\n\n' +
      `--b\nContent-Type: text/plain\n\n${'Notice text. '.repeat(400)}\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: binary\n\n`;
    const raw = Buffer.concat([Buffer.from(head), Buffer.from([0, 1, 2, 0, 255, 0]), Buffer.from('\n--b--\n')]);
    const notice = await parseEmail(raw, source('x'));
    expect(notice.text).toMatch(/^Notice text\./);
  });

  it('keeps the Message-ID of the message it was given', async () => {
    const notice = await parseEmail(fixture('forwarded-gmail.eml'), source('x'));
    expect(notice.messageId).toBe('<CAF0rward-gmail-1@mail.gmail.com>');
  });

  const undated = Buffer.from('From: a@example.com\nSubject: no date\n\nbody text\n');

  it('uses the fallback date when the message has no Date header', async () => {
    const fallbackDate = new Date('2024-05-01T00:00:00Z');
    const notice = await parseEmail(undated, source('undated'), { fallbackDate });
    expect(notice.receivedAt).toEqual(fallbackDate);
  });

  it('refuses a message with no Date header when no fallback is given', async () => {
    await expect(parseEmail(undated, source('undated'))).rejects.toMatchObject({ code: 'no-date' });
  });

  it('refuses a message over the size limit before parsing it', async () => {
    await expect(parseEmail(fixture('latin1.eml'), source('big'), { maxBytes: 100 })).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^490 bytes is over the 100 bytes input limit/),
    });
  });

  it('does not read an ordinary notice that quotes a From: line as a forward', async () => {
    const raw = Buffer.from(
      'From: notices@example-cloud.com\nSubject: Mail relay change\nDate: Tue, 5 Mar 2024 10:00:00 +0000\n\n' +
        'Messages you send will carry this header:\nFrom: relay@example-cloud.com\nTo: you\n\nNothing else changes.\n',
    );
    const notice = await parseEmail(raw, source('quote'));
    expect(notice.from).toBe('notices@example-cloud.com');
    expect(notice.subject).toBe('Mail relay change');
    expect(notice.text).toContain('Messages you send');
  });
});
