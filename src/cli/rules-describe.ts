/** The human-readable account `noticeboard rules test` gives of one notice. */
import { DateTime } from 'luxon';
import { formatDuration } from '../config/rules-duration.ts';
import type { DatedFact, Extraction } from '../domain/facts.ts';
import type { Notice } from '../domain/notice.ts';
import type { RuleSet, Routing } from '../domain/policy.ts';

const MINUTE = 60_000;

export function describeNotice(title: string, notice: Notice, extraction: Extraction, routing: Routing, rules: RuleSet): string[] {
  const team = rules.teams[routing.team];
  const zone = team?.timeZone ?? 'UTC';
  const at = (date: Date) => `${date.toISOString().replace('.000Z', 'Z')}  (${DateTime.fromJSDate(date, { zone }).toFormat('ccc d LLL yyyy HH:mm')} ${zone})`;
  const fact = (d: DatedFact) => `${d.role} ${d.at.toISOString().replace('.000Z', 'Z')}${d.precision === 'day' ? ' (day)' : ''} "${d.text}"`;
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : '-');

  const lines = [
    `== ${title}`,
    `from       ${notice.from}`,
    `subject    ${notice.subject}`,
    `received   ${notice.receivedAt.toISOString()}`,
    `rule       ${routing.ruleId} → ${routing.disposition}`,
    ...routing.reasons.map((r, i) => `${i === 0 ? 'why        ' : '           '}${r}`),
    'extraction',
    `  provider   ${routing.provider ?? extraction.provider ?? '-'}`,
    `  service    ${routing.service ?? extraction.service ?? '-'}`,
    `  kind       ${routing.kind ?? extraction.kind}${routing.kind && routing.kind !== extraction.kind ? ` (rule; extraction said ${extraction.kind})` : ''}`,
    `  action     ${extraction.actionRequired ? 'required' : 'not required'}`,
    `  deadline   ${extraction.deadline ? fact(extraction.deadline) : '-'}`,
    ...extraction.dates.map((d, i) => `${i === 0 ? '  dates      ' : '             '}${fact(d)}`),
    `  resources  ${list(extraction.resources)}`,
    `  regions    ${list(extraction.regions)}`,
    `  accounts   ${list(extraction.accounts)}`,
    'routing',
    `  team       ${routing.team} (${routing.channel})`,
    `  sign-off   ${list(routing.requiredRoles)}`,
    `  ladder     ${routing.ladder}`,
    `  lead time  ${formatDuration(routing.leadTimeMinutes)}`,
  ];
  if (routing.disposition !== 'track') return [...lines, `ladder     none: ${routing.disposition} notices are not reminded`, ''];

  const ladder = rules.ladders[routing.ladder];
  const deadline = extraction.deadline?.at;
  if (!ladder || !deadline) return [...lines, `ladder     ${routing.ladder}: no deadline, so no dated steps`, ''];
  lines.push(`  schedule by ${at(new Date(deadline.getTime() - routing.leadTimeMinutes * MINUTE))}`);
  lines.push(`ladder ${ladder.id}`);
  for (const step of ladder.steps) {
    const when = new Date(deadline.getTime() + step.offsetMinutes * MINUTE);
    lines.push(`  ${step.id.padEnd(9)} ${at(when)}  ${step.loudness}${step.critical ? ', critical' : ''}`);
  }
  if (ladder.repeatOverdueMinutes !== null) lines.push(`  then the last step again every ${formatDuration(ladder.repeatOverdueMinutes)}`);
  return [...lines, ''];
}
