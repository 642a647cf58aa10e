import { Command } from 'commander';
import { startBot } from '../start.ts';

export function startCommand(): Command {
  return new Command('start')
    .description('Run the bot: HTTP server, Slack app, sources, reminders (a local Slack sandbox when no workspace is configured)')
    .action(async () => {
      const bot = await startBot(process.env);
      const where = `http://127.0.0.1:${bot.port}`;
      console.log(`noticeboard is running on ${where} (health: ${where}/healthz)`);
      if (bot.sandbox) {
        console.log(`No SLACK_BOT_TOKEN: open the local sandbox (not Slack) at ${bot.sandbox.url}`);
        console.log(`Drop .eml files into ${process.env.INBOX_DIR ?? 'inbox/'} to ingest them there`);
      }
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${signal}: stopping intake, sending what is queued, closing the store`);
        bot.stop().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));
    });
}
