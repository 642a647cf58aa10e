import type { NoticeRecord } from '../app/ports.ts';
import type { DatedFact } from '../domain/facts.ts';
import type { DeadlineChange, Task } from '../domain/task.ts';

const day = (fact: DatedFact | null): string =>
  fact === null ? 'no deadline' : fact.precision === 'day' ? fact.at.toISOString().slice(0, 10) : fact.at.toISOString().replace('.000Z', 'Z');

/** One task as `tasks --json` prints it: instants in ISO 8601 UTC. */
export function taskJson(task: Task, history: DeadlineChange[]) {
  return {
    id: task.id,
    title: task.title,
    provider: task.provider,
    service: task.service,
    kind: task.kind,
    state: task.state,
    deadline: task.deadline?.at.toISOString() ?? null,
    deadlinePrecision: task.deadline?.precision ?? null,
    deadlineVersion: task.deadlineVersion,
    resources: task.resources,
    regions: task.regions,
    accounts: task.accounts,
    team: task.team,
    channel: task.channel,
    rule: task.ruleId,
    requiredRoles: task.requiredRoles,
    signOffs: task.signOffs.map((s) => ({ role: s.role, user: s.user, intent: s.intent, at: s.at.toISOString() })),
    owner: task.owner,
    window: task.window ? { start: task.window.start.toISOString(), end: task.window.end.toISOString() } : null,
    dismissReason: task.dismissReason,
    snoozedUntil: task.snoozedUntil?.toISOString() ?? null,
    noticeCount: task.noticeCount,
    deadlineHistory: history.map((h) => ({
      version: h.version,
      from: h.previous?.at.toISOString() ?? null,
      to: h.deadline?.at.toISOString() ?? null,
      at: h.at.toISOString(),
      notice: h.noticeId,
    })),
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

/** A few lines per task for people: the headline, then who, what and how it moved. */
export function taskLines(task: Task, history: DeadlineChange[]): string[] {
  const what = [task.provider, task.service].filter(Boolean).join('/') || 'unknown provider';
  const roles = task.requiredRoles.map((role) => {
    const signed = task.signOffs.find((s) => s.role === role);
    return signed ? `${role} ✓ ${signed.user}${signed.intent === 'dismiss' ? ' (dismiss)' : ''}` : `${role} …`;
  });
  const lines = [
    `#${task.id}  ${task.state.padEnd(12)} ${day(task.deadline).padEnd(20)} ${what} ${task.kind}: ${task.title}`,
    `    team ${task.team}${task.channel ? ` (${task.channel})` : ''}${task.owner ? ` · owner ${task.owner}` : ''} · notices ${task.noticeCount}`,
    `    sign-off: ${roles.length > 0 ? roles.join(', ') : 'none required'}`,
  ];
  if (task.resources.length > 0) lines.push(`    resources: ${task.resources.join(', ')}`);
  if (task.window) lines.push(`    window: ${task.window.start.toISOString()} → ${task.window.end.toISOString()}`);
  if (task.dismissReason) lines.push(`    not applicable: ${task.dismissReason}`);
  if (history.length > 0) {
    const moves = history.map((h) => `${day(h.previous)} → ${day(h.deadline)} (v${h.version}, ${h.at.toISOString().slice(0, 10)})`);
    lines.push(`    deadline moved: ${moves.join('; ')}`);
  }
  return lines;
}

export function ignoredJson(n: NoticeRecord) {
  return {
    id: n.id,
    source: n.sourceKey,
    from: n.from,
    subject: n.subject,
    receivedAt: n.receivedAt.toISOString(),
    rule: n.ruleId,
  };
}

export function ignoredLine(n: NoticeRecord): string {
  return `#${n.id}  ${n.receivedAt.toISOString().slice(0, 10)}  ${n.from}  ${n.subject}  (rule ${n.ruleId ?? '-'})`;
}
