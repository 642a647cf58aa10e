import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { storeCollectors } from '../../../src/adapters/http/collectors.ts';
import { Metrics } from '../../../src/adapters/http/metrics.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { openMemoryStore, openStore } from '../../../src/adapters/store/index.ts';
import { openPostgresStore } from '../../../src/adapters/store/postgres.ts';
import type { Store } from '../../../src/app/ports.ts';
import { aNewTask } from '../../builders/task.ts';
import { postgresMissing, startPostgres, type PostgresServer } from '../../support/postgres.ts';

const dir = mkdtempSync(join(tmpdir(), 'nb-collectors-'));
let postgres: PostgresServer | null = null;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await postgres?.stop();
});
if (postgresMissing) console.warn(`collectors on postgres skipped: ${postgresMissing}`);

async function openPostgres(): Promise<Store> {
  postgres ??= await startPostgres();
  return openPostgresStore(await postgres.createDatabase());
}

describe.each([
  ['memory', async (): Promise<Store> => openMemoryStore()],
  ['sqlite', (): Promise<Store> => openStore(`file:${join(dir, 'collectors.db')}`, { log: silentLogger })],
  ['postgres', openPostgres],
])('store collectors on %s', (engine, open) => {
  it.skipIf(engine === 'postgres' && postgresMissing !== null)('reports tasks by state, outbox depth, the oldest pending age and failed rows', async () => {
    const store = await open();
    const clock = new ManualClock(new Date('2025-01-01T10:00:00Z'));
    const row = (channel: string) => ({ method: 'chat.postMessage' as const, channel, args: { text: 'x' } });
    await store.transaction((tx) => tx.outbox.enqueue([row('C1')], new Date('2025-01-01T09:58:00Z')));
    const [, failedId] = await store.transaction((tx) => tx.outbox.enqueue([row('C2'), row('C3')], new Date('2025-01-01T09:59:00Z')));
    await store.outbox.markFailed(failedId ?? 0, 'channel_not_found', null);
    await store.tasks.insert(aNewTask({ fingerprint: 'fp-open-1', state: 'open' }));
    await store.tasks.insert(aNewTask({ fingerprint: 'fp-open-2', state: 'open' }));
    await store.tasks.insert(aNewTask({ fingerprint: 'fp-done', state: 'done' }));
    const metrics = new Metrics();
    storeCollectors(metrics, store, clock);
    const page = await metrics.render();
    expect(page).toContain('noticeboard_outbox_pending 2\n');
    expect(page).toContain('noticeboard_outbox_failed 1\n');
    expect(page).toContain('noticeboard_outbox_oldest_pending_seconds 120\n');
    expect(page).toContain('noticeboard_tasks{state="open"} 2\n');
    expect(page).toContain('noticeboard_tasks{state="done"} 1\n');
    expect(page).toContain('noticeboard_tasks{state="approved"} 0\n');
    await store.close();
  });
});
