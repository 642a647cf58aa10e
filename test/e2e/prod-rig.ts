// A started bot on a temporary SQLite file with the repository's rules, for the operator-facing tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CallRecord, LoopbackSlack } from '../../src/adapters/slack/loopback/server.ts';
import { startBot, type RunningBot, type StartOptions } from '../../src/start.ts';

export const RULES_DIR = resolve(import.meta.dirname, '../../rules');

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The bot on PORT 0 with a fresh database; extra env on top (Slack tokens, IMAP...). */
export async function startTestBot(dir: string, env: NodeJS.ProcessEnv = {}, options: StartOptions = {}): Promise<RunningBot> {
  return startBot({ DATABASE_URL: `file:${join(dir, 'bot.db')}`, RULES_DIR, LOG_LEVEL: 'silent', ...env }, { port: 0, inboxDir: join(dir, 'inbox'), ...options });
}

/** Resolves with the first call the loopback Slack records that matches. */
export function nextCall(slack: LoopbackSlack, match: (call: CallRecord) => boolean): Promise<CallRecord> {
  return new Promise((resolve) => {
    const listener = (call: CallRecord) => {
      if (!match(call)) return;
      slack.off('call', listener);
      resolve(call);
    };
    slack.on('call', listener);
  });
}

/** Prometheus text as `name{labels}` → value. */
export function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}
