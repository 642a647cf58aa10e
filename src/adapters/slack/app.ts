// The Bolt app: HTTP mode on `/slack/events` (signatures checked, requests older than five
// minutes refused with 401) or Socket Mode when an app-level token is configured. Every Web API
// call, Socket Mode's connection request included, goes to SLACK_API_URL when it is set.
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Middleware, type AnyMiddlewareArgs } from '@slack/bolt';
import type { Clock, Logger, SlackActions } from '../../app/ports.ts';
import { helpMessage } from '../../domain/blocks/help.ts';
import { systemClock } from '../clock.ts';
import { registerCommands } from './commands.ts';
import { publishHome, registerInteractions } from './interactions.ts';
import { slackLogger } from './slack-logger.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppConfig {
  botToken: string;
  signingSecret: string;
  /** `xapp-…`: Socket Mode instead of HTTP. */
  appToken?: string;
  /** SLACK_API_URL, e.g. `http://127.0.0.1:4000/api/`. */
  apiUrl?: string;
}

export interface SlackAppDeps {
  config: SlackAppConfig;
  handlers: SlackActions;
  log: Logger;
  clock?: Clock;
}

export interface SlackApp {
  app: App;
  mode: 'http' | 'socket';
  /** HTTP mode: serves `POST /slack/events`, to mount in the product's own HTTP server. */
  requestListener: RequestListener | null;
  /** HTTP mode: listen on `port` (0 for any) and return it; Socket Mode: connect. */
  start(port?: number): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

/** Events from bots (ours included) never reach a handler: the bot must not answer itself. */
const ignoreBots: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  const event = (body as { event?: { bot_id?: string; subtype?: string; bot_profile?: unknown } }).event;
  if (event && (event.bot_id || event.subtype === 'bot_message' || event.bot_profile)) return;
  await next();
};

export function createSlackApp({ config, handlers, log, clock = systemClock }: SlackAppDeps): SlackApp {
  const logger = slackLogger(log.child({ component: 'slack' }));
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const socket = Boolean(config.appToken);
  const receiver = socket ? null : new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger });
  const app = socket
    ? new App({
        token: config.botToken,
        appToken: config.appToken,
        socketMode: true,
        logger,
        clientOptions,
        // Socket Mode asks apps.connections.open for its WebSocket URL through this client; Bolt 5
        // copies clientOptions here itself, set explicitly so the loopback keeps working if it stops
        installerOptions: { clientOptions },
      })
    : new App({ token: config.botToken, receiver: receiver ?? undefined, logger, clientOptions });

  app.use(ignoreBots);
  const deps = { actions: handlers, clock, log };
  registerCommands(app, deps);
  registerInteractions(app, deps);

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(deps, client, event.user);
    } catch (err) {
      log.error({ err, user: event.user }, 'app home publish failed');
    }
  });

  app.event('app_mention', async ({ event, client }) => {
    const help = helpMessage();
    try {
      await client.chat.postEphemeral({ channel: event.channel, user: event.user ?? '', text: help.text, blocks: help.blocks });
    } catch (err) {
      log.warn({ err, channel: event.channel }, 'mention reply failed');
    }
  });

  app.error(async (err) => {
    log.error({ err }, 'slack app error');
  });

  let server: Server | null = null;
  return {
    app,
    mode: socket ? 'socket' : 'http',
    requestListener: receiver ? receiver.requestListener : null,
    async start(port = 0) {
      if (socket) {
        await app.start();
        return { port: null };
      }
      server = (await app.start(port)) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await app.stop();
    },
  };
}
