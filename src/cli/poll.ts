import { Command } from 'commander';

export function pollCommand(): Command {
  return new Command('poll').action(() => {
    console.error('noticeboard poll: not built yet');
    process.exitCode = 1;
  });
}
