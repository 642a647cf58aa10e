// The gauges read from the database at each scrape, and the Slack answers counted as they come.
import type { Clock, Store } from '../../app/ports.ts';
import { TASK_STATES } from '../../domain/task.ts';
import type { Metrics } from './metrics.ts';

/** Tasks by state, the outbox's depth and age, and each source's run of failures. */
export function storeCollectors(metrics: Metrics, store: Store, clock: Clock): void {
  metrics.collect(async () => {
    const counts = await store.tasks.countByState();
    for (const state of TASK_STATES) metrics.set('noticeboard_tasks', 'Tasks by state', counts[state] ?? 0, { state });
  });
  metrics.collect(async () => {
    const stats = await store.outbox.stats();
    const age = stats.oldestPendingAt ? Math.max(0, (clock.now().getTime() - stats.oldestPendingAt.getTime()) / 1000) : 0;
    metrics.set('noticeboard_outbox_pending', 'Slack messages queued and not yet sent', stats.pending);
    metrics.set('noticeboard_outbox_failed', 'Slack messages given up on', stats.failed);
    metrics.set('noticeboard_outbox_oldest_pending_seconds', 'Age of the oldest queued Slack message (0 when none)', age);
  });
  metrics.collect(async () => {
    for (const h of await store.sourceHealth.list()) {
      const labels = { source: h.source };
      metrics.set('noticeboard_source_consecutive_failures', 'Failed attempts in a row, by source', h.consecutiveFailures, labels);
      metrics.set('noticeboard_source_failing', 'Whether the source is in a run of failures', h.failingSince ? 1 : 0, labels);
    }
  });
}

export interface SlackOutcome {
  method: string;
  kind: 'ok' | 'rate-limited' | 'http-error' | 'platform-error' | 'network-error';
  error: string | null;
}

/** Counts Slack's 429s and errors by method; hand it to the Slack client as its outcome hook. */
export function slackOutcomeCounter(metrics: Metrics): (outcome: SlackOutcome) => void {
  return ({ method, kind, error }) => {
    metrics.inc('noticeboard_slack_requests_total', 'Slack Web API requests, by method and outcome', { method, outcome: kind });
    if (kind === 'rate-limited') metrics.inc('noticeboard_slack_rate_limited_total', 'Slack answers of 429, by method', { method });
    else if (kind !== 'ok') metrics.inc('noticeboard_slack_errors_total', 'Slack calls that failed, by method and error', { method, error: error ?? kind });
  };
}
