import { pino } from 'pino';
import type { Logger } from '../app/ports.ts';

/** Field names whose values never reach a log line, at any level. */
export const REDACTED_PATHS = [
  'token',
  'password',
  'secret',
  'authorization',
  '*.token',
  '*.password',
  '*.secret',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.slackBotToken',
  'config.slackSigningSecret',
  'config.slackAppToken',
  'config.imapPassword',
  'config.openaiApiKey',
  'config.awsHealthWebhookToken',
  'config.calendarToken',
];

/** Secrets shorter than this are not scrubbed from text: too likely to match ordinary words. */
const MIN_SCRUBBED_LENGTH = 8;

/**
 * The configured secrets' values, wherever they appear in a line: an error message or a URL can
 * carry one under a field name no redact path knows.
 */
export function secretScrubber(secrets: readonly (string | undefined)[]): ((line: string) => string) | null {
  const values = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SCRUBBED_LENGTH) continue;
    values.add(secret);
    values.add(JSON.stringify(secret).slice(1, -1));
    values.add(encodeURIComponent(secret));
  }
  if (values.size === 0) return null;
  const sorted = [...values].sort((a, b) => b.length - a.length);
  return (line) => sorted.reduce((text, value) => text.split(value).join('[redacted]'), line);
}

export function createLogger(level = 'info', destination?: NodeJS.WritableStream, options: { secrets?: readonly (string | undefined)[] } = {}): Logger {
  const target = destination ?? pino.destination(2);
  const scrub = secretScrubber(options.secrets ?? []);
  const stream = scrub ? { write: (line: string) => target.write(scrub(line)) } : target;
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { app: 'noticeboard' } }, stream);
}

/** The environment variables that hold secrets; their values are scrubbed from every log line. */
export const SECRET_ENV = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'IMAP_PASSWORD',
  'OPENAI_API_KEY',
  'AWS_HEALTH_WEBHOOK_TOKEN',
  'CALENDAR_TOKEN',
] as const;

/** Drops everything: the CLI's default where output must stay machine-readable. */
export const silentLogger: Logger = createLogger('silent');
