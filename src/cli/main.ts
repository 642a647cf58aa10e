import { Command } from 'commander';
import { ConfigError } from '../config/env.ts';
import { RulesError } from '../config/rules.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand } from './ingest.ts';
import { pollCommand } from './poll.ts';
import { tasksCommand } from './tasks.ts';
import { rulesCommand } from './rules.ts';
import { remindCommand } from './remind.ts';
import { startCommand } from './start.ts';

// Output piped into `head` and the like: a closed pipe ends the command quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const program = new Command('noticeboard')
  .description('Provider notices → tasks with deadlines, sign-offs and reminders in Slack')
  .showHelpAfterError();

for (const make of [extractCommand, ingestCommand, pollCommand, tasksCommand, rulesCommand, remindCommand, startCommand]) {
  program.addCommand(make());
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Known misconfigurations are instructions for the operator, not stack traces.
  if (err instanceof ConfigError || err instanceof RulesError) {
    console.error(`noticeboard: ${err.message}`);
    process.exitCode = 2;
  } else {
    console.error(err);
    process.exitCode = 1;
  }
}
