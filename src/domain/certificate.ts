// A TLS endpoint's certificate as observed, and the notices an observation becomes. The obligation
// is "the certificate at host:port expires at T": one task per endpoint and expiry, whatever the
// fingerprint, so a re-issued certificate with the same expiry changes nothing and a renewal is
// recognised by a later expiry.
import type { Notice } from './notice.ts';
import type { Task } from './task.ts';

export interface ProbeTarget {
  host: string;
  port: number;
  /** SNI name and the name the certificate must carry; the host unless set. */
  servername?: string;
}

/** What one TLS handshake showed about an endpoint's certificate. */
export type CertificateObservation =
  | {
      ok: true;
      target: ProbeTarget;
      notAfter: Date;
      notBefore: Date;
      subject: string;
      names: string[];
      /** The issuer's common name, else its organisation. */
      issuer: string;
      /** The issuer's organisation (`Let's Encrypt`), when the certificate names one. */
      issuerOrganization: string | null;
      fingerprint256: string;
      /** Null when the chain and name check out; otherwise Node's code (CERT_HAS_EXPIRED…) and plain words. */
      problem: { code: string; reason: string } | null;
    }
  | { ok: false; target: ProbeTarget; code: string; reason: string };

export type CertificateReading = Extract<CertificateObservation, { ok: true }>;

/** Resources a certificate notice names beyond its endpoints; certificates for CDNs carry hundreds. */
const MAX_NAMES = 100;

/** `host:port`: the source target, the task's resource and the key of everything kept per endpoint. */
export const endpointOf = (target: ProbeTarget): string => `${target.host}:${target.port}`;

/** Expiry is a deadline, not a fault; anything else that fails verification is a security problem. */
export const isSecurityProblem = (code: string): boolean => code !== 'CERT_HAS_EXPIRED';

const instant = (at: Date): string => at.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');

function where(target: ProbeTarget): string {
  const sni = target.servername && target.servername !== target.host ? ` (SNI name ${target.servername})` : '';
  return `${endpointOf(target)}${sni}`;
}

function resources(o: CertificateReading): string[] {
  const { target } = o;
  const endpoints = [endpointOf(target)];
  if (target.servername && target.servername !== target.host) endpoints.push(`${target.servername}:${target.port}`);
  const names = o.names.filter((n) => n !== '').slice(0, MAX_NAMES);
  return [...new Set([...endpoints, ...names])];
}

function facts(o: CertificateReading): string[] {
  const issuer = o.issuerOrganization && o.issuerOrganization !== o.issuer ? `${o.issuer} (${o.issuerOrganization})` : o.issuer;
  return [
    `Names: ${o.names.join(', ') || 'none'}`,
    `Issuer: ${issuer || 'unknown'}`,
    // Without colons: date grammars read `01:23:45` inside a fingerprint as a time of day.
    `SHA-256 fingerprint: ${o.fingerprint256.replaceAll(':', '').toLowerCase()}`,
  ];
}

/** The certificate authority when the certificate names one, so its own notices merge by resource. */
const providerOf = (o: CertificateReading): string => o.issuerOrganization?.trim() || 'TLS endpoint';

const base = (o: CertificateReading, now: Date): Pick<Notice, 'source' | 'from' | 'fromName' | 'receivedAt'> => ({
  source: { kind: 'cert-probe', target: endpointOf(o.target) },
  from: `cert-probe://${endpointOf(o.target)}`,
  fromName: 'noticeboard certificate probe',
  receivedAt: now,
});

/**
 * "The certificate at host:port expires at T". The text holds nothing that changes from one probe
 * to the next (no "in 5 days", no probe time), so probing again is recognised as the same notice.
 */
export function expiryNotice(o: CertificateReading, now: Date): Notice {
  const endpoint = endpointOf(o.target);
  const when = instant(o.notAfter);
  const expired = o.notAfter.getTime() <= now.getTime();
  const verb = expired ? 'expired on' : 'expires on';
  const text = [
    `The TLS certificate served at ${where(o.target)} ${verb} ${when}.`,
    expired
      ? 'Clients that verify certificates refuse this endpoint now. Deploy a renewed certificate.'
      : 'Renew it and deploy the new certificate before then, or clients that verify certificates will refuse the connection.',
    '',
    ...facts(o),
  ].join('\n');
  return {
    ...base(o, now),
    subject: `TLS certificate for ${endpoint} ${verb} ${when}`,
    text,
    rawSize: Buffer.byteLength(text),
    eventId: `cert-expiry:${endpoint}:${o.notAfter.toISOString()}`,
    hints: {
      provider: providerOf(o),
      service: 'certificate',
      kind: 'certificate',
      resources: resources(o),
      deadline: { at: o.notAfter, precision: 'second', text: `${verb} ${when}` },
    },
  };
}

