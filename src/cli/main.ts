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
import { openCore } from '../main.ts';
import { configuredSources } from '../sources.ts';
import { makeReminderStore } from '../app/reminder-store.ts';

// Output piped into `head` and the like: a closed pipe ends the command quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const program = new Command('noticeboard')
  .description('Provider notices → tasks with deadlines, sign-offs and reminders in Slack')
  .showHelpAfterError();

// Commands that need the whole bot get it from the composition root, opened only when they run.
const pollSetup = async () => {
  const core = await openCore(process.env, { defaultLogLevel: 'warn' });
  return { sources: configuredSources(core).all, close: () => core.close() };
};
const reminderContext = async () => {
  const core = await openCore(process.env, { defaultLogLevel: 'warn' });
  const policy = { ladder: (id: string) => core.rules.ladders[id], team: (id: string) => core.rules.teams[id] };
  return { store: makeReminderStore(core.store, { teams: policy.team }), policy, close: () => core.close() };
};

for (const command of [
  extractCommand(),
  ingestCommand(),
  pollCommand(pollSetup),
  tasksCommand(),
  rulesCommand(),
  remindCommand(reminderContext),
  startCommand(),
]) {
  program.addCommand(command);
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
