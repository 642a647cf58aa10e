import { Command } from 'commander';
import { openContext, stdout, type CliContext, type CliOutput } from './context.ts';
import { ignoredJson, ignoredLine, taskJson, taskLines } from './tasks-view.ts';

export interface TasksOptions {
  json?: boolean;
  ignored?: boolean;
}

/** Prints every task (or, with `ignored`, every notice the rules ignored), oldest first. */
export async function runTasks(options: TasksOptions, ctx: CliContext, out: CliOutput): Promise<number> {
  if (options.ignored) {
    const notices = await ctx.store.notices.listByDisposition('ignore');
    for (const n of notices) out.print(options.json ? JSON.stringify(ignoredJson(n)) : ignoredLine(n));
    if (!options.json && notices.length === 0) out.print('no ignored notices');
    return 0;
  }
  const tasks = await ctx.store.tasks.list();
  for (const task of tasks) {
    const history = await ctx.store.tasks.deadlineHistory(task.id);
    if (options.json) out.print(JSON.stringify(taskJson(task, history)));
    else out.print(taskLines(task, history).join('\n'));
  }
  if (!options.json && tasks.length === 0) out.print('no tasks');
  return 0;
}

export function tasksCommand(): Command {
  return new Command('tasks')
    .description('list the tasks in the database, with sign-offs, notices and deadline history')
    .option('--json', 'one JSON object per task')
    .option('--ignored', 'list the notices the rules ignored instead')
    .action(async (options: TasksOptions) => {
      const ctx = await openContext();
      try {
        process.exitCode = await runTasks(options, ctx, stdout);
      } finally {
        await ctx.close();
      }
    });
}
