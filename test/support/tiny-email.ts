import type { Notice, SourceRef } from '../../src/domain/notice.ts';

/**
 * Just enough RFC 822 for source tests (headers, a plain body): the sources are tested apart from
 * the real reader, which is exercised by its own tests.
 */
export async function tinyParseEmail(raw: Buffer, source: SourceRef): Promise<Notice> {
  const text = raw.toString('utf8');
  const split = text.search(/\r?\n\r?\n/);
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  if (headers.size === 0) throw new Error('not an RFC 822 message: no headers');
  const from = headers.get('from') ?? '';
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const date = new Date(headers.get('date') ?? '');
  return {
    source,
    messageId: headers.get('message-id'),
    from: address.toLowerCase(),
    subject: headers.get('subject') ?? '',
    receivedAt: Number.isNaN(date.getTime()) ? new Date(0) : date,
    text: body,
    rawSize: raw.length,
  };
}

export interface MessageOverrides {
  id?: string;
  subject?: string;
  from?: string;
  date?: string;
  body?: string;
}

/** An RFC 822 message with CRLF line ends, as a provider would send it. */
export function buildMessage(overrides: MessageOverrides = {}): string {
  const id = overrides.id ?? `notice-${Math.random().toString(36).slice(2)}@provider.example`;
  return [
    `From: Provider Notices <${overrides.from ?? 'notices@provider.example'}>`,
    'To: ops@example.com',
    `Subject: ${overrides.subject ?? 'Scheduled maintenance'}`,
    `Date: ${overrides.date ?? 'Tue, 20 Aug 2024 12:00:00 +0000'}`,
    `Message-ID: <${id}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    overrides.body ?? 'Your database db-1 will be restarted on 2024-09-01 during the maintenance window.',
    '',
  ].join('\r\n');
}
