import { isIP } from 'node:net';
import { checkServerIdentity, connect, rootCertificates, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { CertificateObservation, ProbeTarget } from '../../domain/certificate.ts';

export type { CertificateObservation, ProbeTarget } from '../../domain/certificate.ts';

const REASONS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the chain ends in a self-signed certificate the CA store does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the issuer is not in the CA store (unknown CA or missing intermediate)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer is not in the CA store (unknown CA or missing intermediate)',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuer certificate could not be found',
  CERT_REVOKED: 'the certificate was revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate does not name this host',
  ECONNREFUSED: 'the connection was refused',
  ETIMEDOUT: 'the connection timed out',
  ENOTFOUND: 'the host name does not resolve',
};

export function reasonFor(code: string, fallback = 'TLS handshake failed'): string {
  return REASONS[code] ?? `${fallback} (${code})`;
}

function names(cert: PeerCertificate): string[] {
  const alt = (cert.subjectaltname ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('DNS:'))
    .map((s) => s.slice(4).toLowerCase());
  const cn = typeof cert.subject?.CN === 'string' ? [cert.subject.CN.toLowerCase()] : [];
  return [...new Set([...alt, ...cn])];
}

/**
 * Completes a handshake without rejecting, then judges the chain (against the system CA store plus
 * NODE_EXTRA_CA_CERTS, as Node does by default) and the host name, so an untrusted or mismatched
 * certificate is still read and reported rather than just failing.
 */
export function probeCertificate(
  target: ProbeTarget,
  opts: { timeoutMs?: number; ca?: string[] } = {},
): Promise<CertificateObservation> {
  const servername = target.servername ?? target.host;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (o: CertificateObservation, socket?: TLSSocket) => {
      if (settled) return;
      settled = true;
      socket?.destroy();
      resolve(o);
    };
    const socket = connect({
      host: target.host,
      port: target.port,
      // SNI carries host names only (RFC 6066); an address is still checked against the certificate below.
      ...(isIP(servername) ? {} : { servername }),
      rejectUnauthorized: false,
      ...(opts.ca ? { ca: [...rootCertificates, ...opts.ca] } : {}),
    });
    socket.setTimeout(opts.timeoutMs ?? 10_000, () => finish({ ok: false, target, code: 'ETIMEDOUT', reason: reasonFor('ETIMEDOUT') }, socket));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? 'ERROR';
      finish({ ok: false, target, code, reason: reasonFor(code, err.message) }, socket);
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      if (!cert || !cert.valid_to) {
        finish({ ok: false, target, code: 'NO_CERTIFICATE', reason: 'the server sent no certificate' }, socket);
        return;
      }
      const chainError = socket.authorized ? null : String(socket.authorizationError ?? 'UNKNOWN');
      const nameError = checkName(servername, cert);
      const code = chainError ?? nameError;
      finish(
        {
          ok: true,
          target,
          notAfter: new Date(cert.valid_to),
          notBefore: new Date(cert.valid_from),
          subject: typeof cert.subject?.CN === 'string' ? cert.subject.CN : '',
          names: names(cert),
          issuer: typeof cert.issuer?.CN === 'string' ? cert.issuer.CN : typeof cert.issuer?.O === 'string' ? cert.issuer.O : '',
          issuerOrganization: typeof cert.issuer?.O === 'string' ? cert.issuer.O : null,
          fingerprint256: cert.fingerprint256,
          problem: code ? { code, reason: reasonFor(code) } : null,
        },
        socket,
      );
    });
  });
}

function checkName(servername: string, cert: PeerCertificate): string | null {
  // Node's own host check, run by hand because the handshake above does not reject.
  return checkServerIdentity(servername, cert) ? 'ERR_TLS_CERT_ALTNAME_INVALID' : null;
}
