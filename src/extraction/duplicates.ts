/**
 * Each resource once: an account id is not a resource too, and a name found inside another that
 * names the same thing (`actions/checkout` beside `actions/checkout@v3`) gives way to it.
 */

/** An account id as compared: `1234-5678-9012` is `123456789012`. */
export const bare = (s: string): string => s.replace(/-/g, '').toLowerCase();

/** Whether `s` holds at most `max` characters besides dashes: longer, it is none of the account ids (lower case never shortens a string). */
export function fewCharacters(s: string, max: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 45 && ++count > max) return false;
  return true;
}

export function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const key = x.toLowerCase();
    if (!x || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `actions/checkout` is the same resource as `actions/checkout@v3` found beside it,
 * `ingress-nginx/api-tls` the same as the namespace and the name found on their own.
 */
export function dropContained(list: string[], seen: ReadonlySet<string>): string[] {
  const pinned = new Set(list.filter((x) => x.includes('@')).map((x) => x.slice(0, x.indexOf('@'))));
  // `crn:…::` read whole by its grammar and cut at the colons where it stood in parentheses.
  const colonEnded = list.some((x) => x.endsWith(':'));
  // `redis-12345.c261…redis-cloud.com` found as a host beside the endpoint `…redis-cloud.com:12345`.
  const ported = new Set(list.filter((x) => endsWithDigit(x) && /:\d{2,5}$/.test(x)).map((x) => x.slice(0, x.lastIndexOf(':')).toLowerCase()));
  return list.filter(
    (x) =>
      x.includes('@') ||
      (!pinned.has(x) && !bothParts(x, seen) && !(colonEnded && isCut(x, seen)) && !(ported.size > 0 && ported.has(x.toLowerCase()))),
  );
}

function bothParts(x: string, seen: ReadonlySet<string>): boolean {
  const slash = x.indexOf('/');
  return slash > 0 && seen.has(x.slice(0, slash).toLowerCase()) && /^[^/\s]+\/[^/\s]+$/.test(x) && seen.has(x.slice(slash + 1).toLowerCase());
}

function isCut(x: string, seen: ReadonlySet<string>): boolean {
  return seen.has(`${x}:`.toLowerCase()) || seen.has(`${x}::`.toLowerCase());
}

const endsWithDigit = (x: string): boolean => {
  const last = x.charCodeAt(x.length - 1);
  return last >= 48 && last <= 57;
};

/** `GET /api/v1/deals`: a method, then a path with whatever host or base stands before it. */
const CALL = /^([A-Z]{3,7}) (\S+)$/;
const CALL_HOST = /^[A-Z]{3,7} ([^/\s.]+(?:\.[^/\s.]+)+)\//;

/**
 * `GET /v1/deals` listed once and again as `GET /api/v1/deals` or `GET api.acme.io/v1/deals`: one call
 * written with and without the host or base segment it is served under, kept as first written. The
 * shorter path holds two segments at least, so `GET /users` is never taken for `GET /admin/users`. The
 * host found alone beside `POST api.acme.io/v2/items` is that call's, not another resource.
 */
export function dropRebased(list: string[]): string[] {
  const calls = new Set<string>();
  const tails = new Set<string>();
  const hosts = new Set(list.map((x) => CALL_HOST.exec(x)?.[1]?.toLowerCase()).filter(Boolean));
  return list.filter((x) => {
    const m = CALL.exec(x);
    if (!m?.[1] || !m[2]) return hosts.size === 0 || !hosts.has(x.toLowerCase());
    const [method, path] = [m[1], m[2].toLowerCase()];
    const shorter = baseDropped(path);
    if (tails.has(`${method} ${path}`) || (shorter && calls.has(`${method} ${shorter}`))) return false;
    calls.add(`${method} ${path}`);
    if (shorter) tails.add(`${method} ${shorter}`);
    return true;
  });
}

/** `/api/v1/deals` → `/v1/deals`, `api.acme.io/v1/deals` → `/v1/deals`; null where what is left would be one segment. */
function baseDropped(path: string): string | null {
  const from = path.startsWith('/') ? path.indexOf('/', 1) : path.indexOf('/');
  if (from < 0) return null;
  const rest = path.slice(from);
  return rest.indexOf('/', 1) > 1 ? rest : null;
}
