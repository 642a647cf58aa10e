// `/notices add TEXT`: a notice pasted into Slack becomes a Notice like any other. People paste
// whole mails, so leading `From:` / `Subject:` lines are read as headers; Slack has already
// turned addresses and URLs in the text into its own link markup, which is undone first so
// rules and extraction see what the provider wrote.
import type { Notice } from '../domain/notice.ts';

const SUBJECT_LIMIT = 200;
const HEADER = /^(from|subject|date|to|cc|sent|reply-to)\s*:\s*(.*)$/i;

/** Slack's `<url|label>`, `<mailto:…>`, `<@U…|name>`, `<!here>` and entities, back to plain text. */
export function unSlack(text: string): string {
  return text
    .replace(/<mailto:([^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => name || `@${id}`)
    .replace(/<((?:https?|ftp):[^|>]+)\|([^>]*)>/g, (_m, url: string, label: string) => (url.replace(/^\w+:\/\//, '') === label ? url : `${label} (${url})`))
    .replace(/<((?:https?|ftp):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `Amazon Web Services <no-reply-aws@amazon.com>` → address and name. */
export function parseSender(value: string): { from: string; fromName?: string } | null {
  const angled = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (angled?.[2]) return { from: angled[2].toLowerCase(), ...(angled[1] ? { fromName: angled[1] } : {}) };
  const bare = /([^\s<>"]+@[^\s<>"]+\.[a-z]{2,})/i.exec(value);
  return bare?.[1] ? { from: bare[1].toLowerCase() } : null;
}

export interface PasteContext {
  user: string;
  channel: string | null;
  now: Date;
}

export function pastedNotice(raw: string, ctx: PasteContext): Notice {
  const lines = unSlack(raw).replace(/\r\n?/g, '\n').split('\n');
  const headers = new Map<string, string>();
  let bodyStart = 0;
  for (const [i, line] of lines.entries()) {
    const m = HEADER.exec(line.trim());
    if (!m?.[1]) {
      bodyStart = line.trim() === '' && headers.size > 0 ? i + 1 : i;
      break;
    }
    headers.set(m[1].toLowerCase(), (m[2] ?? '').trim());
    bodyStart = i + 1;
  }
  const body = lines.slice(bodyStart).join('\n').trim();
  const firstLine = body.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const subject = (headers.get('subject') || firstLine || 'Notice pasted into Slack').slice(0, SUBJECT_LIMIT);
  const sender = parseSender(headers.get('from') ?? '');
  const text = body || subject;
  return {
    source: { kind: 'slack', user: ctx.user, ...(ctx.channel ? { channel: ctx.channel } : {}) },
    from: sender?.from ?? `slack:${ctx.user.toLowerCase()}`,
    ...(sender?.fromName ? { fromName: sender.fromName } : {}),
    subject,
    receivedAt: ctx.now,
    text,
    rawSize: Buffer.byteLength(raw, 'utf8'),
  };
}
