/** Node's TLS verification codes, in the words an operator needs to fix them. */
const TLS_WORDS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  CERT_NOT_YET_VALID: 'the TLS certificate is not valid yet (check the clocks)',
  CERT_REVOKED: 'the TLS certificate has been revoked',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain ends in a self-signed CA that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'the TLS certificate is signed by an unknown CA (or the server does not send its intermediate certificate)',
  UNABLE_TO_GET_ISSUER_CERT: 'the TLS certificate is signed by an unknown CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'the TLS certificate is signed by an unknown CA (not in the system store or NODE_EXTRA_CA_CERTS)',
  CERT_SIGNATURE_FAILURE: 'the TLS certificate signature is invalid',
  CERT_UNTRUSTED: 'the TLS certificate is not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the TLS handshake failed (is the port plain text? check the TLS setting)',
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: 'the server only speaks a TLS version Node refuses',
};

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the server reset the connection',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS is unreachable)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the server closed the connection',
  CONNECT_TIMEOUT: 'the connection timed out',
  GREETING_TIMEOUT: 'the server did not greet in time',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'the server did not answer in time',
  UND_ERR_SOCKET: 'the server closed the connection',
  NoConnection: 'the IMAP connection is not open',
  EConnectionClosed: 'the IMAP connection was closed',
};

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  host?: unknown;
  hostname?: unknown;
  authenticationFailed?: unknown;
  responseText?: unknown;
}

function chain(err: unknown): ErrorLike[] {
  const links: ErrorLike[] = [];
  let current: unknown = err;
  while (current && typeof current === 'object' && links.length < 8) {
    links.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return links;
}

/**
 * One line that says what failed, for logs and admin alerts: TLS problems by name (expired, unknown
 * CA, self-signed, wrong host), network problems in words, the original code in brackets.
 */
export function describeSourceError(err: unknown): string {
  const links = chain(err);
  for (const link of links) {
    if (link.authenticationFailed === true) {
      const said = typeof link.responseText === 'string' && link.responseText ? `: ${link.responseText}` : '';
      return `the login was refused (check the user and password)${said}`;
    }
  }
  for (const table of [TLS_WORDS, NETWORK_WORDS]) {
    for (const link of links) {
      const code = typeof link.code === 'string' ? link.code : undefined;
      const words = code ? table[code] : undefined;
      if (!code || !words) continue;
      const host = typeof link.host === 'string' ? link.host : typeof link.hostname === 'string' ? link.hostname : '';
      return `${words}${host ? ` (${host})` : ''} [${code}]`;
    }
  }
  if (links.length === 0) return String(err);
  const serverSaid = links.find((l) => typeof l.responseText === 'string' && l.responseText !== '')?.responseText;
  if (typeof serverSaid === 'string') return `the server refused: ${serverSaid}`;
  const deepest = links.findLast((l) => typeof l.message === 'string' && l.message !== '');
  const top = links[0]?.message;
  const bottom = deepest?.message;
  if (typeof top === 'string' && typeof bottom === 'string' && bottom !== top) return `${top}: ${bottom}`;
  return typeof top === 'string' && top !== '' ? top : String(err);
}
