/**
 * What names look like. A resource name must look made-up (a digit, a separator, a case mix, or
 * quotes around it): plain words, versions and instance classes are not resources. A domain in prose
 * is a resource only where the notice is about names (a certificate notice, or right after
 * `domain`/`hostname`/`zone`); the provider's own domains never are.
 */

/** A name token: starts and ends with a letter or digit, may hold `. _ : / @ -` inside. */
export const IDENT = String.raw`[A-Za-z0-9*](?:[A-Za-z0-9._:/@*-]{0,126}[A-Za-z0-9])?`;

const VERSION = /^v?\d+(?:\.\d+){0,3}(?:\.x)?[a-z]?$/i;
const INSTANCE_CLASS = /^(?:db|cache|search)\.[a-z0-9]+\.[a-z0-9]+$|^[a-z]\d[a-z0-9-]*\.(?:nano|micro|small|medium|\d*x?large|metal)$/i;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$|^\d{1,2}:\d{2}/;
const ACRONYMS = new Set(
  'API APIS URL DNS SSL TLS CLI SDK UTC GMT AWS GCP EC2 S3 RDS EKS ECS IAM VPC CPU RAM SSH HTTP HTTPS JSON YAML XML UI IP IPV4 IPV6 ID IDS ARN FAQ PSA TLDR EOL CA CNAME DB SQL NOTE AND THE FOR'.split(' '),
);
const PRODUCT_VERSION = /^(?:TLS|SSL|HTTP|IPv|Node|Python|PHP|Ruby|Java|Go|Kubernetes|PostgreSQL|MySQL|Redis|v)[-. ]?\d/i;

/** A token that could be a name the reader gave to something (not a word, a version or a class). */
export function looksLikeName(token: string): boolean {
  if (token.length < 2 || token.length > 128 || ACRONYMS.has(token.toUpperCase())) return false;
  if (VERSION.test(token) || INSTANCE_CLASS.test(token) || DATE_LIKE.test(token) || PRODUCT_VERSION.test(token)) return false;
  if (/^\d+$/.test(token)) return false;
  if (/[-_\d/.:@]/.test(token)) return /[A-Za-z]/.test(token) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(token);
  // All capitals (Heroku add-on names, environment-variable-like token names) or camel/mixed case.
  return /^[A-Z][A-Z0-9]{2,}$/.test(token) || /^[a-z]+[A-Z]/.test(token);
}

/** Trailing punctuation is sentence punctuation, not part of a name. */
export function trimName(token: string): string {
  return token.replace(/^[`'"“‘(<[]+/, '').replace(/[`'"”’)>\],.;:!?]+$/, '');
}

// Top-level domains that do not double as file extensions (`.js`, `.sh`, `.py`, `.md`, `.rs`, `.pl`).
const TLDS =
  'com|net|org|io|dev|app|edu|gov|mil|int|info|biz|co|cloud|tech|ai|me|tv|xyz|site|online|store|shop|page|blog|news|live|pro|name|eu|us|uk|de|fr|nl|be|ch|at|se|no|dk|fi|cz|sk|hu|ro|bg|gr|pt|es|it|ie|is|ee|lv|lt|si|hr|ba|ua|ru|kz|tr|il|ae|sa|in|pk|cn|hk|tw|jp|kr|sg|my|th|vn|id|ph|au|nz|ca|mx|br|ar|cl|pe|za|ng|ke|eg|ma|lu|li|gg|ly|fm|to|cc|ws|la|ms';
const DOMAIN = new RegExp(String.raw`(?<![\w.@/-])(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:${TLDS})(?![\w-]|\.[a-z0-9])`, 'gi');
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]|\.\d)/g;
const NAMED_HOST =
  /\b(?:domains?|hostnames?|host\s+names?|zones?|sites?|websites?|common\s+name|CN|SANs?|subject\s+alternative\s+names?|endpoints?|(?:requests?|calls?|traffic|connections?)\s+(?:to|for))(?:\s*\(s\))?\s*[:=]?\s*(?:["'`]\s*)?$/i;
/**
 * Hosts a provider gives its customers under its own domain: a name under one of these is the
 * reader's app, bucket or database, even where the provider's own domains are not resources.
 */
const CUSTOMER_HOSTED =
  /\.(?:digitaloceanspaces\.com|ondigitalocean\.app|herokuapp\.com|herokudns\.com|azurewebsites\.net|cloudapp\.azure\.com|core\.windows\.net|database\.windows\.net|vault\.azure\.net|azurecr\.io|azureedge\.net|azurefd\.net|trafficmanager\.net|cloudfront\.net|s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com|rds\.amazonaws\.com|cache\.amazonaws\.com|es\.amazonaws\.com|elb\.amazonaws\.com|elasticbeanstalk\.com|appspot\.com|run\.app|web\.app|firebaseapp\.com|vercel\.app|netlify\.app|pages\.dev|workers\.dev|fly\.dev|onrender\.com|github\.io|mongodb\.net|supabase\.co|cloudflareaccess\.com)$/i;

const PROVIDER_DOMAINS =
  /(?:^|\.)(?:amazon\.com|amazonaws\.com|aws\.com|google\.com|googleapis\.com|gstatic\.com|github\.com|github\.blog|githubusercontent\.com|heroku\.com|cloudflare\.com|digitalocean\.com|linode\.com|akamai\.com|fly\.io|letsencrypt\.org|microsoft\.com|azure\.com|mongodb\.com|statuspage\.io|atlassian\.com|mandrillapp\.com|sendgrid\.net)$/i;

/** Domains in `prose`: every one where `everywhere`, else those named as domains/hosts/zones. */
export function findDomains(prose: string, everywhere: boolean, senderDomain: string | null): string[] {
  const out: string[] = [];
  for (const m of prose.matchAll(DOMAIN)) {
    const name = m[0].toLowerCase();
    if (CUSTOMER_HOSTED.test(name)) {
      out.push(m[0]);
      continue;
    }
    if (PROVIDER_DOMAINS.test(name)) continue;
    if (senderDomain && (name === senderDomain || name.endsWith(`.${senderDomain}`))) continue;
    if (!everywhere && !NAMED_HOST.test(prose.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push(m[0]);
  }
  return out;
}

/** IPv4 addresses outside links; a dotted quad is never a version number in a notice. */
export function findAddresses(prose: string): string[] {
  return [...prose.matchAll(IPV4)].map((m) => m[0]).filter((ip) => ip !== '0.0.0.0' && !/^(?:127|255)\./.test(ip));
}

/** `no-reply@mail.example.com` → `example.com`: the part of the sender's domain its owner registered. */
export function registeredDomain(address: string): string | null {
  const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '');
  const parts = host.split('.').filter(Boolean);
  if (parts.length < 2) return null;
  const twoLevel = parts.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 2] ?? '');
  return parts.slice(twoLevel ? -3 : -2).join('.');
}