/**
 * An untrusted chain or a certificate for another name: clients fail now, so the deadline is now
 * (or the expiry, when that comes first). The text avoids the word for expiry on purpose: rules
 * that read it would take this for an expiry notice.
 */
export function problemNotice(o: CertificateReading, now: Date): Notice | null {
  if (!o.problem || !isSecurityProblem(o.problem.code)) return null;
  const endpoint = endpointOf(o.target);
  const text = [
    `The TLS certificate served at ${where(o.target)} fails verification: ${o.problem.reason} (${o.problem.code}).`,
    'Clients that verify certificates refuse this endpoint until a certificate they trust, naming this host, is deployed.',
    '',
    ...facts(o),
    `Valid until: ${instant(o.notAfter)}`,
  ].join('\n');
  const at = o.notAfter.getTime() < now.getTime() ? o.notAfter : now;
  return {
    ...base(o, now),
    subject: `TLS certificate at ${endpoint} fails verification: ${o.problem.reason}`,
    text,
    rawSize: Buffer.byteLength(text),
    eventId: `cert-problem:${endpoint}:${o.problem.code}:${o.fingerprint256}`,
    hints: {
      provider: providerOf(o),
      service: 'certificate',
      kind: 'security',
      resources: resources(o),
      deadline: { at, precision: 'second', text: `found failing verification at ${instant(now)}` },
    },
  };
}

/** The notices one observation gives: a security problem at once, an expiry once it is within `horizonMs`. */
export function certificateNotices(o: CertificateReading, opts: { now: Date; horizonMs: number }): Notice[] {
  const notices: Notice[] = [];
  const problem = problemNotice(o, opts.now);
  if (problem) notices.push(problem);
  if (o.notAfter.getTime() - opts.now.getTime() <= opts.horizonMs) notices.push(expiryNotice(o, opts.now));
  return notices;
}

/** The last observation of an endpoint, kept so a task naming several endpoints closes only when all are fixed. */
export interface EndpointRecord {
  notAfter: Date;
  fingerprint: string;
  /** The verification problem's code, or null. */
  problem: string | null;
  observedAt: Date;
}

export const recordOf = (o: CertificateReading, now: Date): EndpointRecord => ({
  notAfter: o.notAfter,
  fingerprint: o.fingerprint256,
  problem: o.problem?.code ?? null,
  observedAt: now,
});

/**
 * Whether the endpoint now serves what the task asked for: a certificate that outlives the
 * task's deadline (an expiry task), or one that verifies (a security task).
 */
export function resolvedBy(task: Pick<Task, 'kind' | 'deadline'>, record: EndpointRecord): boolean {
  if (task.kind === 'security') return record.problem === null || !isSecurityProblem(record.problem);
  if (task.kind !== 'certificate' || !task.deadline) return false;
  return record.notAfter.getTime() > task.deadline.at.getTime();
}

/** What the task's thread is told when the probe closes it. */
export function resolutionNote(task: Pick<Task, 'kind'>, endpoint: string, record: EndpointRecord): string {
  const expiry = instant(record.notAfter);
  if (task.kind === 'security') {
    return `The certificate at ${endpoint} now passes verification (trusted chain, names the host); it expires on ${expiry}.`;
  }
  const fingerprint = record.fingerprint.replaceAll(':', '').toLowerCase().slice(0, 16);
  return `The certificate at ${endpoint} was renewed: it now expires on ${expiry} (SHA-256 ${fingerprint}…).`;
}

export function encodeRecord(record: EndpointRecord): string {
  return JSON.stringify({ ...record, notAfter: record.notAfter.toISOString(), observedAt: record.observedAt.toISOString() });
}

export function decodeRecord(text: string | null): EndpointRecord | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as { notAfter?: unknown; fingerprint?: unknown; problem?: unknown; observedAt?: unknown };
    if (typeof raw.notAfter !== 'string' || typeof raw.fingerprint !== 'string' || typeof raw.observedAt !== 'string') return null;
    const notAfter = new Date(raw.notAfter);
    const observedAt = new Date(raw.observedAt);
    if (Number.isNaN(notAfter.getTime()) || Number.isNaN(observedAt.getTime())) return null;
    return { notAfter, fingerprint: raw.fingerprint, problem: typeof raw.problem === 'string' ? raw.problem : null, observedAt };
  } catch {
    return null;
  }
}
