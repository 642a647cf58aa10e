import { Command } from 'commander';

export function remindCommand(): Command {
  return new Command('remind').action(() => {
    console.error('noticeboard remind: not built yet');
    process.exitCode = 1;
  });
}
