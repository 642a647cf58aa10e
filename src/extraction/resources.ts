import type { NoticeKind } from '../domain/facts.ts';
import { findDomains, isCalledHost, isCalledSenderDomain, isCertifiedSenderDomain, isCustomerHost, listedHosts, restatedHosts } from './hosts.ts';
import { isPlanLike, looksLikeName, trimName } from './names.ts';
import { isRegionName, regionInHost } from './regions.ts';
import { connectionHosts, scopedPackages, wrappedArns } from './tokens.ts';
import { findAddresses } from './addresses.ts';
import { findAccounts, labelledIds, looksLikeId } from './ids.ts';
import { listedNames } from './lists.ts';
import { inlineListed } from './inline-lists.ts';
import { ownedIds } from './owned-ids.ts';
import { plainNames } from './plain-names.ts';
import { pushers, repositorySlugs } from './repos.ts';
import { bare, dropContained, dropRebased, fewCharacters, unique } from './duplicates.ts';
import { namedResources } from './named-resources.ts';
import { endpointUrls } from './endpoint-urls.ts';
import { prosePaths } from './prose-paths.ts';
import { operationNames } from './operation-names.ts';
import { underOfferingLead } from './offered-lists.ts';
import { isAlphanumeric, matchesAt, matchesOf, runsBefore } from './anchored.ts';
import { sentenceStart } from './text.ts';

export interface ResourceFacts {
  resources: string[];
  accounts: string[];
  /** Regions named by a label or a table column (`Data center: DFW`); the shapes in regions.ts find the rest. */
  regions: string[];
}

