import { SYSTEM_ACTOR, taskDiff } from '../domain/audit.ts';
import {
  certificateNotices,
  decodeRecord,
  encodeRecord,
  endpointOf,
  recordOf,
  resolutionNote,
  resolvedBy,
  type CertificateReading,
  type EndpointRecord,
} from '../domain/certificate.ts';
import { normaliseResource } from '../domain/fingerprint.ts';
import { isClosed } from '../domain/task-merge.ts';
import type { Task, TaskState } from '../domain/task.ts';
import type { Clock, IngestResult, Logger, NoticeSink, Store, TaskChange, TaskChangeHook } from './ports.ts';
import { saveTask } from './task-command.ts';

export const DEFAULT_CERT_HORIZON_DAYS = 30;
const DAY_MS = 86_400_000;
const OPEN_STATES: readonly TaskState[] = ['open', 'acknowledged', 'scheduled', 'approved'];
/** Where each endpoint's last observation is kept (source state, key `last`). */
const RECORD_KEY = 'last';

export const certSourceId = (endpoint: string): string => `cert-probe:${endpoint}`;

/** A task change the probe made, with the words for the task's thread. */
export type ObservedTaskChange = TaskChange & { note: string };

export interface CertificateObserverDeps {
  sink: NoticeSink;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Told of each task the probe closes, inside the closing transaction (the Slack thread). */
  onTaskChange?: TaskChangeHook;
  /**
   * The endpoints (`host:port`) probed now. A task that names several closes only once every one
   * of them serves a fixed certificate; endpoints no longer probed do not hold it open.
   */
  endpoints: () => readonly string[];
  /** Certificates expiring within this many days open a task; 30 unless set (a target may set its own). */
  horizonDays?: number;
}

export interface ObserveOutcome {
  endpoint: string;
  /** Tasks the observation closed as done (renewed, or verifying again). */
  closed: number[];
  ingested: IngestResult[];
}

/**
 * Turns what a probe saw into tasks: closes the endpoint's tasks that the certificate now serving
 * resolves, then delivers the notices for what is still wrong. Closing comes first, so the notice
 * for a renewed certificate that is itself near expiry opens a task of its own instead of moving
 * the old one's deadline.
 */
export function makeCertificateObserver(deps: CertificateObserverDeps) {
  const defaultHorizon = (deps.horizonDays ?? DEFAULT_CERT_HORIZON_DAYS) * DAY_MS;

  async function readRecord(endpoint: string): Promise<EndpointRecord | null> {
    return decodeRecord(await deps.store.cursors.get(certSourceId(endpoint), RECORD_KEY));
  }

  /** Probe endpoints that raised notices of this task. */
  async function probedEndpoints(taskId: number): Promise<string[]> {
    const notices = await deps.store.notices.listByTask(taskId);
    return [...new Set(notices.flatMap((n) => (n.source.kind === 'cert-probe' ? [n.source.target] : [])))];
  }

  async function resolvedEverywhere(task: Task, endpoints: string[], probed: ReadonlySet<string>): Promise<boolean> {
    for (const endpoint of endpoints) {
      if (!probed.has(endpoint)) continue;
      const record = await readRecord(endpoint);
      if (!record || !resolvedBy(task, record)) return false;
    }
    return true;
  }

  async function close(task: Task, note: string, observed: { endpoint: string; record: EndpointRecord }): Promise<boolean> {
    const at = deps.clock.now();
    return deps.store.transaction(async (tx) => {
      const current = await tx.tasks.get(task.id);
      if (!current || isClosed(current) || !resolvedBy(current, observed.record)) return false;
      const done: Task = { ...current, state: 'done', updatedAt: at };
      await saveTask(tx, current, done);
      const diff = taskDiff(current, done);
      const evidence = { endpoint: observed.endpoint, notAfter: observed.record.notAfter.toISOString(), fingerprint: observed.record.fingerprint };
      await tx.audit.append({ taskId: task.id, actor: SYSTEM_ACTOR, action: 'done', before: diff.before, after: { ...diff.after, note, observed: evidence }, at });
      const change: ObservedTaskChange = { task: done, action: 'done', actor: SYSTEM_ACTOR, at, note };
      await deps.onTaskChange?.(tx, change);
      return true;
    });
  }

  async function closeResolved(endpoint: string, record: EndpointRecord): Promise<number[]> {
    const key = normaliseResource(endpoint);
    const open = await deps.store.tasks.list({ states: OPEN_STATES });
    const candidates = open.filter(
      (t) => (t.kind === 'certificate' || t.kind === 'security') && t.resources.some((r) => normaliseResource(r) === key) && resolvedBy(t, record),
    );
    const probed = new Set(deps.endpoints());
    const closed: number[] = [];
    for (const task of candidates) {
      const endpoints = await probedEndpoints(task.id);
      // A task the probe did not raise (a provider notice naming host:port) is for people to close.
      if (!endpoints.includes(endpoint)) continue;
      if (!(await resolvedEverywhere(task, endpoints, probed))) {
        deps.log.info({ endpoint, taskId: task.id }, 'certificate fixed on one endpoint, others still pending');
        continue;
      }
      if (await close(task, resolutionNote(task, endpoint, record), { endpoint, record })) closed.push(task.id);
    }
    return closed;
  }

  return {
    /** `horizonMinutes`: this target's own horizon (sources.yaml `warnBefore`). */
    async observe(reading: CertificateReading, options: { horizonMinutes?: number } = {}): Promise<ObserveOutcome> {
      const now = deps.clock.now();
      const endpoint = endpointOf(reading.target);
      const record = recordOf(reading, now);
      await deps.store.cursors.set(certSourceId(endpoint), RECORD_KEY, encodeRecord(record));
      const closed = await closeResolved(endpoint, record);
      const horizonMs = options.horizonMinutes === undefined ? defaultHorizon : options.horizonMinutes * 60_000;
      const ingested: IngestResult[] = [];
      for (const notice of certificateNotices(reading, { now, horizonMs })) ingested.push(await deps.sink.ingest(notice));
      if (closed.length > 0 || ingested.some((r) => r.outcome !== 'duplicate')) {
        deps.log.info({ endpoint, closed, outcomes: ingested.map((r) => r.outcome) }, 'certificate observed');
      }
      return { endpoint, closed, ingested };
    },
  };
}

export type CertificateObserver = ReturnType<typeof makeCertificateObserver>;
