import type { Notice } from '../../../src/domain/notice.ts';
import type { DatedFact, Extraction } from '../../../src/domain/facts.ts';
import type { Logger } from '../../../src/app/ports.ts';
import type { LlmProposal } from '../../../src/extraction/grounding.ts';

/** A made-up provider's certificate rotation: two databases, a deadline, a hard cut-over, an account. */
export const ROTATION_TEXT = [
  'Hello,',
  '',
  'We are rotating the certificate authority that signs managed database certificates.',
  'Please update the trust store on clients that connect to db-orders-7 and db-billing-2 in eu-west-1 before 15 September 2025.',
  'After 11:00 UTC on 30 September 2025 connections that still use the old authority will fail.',
  'The affected account is 123456789012. Details for db-archive-1.',
  '',
  'Nimbus Cloud Operations',
].join('\n');

export function aNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    source: { kind: 'file', path: 'rotation.eml', index: 0 },
    messageId: '<rotation-1@nimbus.example>',
    from: 'notices@nimbus.example',
    fromName: 'Nimbus Cloud',
    subject: 'Action required: database certificate rotation',
    receivedAt: new Date('2025-08-01T09:00:00Z'),
    text: ROTATION_TEXT,
    rawSize: ROTATION_TEXT.length,
    ...overrides,
  };
}

export function aDate(overrides: Partial<DatedFact> = {}): DatedFact {
  return { at: new Date('2025-09-15T00:00:00Z'), role: 'deadline', precision: 'day', text: '15 September 2025', origin: 'grammar', ...overrides };
}

export function anExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    provider: null,
    service: null,
    kind: 'informational',
    actionRequired: false,
    deadline: null,
    dates: [],
    resources: [],
    regions: [],
    accounts: [],
    ...overrides,
  };
}

/** A deterministic result that found the deadline and one database, but not who sent it. */
export function aSureishExtraction(overrides: Partial<Extraction> = {}): Extraction {
  const deadline = aDate();
  return anExtraction({ kind: 'certificate', actionRequired: true, deadline, dates: [deadline], resources: ['db-orders-7'], ...overrides });
}

export function aProposal(overrides: Partial<LlmProposal> = {}): LlmProposal {
  return {
    provider: null,
    service: null,
    kind: 'informational',
    actionRequired: false,
    dates: [],
    resources: [],
    regions: [],
    accounts: [],
    ...overrides,
  };
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

/** A Logger that keeps what it was told, children included, so tests can read the log. */
export function recordingLogger(entries: LogEntry[] = [], bindings: object = {}): Logger & { entries: LogEntry[] } {
  const at = (level: LogEntry['level']) => (obj: object, msg: string) => void entries.push({ level, obj: { ...bindings, ...obj }, msg });
  return {
    entries,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => recordingLogger(entries, { ...bindings, ...more }),
  };
}

/** Stands in for the retry wait: records how long it was asked to wait and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
