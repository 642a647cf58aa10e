import { describe, expect, it } from 'vitest';
import { CertProbeScheduler } from '../../../src/adapters/cert-probe/scheduler.ts';
import { CertificateSource, certTargets, type Probe } from '../../../src/adapters/cert-probe/source.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import type { Timers } from '../../../src/adapters/backoff.ts';
import type { CertificateObservation, CertificateReading } from '../../../src/domain/certificate.ts';

const MINUTE = 60_000;

/** Timers that only fire when the test says so. */
class StepTimers implements Timers {
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  #next = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.#next;
    this.pending.set(id, { callback, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const t of due) t.callback();
  }
}

const reading = (port: number): CertificateReading => ({
  ok: true,
  target: { host: 'example.test', port },
  notAfter: new Date('2030-01-01T00:00:00Z'),
  notBefore: new Date('2029-10-01T00:00:00Z'),
  subject: 'example.test',
  names: ['example.test'],
  issuer: 'test CA',
  issuerOrganization: null,
  fingerprint256: 'AA:BB',
  problem: null,
});

function rig(outcomes: CertificateObservation['ok'][]) {
  const observed: number[] = [];
  const probe: Probe = async (target) =>
    outcomes.shift() === false ? { ok: false, target, code: 'ECONNREFUSED', reason: 'the connection was refused' } : reading(target.port);
  const source = new CertificateSource({
    target: { host: 'example.test', port: 443, intervalMinutes: 360, horizonMinutes: 7 * 24 * 60 },
    observer: { observe: async (r, options) => void observed.push(r.target.port, options.horizonMinutes ?? -1) },
    log: silentLogger,
    probe,
  });
  const timers = new StepTimers();
  const delays: number[] = [];
  const scheduler = new CertProbeScheduler({ sources: [source], timers, random: () => 1, onScheduled: (_id, ms) => delays.push(ms) });
  return { source, scheduler, timers, delays, observed };
}

describe('certTargets', () => {
  it('merges the rules with CERT_PROBE_TARGETS, one per host:port, the rules entry first', () => {
    const targets = certTargets(
      [{ host: 'api.example.com', port: 443, team: 'platform', intervalMinutes: 60, warnBeforeMinutes: 14 * 1440 }],
      [
        { host: 'api.example.com', port: 443 },
        { host: 'db.example.com', port: 5432 },
      ],
    );
    expect(targets).toEqual([
      { host: 'api.example.com', port: 443, team: 'platform', intervalMinutes: 60, horizonMinutes: 14 * 1440 },
      { host: 'db.example.com', port: 5432, intervalMinutes: 360 },
    ]);
  });
});

describe('CertProbeScheduler', () => {
  it('probes at once, hands the reading on with the target horizon, then waits the interval', async () => {
    const { scheduler, delays, observed } = rig([true]);
    scheduler.start();
    await scheduler.idle();
    expect(observed).toEqual([443, 7 * 24 * 60]);
    expect(delays).toEqual([360 * MINUTE]);
    await scheduler.stop();
  });

  it('retries a failing endpoint after 15 minutes, doubling up to its interval, and resets after a success', async () => {
    const { scheduler, timers, delays } = rig([false, false, false, false, false, false, true]);
    scheduler.start();
    for (let i = 0; i < 6; i++) {
      await scheduler.idle();
      timers.fireAll();
    }
    await scheduler.idle();
    expect(delays).toEqual([15, 30, 60, 120, 240, 360, 360].map((m) => m * MINUTE));
    await scheduler.stop();
  });

  it('schedules nothing once stopped', async () => {
    const { scheduler, timers, delays } = rig([true, true]);
    scheduler.start();
    await scheduler.idle();
    await scheduler.stop();
    timers.fireAll();
    await scheduler.idle();
    expect(delays).toHaveLength(1);
    expect(timers.pending.size).toBe(0);
  });
});
