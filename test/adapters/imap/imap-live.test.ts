import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { MemorySourceHealthStore } from '../../../src/adapters/memory/source-state.ts';
import type { IngestResult, NoticeSink } from '../../../src/app/ports.ts';
import { SourceHealth } from '../../../src/app/source-health.ts';
import type { Notice } from '../../../src/domain/notice.ts';
import { dovecotMissing, startDovecot, type Dovecot } from '../../support/dovecot.ts';
import { IdempotentSink } from '../../support/idempotent-sink.ts';
import { buildMessage } from '../../support/tiny-email.ts';
import { adminClient, buildSource, unmarked, type Harness } from './harness.ts';

if (dovecotMissing) console.warn(`IMAP tests skipped: ${dovecotMissing}`);

describe.skipIf(dovecotMissing !== null)('IMAP source against Dovecot, connected', () => {
  let dovecot: Dovecot;
  let admin: ImapFlow;

  beforeAll(async () => {
    dovecot = await startDovecot();
    admin = await adminClient(dovecot);
  });

  afterAll(async () => {
    await admin?.logout().catch(() => undefined);
    await dovecot?.destroy();
  });

  it('turns a message appended during IDLE into a notice, then flags it', async () => {
    await admin.mailboxCreate('Idle');
    const { source, sink, states } = buildSource(dovecot, { mailbox: 'Idle' });
    const idling = states.next('idle');
    source.start();
    await idling;

    const flaggedAfter = states.next('idle');
    await admin.append('Idle', buildMessage({ id: 'idle-1@provider.example', subject: 'RDS CA rotation' }));
    await sink.committedAtLeast(1);
    await flaggedAfter;
    await source.stop();

    expect(sink.committed.map((n) => [n.messageId, n.subject])).toEqual([['<idle-1@provider.example>', 'RDS CA rotation']]);
    expect(sink.committed[0]?.source).toMatchObject({ kind: 'imap', mailbox: 'Idle', uid: 1 });
    expect(await unmarked(admin, 'Idle')).toEqual([]);
  });

  it('reconnects after Dovecot restarts mid-IDLE, records the outage, and reads the next message', async () => {
    await admin.mailboxCreate('Restart');
    const alerts: string[] = [];
    const healthStore = new MemorySourceHealthStore();
    const health = new SourceHealth({
      store: healthStore,
      clock: new ManualClock('2024-08-20T12:00:00Z'),
      alerts: { alert: async (text) => void alerts.push(text) },
      log: silentLogger,
      failuresBeforeAlert: 1,
    });
    const { source, sink, states } = buildSource(dovecot, { mailbox: 'Restart' }, { health });
    const first = states.next('idle');
    source.start();
    await first;

    const backingOff = states.next('backoff');
    await admin.logout();
    await dovecot.stop();
    await backingOff;
    const again = states.next('idle');
    await dovecot.start();
    await again;
    admin = await adminClient(dovecot);
    await admin.append('Restart', buildMessage({ id: 'after-restart@provider.example' }));
    await sink.committedAtLeast(1);
    await source.stop();

    expect(sink.committed.map((n) => n.messageId)).toEqual(['<after-restart@provider.example>']);
    const record = await healthStore.get('imap:Restart');
    expect(record).toMatchObject({ consecutiveFailures: 0, alerted: false });
    expect(record?.lastError).toMatch(/closed|refused|reset/);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatch(/recovered/);
  });

  it('re-delivers a message committed but not flagged when the process died, and commits it once', async () => {
    await admin.mailboxCreate('Crash');
    await admin.append('Crash', buildMessage({ id: 'crash-1@provider.example' }));
    const store = new IdempotentSink();
    let killed = false;
    let crashing: Harness | null = null;
    const dying: NoticeSink = {
      async ingest(notice: Notice): Promise<IngestResult> {
        const result = await store.ingest(notice);
        // Committed; the process dies before the flag is stored.
        killed = true;
        void crashing?.source.stop();
        return result;
      },
    };
    crashing = buildSource(dovecot, { mailbox: 'Crash' }, { sink: dying });
    const stopped = crashing.states.next('stopped');
    crashing.source.start();
    await stopped;
    expect(killed).toBe(true);
    expect(await unmarked(admin, 'Crash')).toEqual([1]);

    const restarted = buildSource(dovecot, { mailbox: 'Crash' }, { sink: store, cursors: crashing.cursors });
    const idle = restarted.states.next('idle');
    restarted.source.start();
    await idle;
    await restarted.source.stop();

    expect(store.calls).toBe(2);
    expect(store.committed.map((n) => n.messageId)).toEqual(['<crash-1@provider.example>']);
    expect(await unmarked(admin, 'Crash')).toEqual([]);
  });

  it('falls back to polling when IDLE is off', async () => {
    await admin.mailboxCreate('Polling');
    const { source, sink, states } = buildSource(dovecot, { mailbox: 'Polling' }, { useIdle: false, pollIntervalMs: 50 });
    const polling = states.next('polling');
    source.start();
    await polling;
    await admin.append('Polling', buildMessage({ id: 'polled@provider.example' }));
    await sink.committedAtLeast(1);
    await source.stop();

    expect(sink.committed.map((n) => n.messageId)).toEqual(['<polled@provider.example>']);
    expect(states.seen).not.toContain('idle');
  });

  it('processes a backlog of 1,000 messages and flags every one', async () => {
    await admin.mailboxCreate('Backlog');
    for (let i = 0; i < 1000; i += 1) {
      await admin.append('Backlog', buildMessage({ id: `backlog-${i}@provider.example`, subject: `Notice ${i}` }));
    }
    const { source, sink, states } = buildSource(dovecot, { mailbox: 'Backlog' });
    const idle = states.next('idle');
    source.start();
    await idle;
    await source.stop();

    expect(sink.committed).toHaveLength(1000);
    expect(sink.calls).toBe(1000);
    expect(sink.committed.map((n) => n.subject).slice(0, 2)).toEqual(['Notice 0', 'Notice 1']);
    expect(await unmarked(admin, 'Backlog')).toEqual([]);
  }, 120_000);
});
