import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The JSON a model puts in `choices[0].message.content` under the notice_facts schema. */
export interface WireFacts {
  provider: { id: string; text: string } | null;
  service: { name: string; text: string } | null;
  kind: string;
  actionRequired: boolean;
  dates: { text: string; day: string; role: string }[];
  resources: string[];
  regions: string[];
  accounts: string[];
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type Reply =
  | { kind: 'completion'; content: string | null; refusal: string | null; finishReason: string; usage: Usage | null; delayMs?: number }
  | { kind: 'error'; status: number; headers: Record<string, string>; type: string; code: string | null; delayMs?: number };

export interface CapturedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown; [k: string]: unknown };
}

export const noFacts = (): WireFacts => ({
  provider: null,
  service: null,
  kind: 'informational',
  actionRequired: false,
  dates: [],
  resources: [],
  regions: [],
  accounts: [],
});

const defaultUsage: Usage = { prompt_tokens: 900, completion_tokens: 120, total_tokens: 1020 };

export const answer = (facts: Partial<WireFacts>, usage: Usage | null = defaultUsage): Reply => ({
  kind: 'completion',
  content: JSON.stringify({ ...noFacts(), ...facts }),
  refusal: null,
  finishReason: 'stop',
  usage,
});
export const rawContent = (content: string): Reply => ({ kind: 'completion', content, refusal: null, finishReason: 'stop', usage: defaultUsage });
export const refusal = (text = "I'm sorry, I can't help with that."): Reply => ({
  kind: 'completion',
  content: null,
  refusal: text,
  finishReason: 'stop',
  usage: defaultUsage,
});
export const rateLimited = (headers: Record<string, string> = { 'retry-after': '1' }): Reply => ({
  kind: 'error',
  status: 429,
  headers,
  type: 'requests',
  code: 'rate_limit_exceeded',
});
export const serverError = (status = 500): Reply => ({ kind: 'error', status, headers: {}, type: 'server_error', code: null });
export const slow = (delayMs: number, reply: Reply): Reply => ({ ...reply, delayMs });

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1, answering from a script: queued
 * replies first, then the `otherwise` reply. Checks the bearer token as the real API does.
 */
export interface FakeOpenAi {
  /** Base URL including /v1, as OPENAI_BASE_URL takes it. */
  readonly url: string;
  readonly apiKey: string;
  readonly requests: CapturedRequest[];
  script(...replies: Reply[]): void;
  otherwise(reply: Reply): void;
  /** Resolves once `n` requests in total have arrived. */
  received(n: number): Promise<void>;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function respond(res: ServerResponse, reply: Reply, model: string, n: number): void {
  if (reply.kind === 'error') {
    send(res, reply.status, { error: { message: `scripted ${reply.status}`, type: reply.type, param: null, code: reply.code } }, reply.headers);
    return;
  }
  send(res, 200, {
    id: `chatcmpl-fake${n}`,
    object: 'chat.completion',
    created: 1_700_000_000 + n,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: reply.content, refusal: reply.refusal }, logprobs: null, finish_reason: reply.finishReason }],
    ...(reply.usage ? { usage: reply.usage } : {}),
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeOpenAi(options: { apiKey?: string } = {}): Promise<FakeOpenAi> {
  const apiKey = options.apiKey ?? 'sk-test-loopback';
  const requests: CapturedRequest[] = [];
  const queue: Reply[] = [];
  let fallback: Reply = serverError(500);
  const waiters: { n: number; resolve: () => void }[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      let body: CapturedRequest['body'] = {};
      try {
        body = JSON.parse(text) as CapturedRequest['body'];
      } catch {
        // recorded as an empty body; the path checks below still answer
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body });
      for (const w of waiters.filter((w) => requests.length >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        send(res, 404, { error: { message: 'unknown route', type: 'invalid_request_error', param: null, code: null } });
        return;
      }
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        send(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
        return;
      }
      const reply = queue.shift() ?? fallback;
      const n = requests.length;
      if (!reply.delayMs) {
        respond(res, reply, body.model ?? 'unknown', n);
        return;
      }
      const timer = setTimeout(() => respond(res, reply, body.model ?? 'unknown', n), reply.delayMs);
      res.on('close', () => clearTimeout(timer));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    apiKey,
    requests,
    script: (...replies) => void queue.push(...replies),
    otherwise: (reply) => {
      fallback = reply;
    },
    received: (n) => (requests.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
