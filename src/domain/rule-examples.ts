/**
 * A rule's examples as notices, and what they expect compared with what extraction and routing
 * produced. `npm test` runs every shipped example this way; so can anyone who adds a rule.
 */
import type { DatedFact, Extraction } from './facts.ts';
import type { Notice } from './notice.ts';
import type { ExampleExpectation, ProviderRule, Routing, RuleExample } from './policy.ts';

export function exampleNotice(rule: ProviderRule, example: RuleExample, index: number): Notice {
  const from = (example.from ?? example.feed ?? '').toLowerCase();
  return {
    source: example.feed ? { kind: 'feed', feed: example.feed, guid: `${rule.id}#${index}` } : { kind: 'file', path: example.where, index },
    messageId: `<${rule.id}.${index}@examples.noticeboard.invalid>`,
    from,
    subject: example.subject ?? '',
    receivedAt: example.receivedAt,
    text: example.text,
    rawSize: new TextEncoder().encode(example.text).length,
  };
}

/**
 * The extraction an example says a sane extractor gets, laid over what it actually got: routing
 * can be checked on its own while extraction is still being improved.
 */
export function assumedExtraction(actual: Extraction, expect: ExampleExpectation): Extraction {
  const resources = [...actual.resources];
  for (const r of expect.resources ?? []) if (!resources.some((x) => x.toLowerCase() === r.toLowerCase())) resources.push(r);
  let deadline = actual.deadline;
  if (expect.deadline === null) deadline = null;
  else if (expect.deadline !== undefined) deadline = expectedDeadline(expect.deadline);
  return {
    ...actual,
    kind: expect.kind ?? actual.kind,
    actionRequired: expect.actionRequired ?? actual.actionRequired,
    deadline,
    dates: deadline && !actual.dates.includes(deadline) ? [...actual.dates, deadline] : actual.dates,
    resources,
  };
}

/**
 * What differs from the example's expectations. Routing fields (rule, disposition, team, and the
 * kind when the rule classifies it) are always judged; extraction fields only when asked.
 */
export function expectationFailures(expect: ExampleExpectation, extraction: Extraction, routing: Routing, judgeExtraction: boolean): string[] {
  const failures: string[] = [];
  const differ = (what: string, want: unknown, got: unknown) => failures.push(`${what}: expected ${String(want)}, got ${String(got)}`);
  if (routing.ruleId !== expect.rule) differ('rule', expect.rule, routing.ruleId);
  if (expect.disposition && routing.disposition !== expect.disposition) differ('disposition', expect.disposition, routing.disposition);
  if (expect.team && routing.team !== expect.team) differ('team', expect.team, routing.team);
  const kind = routing.kind ?? extraction.kind;
  if (expect.kind && kind !== expect.kind && (judgeExtraction || routing.kind)) differ('kind', expect.kind, kind);
  if (!judgeExtraction) return failures;

  if (expect.actionRequired !== undefined && extraction.actionRequired !== expect.actionRequired) {
    differ('actionRequired', expect.actionRequired, extraction.actionRequired);
  }
  if (expect.deadline !== undefined && !sameDeadline(expect.deadline, extraction.deadline)) {
    differ('deadline', expect.deadline, extraction.deadline?.at.toISOString() ?? null);
  }
  const found = [...extraction.resources, ...extraction.accounts].map((r) => r.toLowerCase());
  const missing = (expect.resources ?? []).filter((r) => !found.includes(r.toLowerCase()));
  if (missing.length > 0) failures.push(`resources: missing ${missing.join(', ')}; found ${found.join(', ') || 'none'}`);
  return failures;
}

function sameDeadline(want: string | null, got: DatedFact | null): boolean {
  if (want === null || got === null) return want === got;
  if (want.length === 10) return got.at.toISOString().slice(0, 10) === want;
  return got.at.getTime() === new Date(want).getTime();
}

function expectedDeadline(text: string): DatedFact {
  const day = text.length === 10;
  return { at: new Date(day ? `${text}T00:00:00Z` : text), role: 'deadline', precision: day ? 'day' : 'second', text, origin: 'rule' };
}
