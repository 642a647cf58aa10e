import type { Logger, PolledSource } from '../../app/ports.ts';
import { describeSourceError, silentReporter, type SourceReporter } from '../../app/source-health.ts';
import { endpointOf, type CertificateObservation, type CertificateReading, type ProbeTarget } from '../../domain/certificate.ts';
import type { CertProbeSource } from '../../domain/policy.ts';
import { probeCertificate } from './probe.ts';

export const DEFAULT_PROBE_INTERVAL_MINUTES = 360;

export interface CertTarget extends ProbeTarget {
  team?: string;
  intervalMinutes: number;
  /** Expiry closer than this opens a task; the observer's default when absent. */
  horizonMinutes?: number;
}

/** sources.yaml `certProbes` plus CERT_PROBE_TARGETS, one per `host:port`; the rules' entry wins (it names a team). */
export function certTargets(fromRules: readonly CertProbeSource[], fromEnv: readonly { host: string; port: number }[]): CertTarget[] {
  const targets = new Map<string, CertTarget>();
  for (const p of fromRules) {
    const target: CertTarget = { host: p.host, port: p.port, team: p.team, intervalMinutes: p.intervalMinutes };
    if (p.servername) target.servername = p.servername;
    if (p.warnBeforeMinutes !== undefined) target.horizonMinutes = p.warnBeforeMinutes;
    targets.set(endpointOf(target), target);
  }
  for (const e of fromEnv) {
    const key = endpointOf(e);
    if (!targets.has(key)) targets.set(key, { host: e.host, port: e.port, intervalMinutes: DEFAULT_PROBE_INTERVAL_MINUTES });
  }
  return [...targets.values()];
}

/** What the source hands each reading to: the certificate observer use case. */
export interface ReadingSink {
  observe(reading: CertificateReading, options: { horizonMinutes?: number }): Promise<unknown>;
}

export type Probe = (target: ProbeTarget, opts: { timeoutMs?: number; ca?: string[] }) => Promise<CertificateObservation>;

export interface CertificateSourceOptions {
  target: CertTarget;
  observer: ReadingSink;
  log: Logger;
  health?: SourceReporter;
  probe?: Probe;
  timeoutMs?: number;
  /** Extra trusted CA certificates (PEM) besides Node's store and NODE_EXTRA_CA_CERTS. */
  ca?: string[];
}

/** The handshake itself failed (refused, timed out, no TLS): the source is failing, nothing is known of the certificate. */
export class CertProbeError extends Error {
  constructor(
    readonly code: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'CertProbeError';
  }
}

/** One TLS endpoint, probed on demand: the reading goes to the observer, the outcome to source health. */
export class CertificateSource implements PolledSource {
  readonly id: string;
  readonly target: CertTarget;
  readonly #o: CertificateSourceOptions;
  readonly #health: SourceReporter;
  readonly #log: Logger;

  constructor(options: CertificateSourceOptions) {
    this.#o = options;
    this.target = options.target;
    this.id = `cert-probe:${endpointOf(options.target)}`;
    this.#health = options.health ?? silentReporter;
    this.#log = options.log.child({ source: this.id });
  }

  async pollOnce(): Promise<void> {
    try {
      const probe = this.#o.probe ?? probeCertificate;
      const observation = await probe(this.target, { timeoutMs: this.#o.timeoutMs ?? 10_000, ...(this.#o.ca ? { ca: this.#o.ca } : {}) });
      if (!observation.ok) throw new CertProbeError(observation.code, observation.reason);
      const horizon = this.target.horizonMinutes;
      await this.#o.observer.observe(observation, horizon === undefined ? {} : { horizonMinutes: horizon });
    } catch (err) {
      this.#log.warn({ err, reason: describeSourceError(err) }, 'certificate probe failed');
      await this.#health.failed(this.id, err);
      throw err;
    }
    await this.#health.succeeded(this.id);
  }
}

/** One source per target, all feeding the same observer and health reporter. */
export function certificateSources(
  targets: readonly CertTarget[],
  common: Omit<CertificateSourceOptions, 'target'>,
): CertificateSource[] {
  return targets.map((target) => new CertificateSource({ ...common, target }));
}
