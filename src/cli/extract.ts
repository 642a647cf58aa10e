import { Command } from 'commander';

export function extractCommand(): Command {
  return new Command('extract').action(() => {
    console.error('noticeboard extract: not built yet');
    process.exitCode = 1;
  });
}
