import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { MemoryAdminAlerts, MemorySourceHealthStore } from '../../src/adapters/memory/source-state.ts';
import { SourceHealth } from '../../src/app/source-health.ts';

const MINUTE = 60_000;

function build(overrides: { failAlerts?: boolean } = {}) {
  const clock = new ManualClock('2024-08-20T12:00:00Z');
  const store = new MemorySourceHealthStore();
  const alerts: string[] = [];
  const health = new SourceHealth({
    store,
    clock,
    log: silentLogger,
    alerts: {
      alert: async (text) => {
        if (overrides.failAlerts) throw new Error('slack is down');
        alerts.push(text);
      },
    },
  });
  return { clock, store, alerts, health };
}

const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

describe('SourceHealth', () => {
  it('records the last success and the last error in plain words', async () => {
    const { health, store, clock } = build();
    await health.succeeded('feed:aws');
    clock.advance(MINUTE);
    await health.failed('feed:aws', refused);

    expect(await store.get('feed:aws')).toEqual({
      source: 'feed:aws',
      lastSuccessAt: new Date('2024-08-20T12:00:00Z'),
      lastErrorAt: new Date('2024-08-20T12:01:00Z'),
      lastError: 'the connection was refused [ECONNREFUSED]',
      consecutiveFailures: 1,
      failingSince: new Date('2024-08-20T12:01:00Z'),
      alerted: false,
    });
  });

  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [10, 1],
  ])('after %i failures in a row, minutes apart, has sent %i alert(s)', async (failures, expected) => {
    const { health, alerts, clock } = build();
    for (let i = 0; i < failures; i += 1) {
      await health.failed('imap:ops', refused);
      clock.advance(MINUTE);
    }
    expect(alerts).toHaveLength(expected);
  });

  it.each([
    [59 * MINUTE + 59_999, 0],
    [60 * MINUTE, 1],
  ])('after failing for %i ms (two attempts), has sent %i alert(s)', async (elapsed, expected) => {
    const { health, alerts, clock } = build();
    await health.failed('feed:gcp', refused);
    clock.advance(elapsed);
    await health.failed('feed:gcp', refused);
    expect(alerts).toHaveLength(expected);
  });

  it('says what failed and since when, then announces the recovery once', async () => {
    const { health, alerts, clock } = build();
    for (let i = 0; i < 4; i += 1) await health.failed('imap:ops', refused);
    clock.advance(5 * MINUTE);
    await health.succeeded('imap:ops');
    await health.succeeded('imap:ops');

    expect(alerts).toEqual([
      'Source imap:ops is failing: the connection was refused [ECONNREFUSED]. 3 failed attempt(s) since 2024-08-20T12:00:00.000Z; it has never succeeded.',
      'Source imap:ops has recovered after 4 failed attempt(s) since 2024-08-20T12:00:00.000Z.',
    ]);
  });

  it('tries the alert again on the next failure when posting it failed', async () => {
    const { health, store } = build({ failAlerts: true });
    for (let i = 0; i < 3; i += 1) await health.failed('feed:do', refused);

    expect((await store.get('feed:do'))?.alerted).toBe(false);
  });

  it('posts through the in-memory admin alerts twin', async () => {
    const alerts = new MemoryAdminAlerts();
    const health = new SourceHealth({ store: new MemorySourceHealthStore(), clock: new ManualClock('2024-08-20T12:00:00Z'), alerts, log: silentLogger });
    for (let i = 0; i < 3; i += 1) await health.failed('aws-health', new Error('database is locked'));

    expect(alerts.sent).toEqual([
      'Source aws-health is failing: database is locked. 3 failed attempt(s) since 2024-08-20T12:00:00.000Z; it has never succeeded.',
    ]);
  });

  it('does not alert again after a restart while the same failure goes on', async () => {
    const first = build();
    for (let i = 0; i < 3; i += 1) await first.health.failed('feed:fly', refused);
    const restarted = new SourceHealth({
      store: first.store,
      clock: first.clock,
      log: silentLogger,
      alerts: { alert: async (text) => void first.alerts.push(text) },
    });
    await restarted.failed('feed:fly', refused);

    expect(first.alerts).toHaveLength(1);
  });
});
