import { Command } from 'commander';

export function rulesCommand(): Command {
  return new Command('rules').action(() => {
    console.error('noticeboard rules: not built yet');
    process.exitCode = 1;
  });
}