/** IBM Cloud resource names keep their trailing empty segments: `crn:v1:…:2d9f…::`. */
const CRN = /\bcrn:v1:[a-z0-9-]{1,40}:[a-z0-9-]{1,40}:[A-Za-z0-9_.-]{1,80}:[A-Za-z0-9_.-]{0,40}:[A-Za-z0-9_/.-]{0,80}:[A-Za-z0-9_.-]{0,80}:[A-Za-z0-9_.-]{0,80}:[A-Za-z0-9_./-]{0,200}/g;
/** A GUID in parentheses after the name it identifies: `project acme-ci (7c6d5e4f-…)`, `check "Checkout flow" (7c1e…)`. */
const GUID_AFTER_NAME = /(?<=[\w"'”’\x60-]\s?\()[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\))/iy;
/** Oracle Cloud ids: `ocid1.autonomousdatabase.oc1.phx.anyhqljr…`. */
const OCID = /\bocid1\.[a-z0-9]{2,40}\.[a-z0-9-]{1,20}\.[a-z0-9-]{0,30}\.[a-z0-9]{6,120}/g;
const ARN = /\barn:aws(?:-cn|-us-gov|-iso[a-z-]{0,8})?:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:\d{0,12}:[A-Za-z0-9_+=,.@\-/:*]{1,512}/g;
/** Read only where a dash and eight hex digits stand, from the start of the lower-case word before the dash. */
const EC2_ID = /\b(?:i|vol|snap|ami|eni|sg|subnet|vpc|igw|nat|rtb|eipalloc|lt|fs|fsap|tgw|vpce|pcx|elb)-(?:[0-9a-f]{17}|[0-9a-f]{8})\b/y;
const RUNTIME = /\b(?:nodejs\d{1,2}\.x|python[23]\.\d{1,2}|java\d{1,2}(?:\.al2)?|dotnet(?:core)?\d(?:\.\d)?|ruby\d\.\d|go1\.x|provided\.al2(?:023)?)\b/g;
/** What every runtime id holds: seven searches for a word cost less than one pattern of seven words tried at every offset. */
const RUNTIME_NAMES = ['nodejs', 'python', 'java', 'dotnet', 'ruby', 'go1.x', 'provided.al2'];
/** `GET /v1/deals`, and with the host it is called on: `POST api.acme.io/v2/items`. */
const ENDPOINT = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+(?:(?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24})?\/[A-Za-z0-9_\-.:{}/]{0,200}/g;
const ACTION_REF = new RegExp(String.raw`(?<![\w./-])[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}@[A-Za-z0-9._/-]{1,60}`, 'g');
const GITHUB_OWNED = /(?<![\w./-])(?:actions|github)\/[A-Za-z0-9._-]{2,100}(?![\w/@-])/g;
/** A numeric id in parentheses after a name: `web-prod-1 (ID 48213377)`. */
const PAREN_ID = /\((?:ID|Id|id)\s*[:#]?\s*(\d{5,20})\)/g;
/** `push to acmebuild/api and acmebuild/worker`: images and repositories by what is pushed or pulled. */
const PUSHED = /\b(?:push|pull)(?:es|ed|ing)?\s+(?:to|from)\s+(?=[A-Za-z0-9][\w-]{0,38}\/)/gi;
const SLUG_ITEM = /(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))?([A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100})(?![\w/@-])/y;
/** `the acme/payments-api repository`; tried at the start of the word before each slash. */
const REPO_BEFORE = /(?<![\w./@-])([A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100})\s+(?:repository|repo)\b/y;

/**
 * What is suggested instead (`for example actions/checkout@v4`, `Example: GET /v2/items?page=2`, `the
 * replacement endpoint, GET …`, `Migrate these calls to GET …`, `Migrate GET /v1/users to use GET /v2/users`, `17.0.0 or later (runtime nodejs22.x)`) is not the reader's.
 */
const SUGGESTION = String.raw`(?:for\s+example|e\.g\.|\bexamples?(?:[ \t]+[a-z]+)?(?=:)|such\s+as|replacement|instead|in\s+favou?r\s+of|(?:migrate|upgrade|switch|move)\s+(?:(?:[\w/{}:-]|\.(?=\w))+\s+){0,3}?to|(?:to\s+)?use\s+the\s+(?:new|enhanced|updated|latest|current|replacement|recommended)|or\s+(?:later|newer|higher|above))`;
const SUGGESTED = new RegExp(String.raw`${SUGGESTION}\b[^.\n]{0,25}$`, 'i');
/** `Migrate GET api.acme.io/v1/users/{userId} to use …`: far enough back to hold a call named with its host. */
const SUGGESTION_REACH = 80;
/** A text without any of the words SUGGESTED opens with suggests nothing, wherever a match lies. */
const SUGGESTION_WORDS = new RegExp(SUGGESTION, 'i');

/**
 * Whether the words just before an offset suggest what follows. Past a few matches the whole text is
 * checked once for those words, so a list of thousands of ids is not judged one lead at a time.
 */
function suggestions(prose: string): (index: number) => boolean {
  let asked = 0;
  let anywhere: boolean | undefined;
  return (index) => {
    if (++asked > 8 && !(anywhere ??= SUGGESTION_WORDS.test(prose))) return false;
    return mayEndSuggestion(prose, index) && SUGGESTED.test(prose.slice(Math.max(0, index - SUGGESTION_REACH), index));
  };
}

/** What an `owner/` before a slash is made of: letters, digits and dashes. */
const isOwnerCharacter = (code: number): boolean => code === 45 || isAlphanumeric(code);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether a suggestion could end in the 25 characters before `index` on its line: it ends in a letter
 * or `.` and nothing but `.` and line breaks may follow it. An item at the start of its line, as in a
 * list of thousands, is not read again with SUGGESTED.
 */
function mayEndSuggestion(prose: string, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 26; at--) {
    const code = prose.charCodeAt(at);
    if (code === 10) return false;
    if (code === 46 || isAsciiLetter(code)) return true;
  }
  return false;
}

/** `You can track settlements … with the Settlements API (GET /v1/settlements)`: a way to look, offered to every reader. */
const LOOK_OFFER = /\byou\s+(?:can|may|could)\s+(?:also\s+)?(?:track|view|check|see|find|monitor|follow|look\s+up|list|fetch|query|retrieve|download|export)\b/i;
const toolFor = (prose: string, index: number): boolean => LOOK_OFFER.test(prose.slice(sentenceStart(prose, index), index));

/** `analytics-nightly (j-2AXXXXXXGAPLF)`: a made-up id in parentheses right after a made-up name names it too. */
const BARE_PAREN_ID = /\s\(([A-Za-z0-9][\w-]{5,62})\)/g;
const NAME_BEFORE = /(?<![\w.:/-])[A-Za-z0-9][\w.:/-]{1,126}$/;

function idsAfterNames(prose: string): Array<{ index: number; id: string }> {
  const out: Array<{ index: number; id: string }> = [];
  for (const m of matchesOf(prose, BARE_PAREN_ID)) {
    const id = m[1] ?? '';
    // `(nodejs18)`, `(CX21)`: a word and a number is a product or a plan, not an id.
    if (!looksLikeId(id) || /^\d+$/.test(id) || isPlanLike(id) || isRegionName(id)) continue;
    const name = NAME_BEFORE.exec(prose.slice(Math.max(0, m.index - 128), m.index))?.[0];
    if (name && looksLikeName(trimName(name))) out.push({ index: m.index, id });
  }
  return out;
}

/** Heroku names an add-on by its attachment on an app: `(MAROON on gratipay)`. */
const ATTACHMENT = /\(([A-Z][A-Z0-9_]{1,40}) on ([a-z][a-z0-9-]{1,40})\)/g;

/** Resources and account ids in the text, as written, first occurrence first, without duplicates. */
export function findResources(
  prose: string,
  kind: NoticeKind,
  senderDomain: string | null,
  provider: string | null = null,
  plain = prose,
): ResourceFacts {
  const accounts = unique(findAccounts(prose));
  const found: string[] = [];
  const suggested = suggestions(prose);
  const text: Scanned = { prose, suggested, found };
  // `…:endpoint/customer-churn-predictor-p` + `roduction` on the next line of a hard-wrapped mail.
  const wrapped = prose.includes('arn:aws') ? wrappedArns(prose) : new Map<string, string>();
  const tails = new Set([...wrapped.entries()].map(([head, whole]) => whole.slice(head.length)));
  // Other grammars read the head without the `-` or `/` it broke at (`…function:payments-pg`).
  for (const [head, whole] of [...wrapped]) wrapped.set(head.replace(/[-/._:]+$/, ''), whole);
  scan(text, ARN, 'arn:aws', (s) => trimTrailing(s, '.,;:)]'));
  scan(text, OCID, 'ocid1.', (s) => s);
  scan(text, CRN, 'crn:v1:', (s) => trimTrailing(s, '.,;)]'));
  scanAt(text, GUID_AFTER_NAME, guidStarts(prose), (s) => s);
  scanAt(text, EC2_ID, ec2Starts(prose));
  if (RUNTIME_NAMES.some((name) => prose.includes(name))) scan(text, RUNTIME, '');
  if (prose.includes('/')) {
    for (const m of matchesOf(prose, ENDPOINT)) if (!suggested(m.index) && !toolFor(prose, m.index) && !underOfferingLead(prose, m.index)) found.push(trimTrailing(m[0].replace(/\s+/, ' '), '.,;:`'));
    for (const p of prosePaths(prose, plain)) if (!suggested(p.index)) found.push(p.path);
  }
  scan(text, ACTION_REF, '@', (s) => trimTrailing(s, '.,;:'));
  if (prose.includes('actions/') || prose.includes('github/')) scan(text, GITHUB_OWNED, '/');
  if (prose.includes(' on ')) for (const m of matchesOf(prose, ATTACHMENT)) found.push(m[1] ?? '', m[2] ?? '');
  if (prose.includes('(')) {
    for (const m of matchesOf(prose, PAREN_ID)) found.push(m[1] ?? '');
    found.push(...labelledIds(prose));
    for (const { index, id } of idsAfterNames(prose)) if (!suggested(index)) found.push(id);
  }
  if (prose.includes('repo')) for (const m of matchesAt(prose, REPO_BEFORE, runsBefore(prose, '/', isOwnerCharacter))) found.push(m[1] ?? '');
  if (prose.includes('push') || prose.includes('pull')) found.push(...pushedSlugs(prose));
  if (prose.includes('ushed') || prose.includes('ommitted') || prose.includes('uthored')) found.push(...pushers(prose));
  for (const slug of repositorySlugs(prose, provider)) if (!suggested(slug.index)) found.push(slug.name);
  found.push(...namedResources(prose));
  for (const op of operationNames(prose)) if (!suggested(op.index)) found.push(op.name);
  found.push(...plainNames(prose));
  const listed = listedNames(prose, plain);
  const hosts = [
    ...listed.urls.filter((host) => isCustomerHost(host, senderDomain)),
    ...listed.endpoints.filter(isCalledHost),
    ...(plain.includes('://') ? connectionHosts(plain) : []),
    ...findDomains(prose, kind === 'certificate', senderDomain),
    ...restatedHosts(prose),
    ...listedHosts(plain),
  ];
  found.push(...listed.names, ...inlineListed(prose), ...hosts, ...endpointUrls(prose, plain));
  found.push(...ownedIds(prose, plain, senderDomain));
  if (prose.includes('/')) for (const p of scopedPackages(prose, senderDomain)) if (!suggested(p.index)) found.push(p.name);
  found.push(...findAddresses(prose));
  const accountSet = new Set(accounts.map(bare));
  const longestAccount = Math.max(0, ...[...accountSet].map((a) => a.length));
  // A long list names one resource several ways (an ARN found whole and again as a listed item): a
  // name already kept is known by its lower case, and whether one is kept depends on it alone.
  const named = wrapped.size > 0 ? found.map((r) => wrapped.get(r) ?? r) : found;
  // `s3.us-west-004.backblazeb2.com`: the region a host is named after.
  const hostRegions = hosts.map(regionInHost).filter((r): r is string => r !== null);
  const regions = new Set(listed.regions.map((r) => r.toLowerCase()));
  const resources: string[] = [];
  const keys = new Set<string>();
  for (const r of named) {
    const key = r.toLowerCase();
    if (keys.has(key) || r.length < 2 || (tails.size > 0 && tails.has(r)) || MASKED.test(r) || PLACEHOLDER.test(r) || isFingerprint(prose, r)) continue;
    // `our public instance at Acme.com`: the sender's own domain is the provider's site, unless it is named as an API's host.
    if ((key === senderDomain && !isCalledSenderDomain(prose, key) && !(kind === 'certificate' && isCertifiedSenderDomain(prose, key))) || regions.has(key) || isRegionName(r) || (accountSet.size > 0 && fewCharacters(r, longestAccount) && accountSet.has(bare(r)))) continue;
    keys.add(key);
    resources.push(r);
  }
  const kept = dropRebased(dropContained(resources, keys));
  // `7F3A…@AdobeOrg` read whole is the account; its local part read alone by an account grammar is not another.
  const whole = new Set(kept.filter((r) => r.includes('@')).map((r) => r.slice(0, r.indexOf('@')).toLowerCase()));
  return { resources: kept, accounts: whole.size > 0 ? accounts.filter((a) => !whole.has(a.toLowerCase())) : accounts, regions: unique([...listed.regions, ...hostRegions]) };
}

/** `AIza****3kQ`, `sk_live_••••4242`: a value shown masked is redacted, no identifier to match. */
const MASKED = /[*•●]{3}/;
/**
 * `SHA256: 4F:0A:…:9C`, `fingerprint 4F:0A:…`: a value in hex bytes that the text calls a hash is a
 * fingerprint the reader compares, not a thing the reader has; under `Serial number:` the same shape
 * names the reader's certificate. Eight bytes or more: a MAC address (six) is never a digest.
 */
const DIGEST = /^[0-9a-f]{2}(?::[0-9a-f]{2}){7,}$/i;
const DIGEST_LABEL = /\b(?:SHA-?(?:1|224|256|384|512)|MD5|(?:finger|thumb)prints?|checksums?|digests?|hash(?:es)?)\b[^\n]{0,30}$/i;
function isFingerprint(prose: string, value: string): boolean {
  if (!DIGEST.test(value)) return false;
  const at = prose.indexOf(value);
  return at >= 0 && DIGEST_LABEL.test(prose.slice(Math.max(0, at - 60, prose.lastIndexOf('\n', at) + 1), at));
}
/** `CVE: N/A`, `Cluster: none`, `Owner: TBD`: a form's way of saying there is no value. */
const PLACEHOLDER = /^(?:n\/?a|none|tb[ad]|null|nil|unknown|pending)$/i;

/**
 * Each grammar is skipped where the text lacks a character or word every match of it holds: a long
 * list of ids would otherwise be scanned again by every pattern that backtracks through ids.
 */
function scan(text: Scanned, re: RegExp, needs: string | RegExp, clean = trimName): void {
  const { prose, suggested, found } = text;
  if (typeof needs === 'string' ? !prose.includes(needs) : !needs.test(prose)) return;
  for (const m of matchesOf(prose, re)) if (!suggested(m.index)) found.push(clean(m[0]));
}

/** A sticky grammar tried only at `starts` (ascending), where every match of it starts. */
function scanAt(text: Scanned, re: RegExp, starts: Iterable<number>, clean = trimName): void {
  const { prose, suggested, found } = text;
  for (const m of matchesAt(prose, re, starts)) if (!suggested(m.index)) found.push(clean(m[0]));
}

const isHexDigit = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
const isLowerLetter = (code: number): boolean => code >= 97 && code <= 122;

/** Whether eight lower-case hex digits follow `at`. */
function hexRun(prose: string, at: number): boolean {
  if (at + 8 > prose.length) return false;
  for (let k = at; k < at + 8; k++) if (!isHexDigit(prose.charCodeAt(k))) return false;
  return true;
}

/** `vol-0a1b…`: the start of the lower-case word before each dash that eight hex digits follow. */
function* ec2Starts(prose: string): Generator<number> {
  for (let dash = prose.indexOf('-'); dash >= 0; dash = prose.indexOf('-', dash + 1)) {
    if (!hexRun(prose, dash + 1)) continue;
    let start = dash;
    while (start > 0 && isLowerLetter(prose.charCodeAt(start - 1))) start--;
    if (start < dash) yield start;
  }
}

/** Right after each `(`: a GUID in parentheses opens there. */
function* guidStarts(prose: string): Generator<number> {
  for (let at = prose.indexOf('('); at >= 0; at = prose.indexOf('(', at + 1)) yield at + 1;
}

/** `s` without the run of `chars` at its end, read from the end: ids are trimmed by the thousand. */
function trimTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s.charAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

interface Scanned {
  prose: string;
  suggested: (index: number) => boolean;
  found: string[];
}

function pushedSlugs(prose: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(prose, PUSHED)) {
    SLUG_ITEM.lastIndex = m.index + m[0].length;
    for (let item = SLUG_ITEM.exec(prose); item; item = SLUG_ITEM.exec(prose)) out.push(trimName(item[1] ?? ''));
  }
  return out;
}

