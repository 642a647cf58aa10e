import { Command } from 'commander';

export function startCommand(): Command {
  return new Command('start').action(() => {
    console.error('noticeboard start: not built yet');
    process.exitCode = 1;
  });
}
