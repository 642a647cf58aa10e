/**
 * What names look like. A resource name must look made-up (a digit, a separator, a case mix, or
 * quotes around it): plain words, versions and instance classes are not resources. Host names and
 * addresses are read in hosts.ts.
 */

/** A name token: starts and ends with a letter or digit, may hold `. _ : / @ -` inside. */
export const IDENT = String.raw`[A-Za-z0-9*](?:[A-Za-z0-9._:/@*-]{0,126}[A-Za-z0-9])?`;

const VERSION = /^v?\d+(?:\.\d+){0,3}(?:\.x)?[a-z]?$/i;
const INSTANCE_CLASS = /^(?:db|cache|search)\.[a-z0-9]+\.[a-z0-9]+$|^[a-z]\d[a-z0-9-]*\.(?:nano|micro|small|medium|\d*x?large|metal)$/i;
/** `2026-03-01`, `03/01/2026`, `14:00`, and an ISO 8601 instant (`2026-03-01T00:00:00Z`). */
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,2}:\d{2}/i;
/** None is longer than five letters. */
const ACRONYMS = new Set(
  'API APIS URL DNS SSL TLS CLI SDK UTC GMT AWS GCP EC2 S3 RDS EKS ECS IAM VPC CPU RAM SSH HTTP HTTPS JSON YAML XML UI IP IPV4 IPV6 ID IDS ARN FAQ PSA TLDR EOL CA CNAME DB SQL REST SOAP SMTP IMAP POP3 FTP SFTP GRPC MQTT LDAP SAML OIDC SCIM SSO MFA SPF DKIM DMARC CORS CSV PDF NOTE AND THE FOR USA EEA APJ ANZ ALL ANY NEW OUR GET POST PUT PATCH HEAD'.split(' '),
);
/** `API`, `DNS`, `AWS`: words written in capitals, not names. */
export const isAcronym = (token: string): boolean => token.length <= 5 && ACRONYMS.has(token.toUpperCase());

const PRODUCT_VERSION = /^(?:TLS|SSL|HTTP|IPv|Node|Python|PHP|Ruby|Java|Go|Kubernetes|PostgreSQL|MySQL|Redis|v)[-. ]?\d/i;

/** A token that could be a name the reader gave to something (not a word, a version or a class). */
export function looksLikeName(token: string): boolean {
  if (token.length < 2 || token.length > 128 || isAcronym(token)) return false;
  if (VERSION.test(token) || INSTANCE_CLASS.test(token) || DATE_LIKE.test(token) || PRODUCT_VERSION.test(token)) return false;
  if (/^\d+$/.test(token)) return false;
  if (/[-_\d/.:@]/.test(token)) return /[A-Za-z]/.test(token) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(token);
  // All capitals (Heroku add-on names, environment-variable-like token names) or camel/mixed case.
  return /^[A-Z][A-Z0-9]{2,}$/.test(token) || /^[a-z]+[A-Z]/.test(token);
}

/** `CX21`, `M30`, `nodejs18`: a word and a number, in parentheses after a name, is its plan or product. */
export const isPlanLike = (token: string): boolean => /^[A-Za-z]+\d+$/.test(token);

/** `3f9b2c7e…`, a GUID: an opaque id, whatever label it stands under. */
export const isOpaqueId = (token: string): boolean =>
  /^[0-9a-f]{16,64}$/i.test(token) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(token);

const OPENING = new Set('`\'"“‘(<[');
const CLOSING = new Set('`\'"”’)>],.;:!?');

/** Trailing punctuation is sentence punctuation, not part of a name. Read from the ends: names are trimmed by the thousand. */
export function trimName(token: string): string {
  let start = 0;
  while (start < token.length && OPENING.has(token.charAt(start))) start++;
  let end = token.length;
  while (end > start && CLOSING.has(token.charAt(end - 1))) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

/** `no-reply@mail.example.com` → `example.com`: the part of the sender's domain its owner registered. */
export function registeredDomain(address: string): string | null {
  const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '');
  const parts = host.split('.').filter(Boolean);
  if (parts.length < 2) return null;
  const twoLevel = parts.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 2] ?? '');
  return parts.slice(twoLevel ? -3 : -2).join('.');
}
