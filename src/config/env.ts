import { readFileSync, existsSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : !['false', '0', 'no', 'off'].includes(v.toLowerCase())));
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) {
        ctx.addIssue({ code: 'custom', message: `must be a port number 0-65535, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const positive = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number above 0, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

const schema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional.pipe(z.url({ message: 'must be a URL such as http://127.0.0.1:4000/api/' }).optional()),
  PORT: port(3000),
  DATABASE_URL: optional.transform((v) => v ?? 'file:./data/noticeboard.db'),
  RULES_DIR: optional.transform((v) => v ?? './rules'),
  IMAP_HOST: optional,
  IMAP_PORT: port(993),
  IMAP_USER: optional,
  IMAP_PASSWORD: optional,
  IMAP_TLS: bool(true),
  IMAP_MAILBOX: optional.transform((v) => v ?? 'INBOX'),
  FEED_URLS: list,
  AWS_HEALTH_WEBHOOK_TOKEN: optional,
  CERT_PROBE_TARGETS: list,
  CALENDAR_TOKEN: optional,
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  OPENAI_MODEL: optional.transform((v) => v ?? 'gpt-4o-mini'),
  OPENAI_RPM: positive,
  OPENAI_TPM: positive,
  OPENAI_TIMEOUT_MS: positive,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
});

export interface Config {
  slack: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string } | null;
  slackApiUrl?: string;
  port: number;
  databaseUrl: string;
  rulesDir: string;
  imap: { host: string; port: number; user: string; password: string; tls: boolean; mailbox: string } | null;
  feedUrls: string[];
  awsHealthWebhookToken?: string;
  certProbeTargets: { host: string; port: number }[];
  calendarToken?: string;
  openai: {
    apiKey: string;
    baseUrl?: string;
    model: string;
    requestsPerMinute?: number;
    tokensPerMinute?: number;
    timeoutMs?: number;
  } | null;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment once and report every problem together, each with what to set. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push('SLACK_BOT_TOKEN is set: set SLACK_SIGNING_SECRET too (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_APP_TOKEN.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN: an app-level token starts with xapp-');
  const imapSet = [e.IMAP_HOST, e.IMAP_USER, e.IMAP_PASSWORD].filter(Boolean).length;
  if (imapSet > 0 && imapSet < 3) problems.push('IMAP: set IMAP_HOST, IMAP_USER and IMAP_PASSWORD together (or none of them)');
  if (!/^(file:|postgres(ql)?:\/\/)/.test(e.DATABASE_URL)) {
    problems.push('DATABASE_URL: use file:./path.db for SQLite or postgres://user:pass@host/db for PostgreSQL');
  }
  const certProbeTargets: Config['certProbeTargets'] = [];
  for (const target of e.CERT_PROBE_TARGETS) {
    const m = /^([^:\s]+)(?::(\d{1,5}))?$/.exec(target);
    if (!m) problems.push(`CERT_PROBE_TARGETS: "${target}" is not host:port`);
    else certProbeTargets.push({ host: m[1] ?? '', port: Number(m[2] ?? 443) });
  }
  for (const url of e.FEED_URLS) {
    if (!/^https?:\/\//.test(url)) problems.push(`FEED_URLS: "${url}" is not an http(s) URL`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET ?? '', appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL }
      : null,
    slackApiUrl: e.SLACK_API_URL,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    rulesDir: e.RULES_DIR,
    imap:
      e.IMAP_HOST && e.IMAP_USER && e.IMAP_PASSWORD
        ? { host: e.IMAP_HOST, port: e.IMAP_PORT, user: e.IMAP_USER, password: e.IMAP_PASSWORD, tls: e.IMAP_TLS, mailbox: e.IMAP_MAILBOX }
        : null,
    feedUrls: e.FEED_URLS,
    awsHealthWebhookToken: e.AWS_HEALTH_WEBHOOK_TOKEN,
    certProbeTargets,
    calendarToken: e.CALENDAR_TOKEN,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL,
          requestsPerMinute: e.OPENAI_RPM,
          tokensPerMinute: e.OPENAI_TPM,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
        }
      : null,
    logLevel: e.LOG_LEVEL,
  };
}

/** Read `.env` into a copy of the environment; variables already set win. */
export function withDotEnv(env: NodeJS.ProcessEnv = process.env, path = '.env'): NodeJS.ProcessEnv {
  if (!existsSync(path)) return env;
  return { ...parseEnv(readFileSync(path, 'utf8')), ...env };
}
