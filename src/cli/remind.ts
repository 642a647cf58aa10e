import { Command } from 'commander';
import { systemClock } from '../adapters/clock.ts';
import type { ReminderStore } from '../app/ports.ts';
import { previewReminders, type PlannedTask, type ReminderPolicy } from '../app/send-reminders.ts';

/** What `remind` reads from: the task store and the compiled rules. */
export interface ReminderContext {
  store: ReminderStore;
  policy: ReminderPolicy;
  close?(): Promise<void>;
}

export type OpenReminderContext = () => Promise<ReminderContext>;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const stdio: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function jsonLine(p: PlannedTask): string {
  const send = p.plan.send;
  return JSON.stringify({
    task: p.task.id,
    title: p.task.title,
    step: send?.stepId,
    loudness: send?.loudness,
    dueAt: send?.dueAt.toISOString(),
    deadline: p.task.deadline?.at.toISOString() ?? null,
    deadlineVersion: p.task.deadlineVersion,
    ladder: p.ladder.id,
    channel: p.task.channel,
    skipped: p.plan.skip.map((s) => s.stepId),
    messages: p.messages.map((m) => ({ audience: m.audience, text: m.text })),
  });
}

function textLines(p: PlannedTask): string[] {
  const send = p.plan.send;
  const head = `task ${p.task.id} ${send?.stepId} (${send?.loudness}) ${JSON.stringify(p.task.title)}`;
  const skipped = p.plan.skip.length > 0 ? [`  skips ${p.plan.skip.map((s) => s.stepId).join(', ')}`] : [];
  const messages = p.messages.map(({ audience: a }) => {
    const to = a.dm ? `DM ${a.dm}` : `${a.channel}${a.thread ? ' thread' : ''}`;
    const who = [...(a.here ? ['@here'] : []), ...a.mention].join(' ');
    return `  → ${to}${who ? ` mentioning ${who}` : ''}`;
  });
  return [head, ...skipped, ...messages];
}

/** `remind --dry-run --now ISO [--json]`: the reminders due at that instant; nothing is sent or recorded. */
export function remindCommand(open?: OpenReminderContext, io: CliOutput = stdio): Command {
  return new Command('remind')
    .description('Show the reminders the ladder would send at an instant, without sending them')
    .option('--dry-run', 'plan only: send nothing, record nothing')
    .option('--now <iso>', 'the instant to plan for (ISO 8601); the current time by default')
    .option('--json', 'one JSON object per reminder step')
    .action(async (opts: { dryRun?: boolean; now?: string; json?: boolean }) => {
      if (!opts.dryRun) {
        io.err('noticeboard remind: only --dry-run is available here; `noticeboard start` runs the scheduler that sends');
        process.exitCode = 2;
        return;
      }
      const now = opts.now === undefined ? systemClock.now() : new Date(opts.now);
      if (Number.isNaN(now.getTime()) || (opts.now !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(opts.now))) {
        io.err(`noticeboard remind: --now must be an ISO 8601 instant such as 2024-08-22T09:00:00Z, got "${opts.now}"`);
        process.exitCode = 2;
        return;
      }
      if (!open) {
        io.err('noticeboard remind: no task store is configured');
        process.exitCode = 1;
        return;
      }
      const ctx = await open();
      try {
        const { planned, failures } = await previewReminders(ctx, now);
        for (const p of planned) {
          if (opts.json) io.out(jsonLine(p));
          else textLines(p).forEach((line) => io.out(line));
        }
        for (const f of failures) io.err(`task ${f.taskId}: ${f.error}`);
        if (!opts.json) io.err(`${planned.length} reminder step(s) due at ${now.toISOString()}`);
        if (failures.length > 0) process.exitCode = 1;
      } finally {
        await ctx.close?.();
      }
    });
}
