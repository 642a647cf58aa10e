// Request bodies as Slack reads them: `application/x-www-form-urlencoded` where structured
// arguments (`blocks`, `view`, `metadata`) arrive as JSON strings, or `application/json`.
import type { IncomingMessage } from 'node:http';

const JSON_ARGUMENTS = ['blocks', 'attachments', 'view', 'metadata'];

export type ParsedBody = { ok: true; args: Record<string, unknown> } | { ok: false; error: string };

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseBody(contentType: string | undefined, raw: string, query: URLSearchParams): ParsedBody {
  const args: Record<string, unknown> = Object.fromEntries(query.entries());
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (raw.length > 0 && type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, error: 'invalid_json' };
      Object.assign(args, parsed);
    } catch {
      return { ok: false, error: 'invalid_json' };
    }
  } else if (raw.length > 0) {
    Object.assign(args, Object.fromEntries(new URLSearchParams(raw).entries()));
  }
  for (const name of JSON_ARGUMENTS) {
    const value = args[name];
    if (typeof value !== 'string') continue;
    try {
      args[name] = JSON.parse(value);
    } catch {
      return { ok: false, error: name === 'blocks' ? 'invalid_blocks_format' : 'invalid_arguments' };
    }
  }
  return { ok: true, args };
}
