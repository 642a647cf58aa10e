import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';

/**
 * Slack's SDKs log free text; it reaches our structured log under one fixed message, their
 * info as our debug (it is chatter about connections), their warnings and errors as such.
 */
export function slackLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const detail = (msgs: unknown[]) => ({ detail: msgs.map((m) => (m instanceof Error ? m.message : String(m))).join(' ') });
  return {
    debug: (...msgs) => log.debug(detail(msgs), 'slack sdk'),
    info: (...msgs) => log.debug(detail(msgs), 'slack sdk'),
    warn: (...msgs) => log.warn(detail(msgs), 'slack sdk'),
    error: (...msgs) => log.error(detail(msgs), 'slack sdk'),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
