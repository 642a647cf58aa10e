import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/app.ts';
import { SLASH_COMMAND } from '../../../src/domain/action-ids.ts';

interface Manifest {
  features: { app_home: { home_tab_enabled: boolean }; slash_commands: { command: string; url: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = parse(readFileSync(new URL('../../../slack-app-manifest.yaml', import.meta.url), 'utf8')) as Manifest;

describe('Slack app manifest', () => {
  it.each(['chat:write', 'chat:write.public', 'commands', 'im:write', 'users:read', 'usergroups:read', 'app_mentions:read'])('asks for the %s scope', (scope) => {
    expect(manifest.oauth_config.scopes.bot).toContain(scope);
  });

  it('declares /notices with escaped mentions, which `assign` parses', () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: SLASH_COMMAND, should_escape: true })]);
  });

  it('sends commands, interactions and events to the path the app serves', () => {
    const urls = [manifest.features.slash_commands[0]?.url, manifest.settings.interactivity.request_url, manifest.settings.event_subscriptions.request_url];
    for (const url of urls) expect(new URL(url ?? '').pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to the events the app handles and enables App Home', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_home_opened', 'app_mention']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
