import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCursorStore, MemorySourceHealthStore } from '../../../src/adapters/memory/source-state.ts';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import type { CursorStore, SourceHealthRecord, SourceHealthStore } from '../../../src/app/ports.ts';
import { SourceHealth } from '../../../src/app/source-health.ts';
import { makeCursorStore, makeSourceHealthStore } from '../../../src/app/source-state.ts';
import { skipped, subjects } from './subjects.ts';

interface SourceSubject {
  cursors: CursorStore;
  health: SourceHealthStore;
}

const at = (iso: string) => new Date(iso);
const healthy = (source: string, over: Partial<SourceHealthRecord> = {}): SourceHealthRecord => ({
  source,
  lastSuccessAt: at('2024-08-01T09:00:00Z'),
  lastErrorAt: null,
  lastError: null,
  consecutiveFailures: 0,
  failingSince: null,
  alerted: false,
  ...over,
});

describe.each(
  subjects<SourceSubject>(
    () => ({ cursors: new MemoryCursorStore(), health: new MemorySourceHealthStore() }),
    ({ store }) => ({ cursors: makeCursorStore(store), health: makeSourceHealthStore(store) }),
  ),
)('source state ports: $name', (subject) => {
  if (skipped(subject)) return;
  let s: SourceSubject;
  beforeAll(subject.start);
  afterAll(subject.stop);
  const fresh = async () => (s = await subject.open());

  it('keeps one cursor value per source and key, the last one written', async () => {
    await fresh();
    expect(await s.cursors.get('imap:ops', 'INBOX')).toBeNull();
    await s.cursors.set('imap:ops', 'INBOX', '7:100');
    await s.cursors.set('imap:ops', 'INBOX', '7:120');
    await s.cursors.set('imap:ops', 'Notices', '3:4');
    await s.cursors.set('feed:status', 'INBOX', 'etag');
    expect(await Promise.all([s.cursors.get('imap:ops', 'INBOX'), s.cursors.get('imap:ops', 'Notices'), s.cursors.get('feed:status', 'INBOX')])).toEqual([
      '7:120',
      '3:4',
      'etag',
    ]);
  });

  it('keeps a long cursor value whole', async () => {
    await fresh();
    const delivered = JSON.stringify(Array.from({ length: 2_000 }, (_, i) => `tag:status.example.com,2024:Incident/${i}`));
    await s.cursors.set('feed:status', 'delivered', delivered);
    expect(await s.cursors.get('feed:status', 'delivered')).toBe(delivered);
  });

  it('keeps each health record whole, overwriting it, and lists them by source', async () => {
    await fresh();
    expect(await s.health.get('feed:status')).toBeNull();
    const failing = healthy('feed:status', {
      lastErrorAt: at('2024-08-01T10:00:00Z'),
      lastError: 'TLS certificate has expired',
      consecutiveFailures: 3,
      failingSince: at('2024-08-01T09:30:00Z'),
      alerted: true,
    });
    await s.health.put(failing);
    await s.health.put(healthy('aws-health'));
    expect(await s.health.get('feed:status')).toEqual(failing);
    const recovered = { ...failing, lastSuccessAt: at('2024-08-01T11:00:00Z'), consecutiveFailures: 0, failingSince: null, alerted: false };
    await s.health.put(recovered);
    expect(await s.health.list()).toEqual([healthy('aws-health'), recovered]);
  });

  it('lets the source health use case alert once, and tell the recovery, across restarts', async () => {
    await fresh();
    const clock = new ManualClock('2024-08-01T09:00:00Z');
    const alerts: string[] = [];
    const restart = () => new SourceHealth({ store: s.health, clock, log: silentLogger, alerts: { alert: async (text) => void alerts.push(text) } });
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:443');
    for (let i = 0; i < 3; i++) {
      await restart().failed('feed:status', refused);
      clock.advance(5 * 60_000);
    }
    await restart().failed('feed:status', refused);
    expect(alerts).toHaveLength(1);
    expect(await s.health.get('feed:status')).toMatchObject({ alerted: true, consecutiveFailures: 4, failingSince: at('2024-08-01T09:00:00Z') });
    await restart().succeeded('feed:status');
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toContain('recovered after 4 failed attempt(s) since 2024-08-01T09:00:00.000Z');
    expect(await s.health.get('feed:status')).toMatchObject({ alerted: false, consecutiveFailures: 0, failingSince: null });
  });
});
