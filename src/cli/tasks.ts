import { Command } from 'commander';

export function tasksCommand(): Command {
  return new Command('tasks').action(() => {
    console.error('noticeboard tasks: not built yet');
    process.exitCode = 1;
  });
}
