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

export function createLogger(level = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { app: 'noticeboard' } },
    destination ?? pino.destination(2),
  );
}

/** Drops everything: the CLI's default where output must stay machine-readable. */
export const silentLogger: Logger = createLogger('silent');
