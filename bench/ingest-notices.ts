import type { NoticeKind } from '../src/domain/facts.ts';
import type { Notice } from '../src/domain/notice.ts';

interface Template {
  from: string;
  provider: string;
  service: string;
  kind: NoticeKind;
  subject: (deadline: string) => string;
  resource: (i: number) => string;
}

const TEMPLATES: Template[] = [
  { from: 'no-reply-aws@amazon.com', provider: 'aws', service: 'rds', kind: 'certificate', subject: (d) => `[Action Required] Update your Amazon RDS SSL/TLS certificates by ${d}`, resource: (i) => `db-orders-${i}` },
  { from: 'no-reply-aws@amazon.com', provider: 'aws', service: 'lambda', kind: 'deprecation', subject: (d) => `AWS Lambda end of support for Node.js 16 on ${d}`, resource: (i) => `arn:aws:lambda:us-east-1:123456789012:function:worker-${i}` },
  { from: 'cloudsql-noreply@google.com', provider: 'gcp', service: 'cloudsql', kind: 'maintenance', subject: (d) => `Cloud SQL maintenance scheduled for ${d}`, resource: (i) => `projects/acme/instances/pg-${i}` },
  { from: 'azure-noreply@microsoft.com', provider: 'azure', service: 'app-service', kind: 'retirement', subject: (d) => `Action required: TLS 1.0 and 1.1 retirement on ${d}`, resource: (i) => `app-frontend-${i}.azurewebsites.net` },
  { from: 'noreply@github.com', provider: 'github', service: 'actions', kind: 'deprecation', subject: (d) => `GitHub Actions: artifact v3 deprecated on ${d}`, resource: (i) => `acme/service-${i}` },
  { from: 'newsletter@example-cloud.com', provider: 'example', service: 'news', kind: 'informational', subject: () => 'This month at Example Cloud', resource: (i) => `news-${i}` },
];

const FILLER =
  'We are contacting you because your account uses the resources listed below. Please review the ' +
  'timeline and plan the change during a maintenance window that suits your team. If you have ' +
  'questions, contact support through the console. ';

/** A small deterministic generator, so every run measures the same notices. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `count` notices as providers send them: about half open a new obligation, a third are periodic
 * re-sends, the rest move a deadline; one template is a newsletter the rules ignore.
 */
export function benchNotices(count: number): Notice[] {
  const next = random(42);
  const notices: Notice[] = [];
  const obligations: { template: Template; resources: string[]; day: number }[] = [];
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const roll = next();
    let o = obligations[Math.floor(next() * obligations.length)];
    if (!o || roll < 0.5) {
      const template = TEMPLATES[Math.floor(next() * TEMPLATES.length)] ?? TEMPLATES[0];
      if (!template) throw new Error('no templates');
      const n = obligations.length;
      o = { template, resources: [template.resource(n), template.resource(n + 100_000)], day: 60 + Math.floor(next() * 120) };
      obligations.push(o);
    } else if (roll > 0.85) {
      o.day += 14;
    }
    const receivedAt = new Date(start + i * 600_000);
    const deadline = new Date(start + o.day * 86_400_000).toISOString().slice(0, 10);
    const text = `${o.template.subject(deadline)}.\n\n${FILLER.repeat(8)}\n\nAffected resources:\n${o.resources.map((r) => `  - ${r}`).join('\n')}\n\nDeadline: ${deadline}. ${FILLER.repeat(4)}`;
    notices.push({
      source: { kind: 'imap', mailbox: 'INBOX', uidValidity: '1', uid: i + 1 },
      messageId: `<bench-${i}@example.com>`,
      from: o.template.from,
      subject: o.template.subject(deadline),
      receivedAt,
      text,
      rawSize: text.length + 1_200,
      hints: { provider: o.template.provider, service: o.template.service, kind: o.template.kind, resources: o.resources },
    });
  }
  return notices;
}
