import { looksLikeId } from './ids.ts';
import { isPlanLike, looksLikeName, trimName } from './names.ts';
import { isRegionName } from './regions.ts';
import { matchesOf } from './anchored.ts';

/**
 * One line of a list, read alone: a name, a name with its id or tag, a row of cells, a label, or the
 * group the next items belong to. lists.ts decides which lines are a list.
 */

export const RESOURCE_NOUNS =
  /\b(?:instances?|models?|droplets?|linodes?|servers?|hosts?|domains?|names?|functions?|clusters?|databases?|apps?|applications?|volumes?|nodes?|machines?|certificates?|resources?|buckets?|repositories|repos?|projects?|accounts?|ip\s+addresses|addresses|vms?|virtual\s+machines|endpoints?|tokens?|keys?|zones?|sites?|workspaces?|subscriptions?|add-?ons?|deployments?|containers?|identifiers?|namespaces?|environments?|users?|service\s+accounts?|storage\s+box(?:es)?|tenants?|sub-?accounts?|stacks?|sources?|indices|indexes|(?:api\s+)?paths?|routes?|circuits?|subnets?|prefix(?:es)?|cross-?connects?|vlans?)\b/i;
/** Labels for the account itself: its id is read by ids.ts, and its display name is not a resource. */
export const ACCOUNT_LABEL = /^(?:subscription|account|tenant|tenancy|customer|organi[sz]ation|org|billing\s+account)(?:\s+(?:name|id))?$/i;
export const NOT_RESOURCES = /\b(?:services?|components?|features?|products?|regions?|locations?|steps?|options?|changes?|dates?|times?|questions?|faqs?|plans?)\s*(?:\([^)]{0,10}\))?\s*:?\s*$/i;
/** `-`, `*`, `•` and the marks mailers use for nested items (`◦`, `▪`, `‣`, `–`). */
export const BULLET = /^(?:[-*•·◦▪‣–]|\d{1,3}[.)])\s+/;
/** `Projects in scope: acme-prod-web, acme-prod-data`, `Instance: orders-db`, `Apps that use Python 3.9: acme-reports`. */
const LABELLED = /^([A-Za-z](?:[\w ()/-]|[.:](?=\w)){0,40}?)\s*(?::|\s=)\s+(\S.{0,400})$/;
/** What every label holds: a colon or a spaced `=` before white space. Most lines (an ARN, a host:port) hold neither. */
export const LABEL_MARK = /:\s|\s=\s/;
/** `marked`: whether the text holds LABEL_MARK, where the caller has already looked. */
export function labelled(text: string, marked = LABEL_MARK.test(text)): RegExpExecArray | null {
  const m = marked ? LABELLED.exec(text) : null;
  // `acme-blog (environment: live)`: a colon inside parentheses is a note on a name, not a label.
  return m && (m[1] ?? '').split('(').length === (m[1] ?? '').split(')').length ? m : null;
}
/** `Acme Expenses (0oa8k2x9zqLmN4pRt697)`, `Payments API (PX3Y8ZQ)`: a display name and the id that names it. */
const NAME_AND_ID = /^[^()]{1,60}?\s\(([A-Za-z0-9][\w-]{4,62}[A-Za-z0-9])\)$/;
const CSV_ROW = /^[^\s,]{2,200}(?:,\s?[^\s,]{2,200}){1,11}$/;
const GROUP = /^([A-Z][a-z]+(?:\s[a-z]+)?)\s+(\S{2,128})$/;
/** `Operations center   cjoc.ci.acme.de`: a few words for a kind of thing, a gap of two spaces or more, a name. */
const KIND_ROW = /^([A-Z][a-z]+(?:\s[a-z]+){0,2})\s{2,}(\S{2,128})$/;
/** A label whose value is no name of the reader's: its account, where it is, what it costs, when. */
const NO_NAME_LABEL = /^(?:(?:cloud\s+)?region|location|zone|data\s*cent(?:er|re)|datacenter|plan|tier|price|cost|date|time|status|version|image|runtime)$/i;

/**
 * `Legacy delegates: fg-delegate-prod-east, fg-delegate-staging` as an item of a list of the reader's
 * things: the list says they are theirs, so every made-up name the label gives counts, whatever its noun.
 */
function labelledItem(label: string, value: string): string[] {
  const head = label.trim();
  if (ACCOUNT_LABEL.test(head) || NOT_RESOURCES.test(head) || NO_NAME_LABEL.test(head.split(/\s+/).at(-1) ?? '')) return [];
  return value.split(/\s*[,;]\s*|\s+and\s+/).map((v) => (/^\S+$/.test(v.trim()) ? nameOf(v.trim(), true) ?? '' : '')).filter(Boolean);
}

/** One name, alone, followed by a note (`blockbuilder.org (35.239.22.31) on 2018-12-03`) or by columns. */
const ITEM = /^([^\s]{2,200})(?:\s*$|\s{2,}|\t|\s+(?:\(|-\s|–|—|\||on\s|in\s|at\s))/;

/** The names an item line gives ([] for one we skip), null where the list ends. */
export function itemOf(text: string, strict: boolean): string[] | null {
  const body = unquoted(afterWhen(text.replace(BULLET, ''))).trim();
  if (!body) return null;
  // One token without a comma or a leading bar (an ARN, a host, an id: the lines of a long list) is
  // no label, row, group or `Name (id)`: only ITEM could read it, as the whole line.
  if (!MANY_PARTS.test(body)) return body.length > 200 ? null : namedItem(body, strict);
  const label = labelled(body);
  if (label) return labelledItem(label[1] ?? '', label[2] ?? '');
  if (body.includes('|') && /\s\|\s|^\|/.test(body)) return tableRow(body, strict);
  // `Z0812345ABCDEFGHIJKLM, acme-shop.com, acme-shop-ksk`: a row of values separated by commas.
  if (commaBeforeSpace(body) && CSV_ROW.test(body)) return body.split(',').map((cell) => nameOf(cell.trim(), strict) ?? '').filter(Boolean);
  // `* Subscription 8f2d6b1a-…` over the items nested under it: the group the next items belong to.
  const group = GROUP.exec(body);
  if (group?.[1] && group[2] && RESOURCE_NOUNS.test(group[1])) return ACCOUNT_LABEL.test(group[1]) ? [] : [nameOf(group[2], false) ?? ''].filter(Boolean);
  // `Managed controller  mc-payments`: what the thing is, then its name in a column of its own.
  const kind = KIND_ROW.exec(body);
  if (kind?.[2]) return [nameOf(kind[2], true) ?? ''].filter(Boolean);
  const replaced = body.includes('>') || body.includes('→') || body.includes('⇒') ? replacedNames(body, strict) : null;
  if (replaced) return replaced;
  const id = idAfterName(body);
  if (id) return [id];
  const m = ITEM.exec(body);
  if (!m?.[1]) return joinedNames(body);
  // `sign in to Acme Desk`, `log on with SSO`: a plain word and its particle open a sentence, not a name and its place.
  if (/^[a-z]+$/.test(m[1]) && /\s(?:on|in)\s$/.test(m[0]) && /^(?:to|with|as|using|via)\s/.test(body.slice(m[0].length))) return null;
  return namedItem(m[1], strict, body);
}

/** What a line holds besides one token: white space, a comma, or a bar that opens a table row. */
const MANY_PARTS = /[\s,]|^\|/;

/** The name an item's first token gives, with the other names the rest of the line gives. */
function namedItem(token: string, strict: boolean, body = token): string[] | null {
  const name = nameOf(token, strict);
  if (name === null) return null;
  return [name, ...alsoNamed(body)].filter(Boolean);
}

/** `old-a and old-b → Replace with new-c`, `v1-db -> v2-db`: an arrow leads from what the reader has to what replaces it. */
const ARROW = /[ \t](?:→|⇒|->|=>)[ \t]/;
const JOINED = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+/;

/** The names left of an arrow, one or several joined by commas or `and`; null where that side is not names alone. */
function replacedNames(body: string, strict: boolean): string[] | null {
  const arrow = ARROW.exec(body);
  if (!arrow) return null;
  const names = body.slice(0, arrow.index).trim().split(JOINED).map((part) => (/^\S+$/.test(part) ? nameOf(part, strict) : null));
  return names.every((name) => name !== null) ? names.filter((name): name is string => name !== null && name !== '') : null;
}

/** `- web-3, web-4 and web-7`: one item that lists several made-up names; a line holding any plain word is prose. */
function joinedNames(body: string): string[] | null {
  const parts = body.split(JOINED);
  if (parts.length < 2 || parts.length > 12) return null;
  const names = parts.map((part) => trimName(part));
  return names.every((name) => /^\S+$/.test(name) && looksLikeName(name) && !isRegionName(name)) ? names : null;
}

/**
 * Whether the first comma comes before any space: a row of values separated by commas can hold a
 * space only after a comma, so most lines of prose are not read as one.
 */
export function commaBeforeSpace(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma <= 0) return false;
  const space = text.indexOf(' ');
  return space < 0 || space > comma;
}

/**
 * `2026-04-02 03:00 UTC - web-fra-1`, `Apr 2, 2026 9:00 PM EDT – db-main`: a schedule lists each thing
 * after when it is done; the name follows the dash.
 */
const WHEN_FIRST =
  /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]*\d{4})?)(?:[ \tT,]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?(?:[ \t]+[A-Z]{2,5})?[ \t]+[-–—|][ \t]+(?=\S)/;
const afterWhen = (text: string): string => {
  const when = /^[\dA-Z]/.test(text) ? WHEN_FIRST.exec(text) : null;
  return when ? text.slice(when[0].length) : text;
};

const QUOTES = '`\'"';
/** Without one quote mark at each end, by its first and last characters rather than a scan of the line. */
function unquoted(text: string): string {
  const start = QUOTES.includes(text.charAt(0)) && text.length > 0 ? 1 : 0;
  const end = text.length > start && QUOTES.includes(text.charAt(text.length - 1)) ? text.length - 1 : text.length;
  return text.slice(start, end);
}

/** `- k8s-prod-gra - GRA11 - ID 0c9d7e2f-…`: an id the rest of an item labels as one. */
const ITEM_ID = /\b(?:ID|Id|UUID|OCID)\s*[:#]?\s+([A-Za-z0-9][\w-]{3,62}[A-Za-z0-9])(?![\w.-])/g;
const TAG = /^\S+\s+\(([^\s()]{2,128})\)/;
/**
 * `web-3 (ACTIVE)`, `db-old (SHUTOFF)`: the state a listing reports for each thing, in whatever
 * capitals its console writes it, is no second name.
 */
const STATE =
  /^(?:active|inactive|running|stopped|stopping|starting|shutoff|shut-?down|paused|suspended|building|build|pending|provisioning|deleted|deleting|terminated|error|failed|degraded|healthy|unhealthy|online|offline|enabled|disabled|available|unavailable|ready|idle|up|down|live|standby|migrating|resizing|rebooting|maintenance|locked|shelved)$/i;
/** `acmemediaprod (acmemedia.com, www.acmemedia.com)`: several names in the parentheses. */
const TAGS = /^\S+\s+\(([^()\n]{3,200},[^()\n]{1,200})\)/;

/**
 * The other names a value gives after its first token: a made-up name in parentheses
 * (`i-0a1b2c3d4e5f67890 (batch-worker-3)`, `7c1e9a52-… (alias/legacy-uploader)`) and ids labelled as
 * such further on. `(Pro)`, `(Singapore)` or `(M30, AWS / EU_WEST_1)` name nothing.
 */
export function alsoNamed(value: string): string[] {
  const out: string[] = [];
  const tag = value.includes('(') ? TAG.exec(value)?.[1] : undefined;
  const tagName = tag && !isPlanLike(tag) && !STATE.test(tag) ? nameOf(tag, true) : null;
  if (tagName) out.push(tagName);
  const tags = value.includes(',') ? TAGS.exec(value)?.[1] : undefined;
  for (const part of tags?.split(',') ?? []) {
    const token = part.trim();
    // Notes in the list are words (`(APM, Java)`, `(pull zone, …)`); names are made up: dots, digits, dashes.
    const name = /\s/.test(token) || isPlanLike(token) || !/[.\d_-]/.test(token) ? null : nameOf(token, true);
    if (name) out.push(name);
  }
  if (value.length > 3 && value.includes('I') && /\b(?:ID|Id|UUID|OCID)\b/.test(value)) {
    for (const m of matchesOf(value, ITEM_ID)) if (looksLikeId(m[1] ?? '')) out.push(m[1] ?? '');
  }
  return out;
}

/** `acme-hr-sync | 5e8a1f3c-…`: the cells of a table row that are names; a header row gives none. */
function tableRow(body: string, strict: boolean): string[] {
  const cells = body.split('|').map((cell) => cell.trim()).filter((cell) => cell && !/^:?-{2,}:?$/.test(cell));
  return cells.filter((cell) => !/\s/.test(cell)).map((cell) => nameOf(cell, strict) ?? '').filter(Boolean);
}

/** The id of `Display Name (id)`, where the id looks made up. */
export function idAfterName(text: string): string | null {
  if (!text.endsWith(')')) return null;
  const id = NAME_AND_ID.exec(text)?.[1];
  return id && looksLikeName(id) && !isRegionName(id) && /\s/.test(text.slice(0, text.indexOf('(')).trim()) ? id : null;
}

/** A listed token as a name; '' for a region (listed, but not a resource), null for a non-name. */
const MASKED = /^(?:\.{2,}|…|\*{2,}|•{2,})/;

export function nameOf(token: string, strict: boolean): string | null {
  const name = trimName(token);
  // `URL:` alone on its line is a label whose value was a link, not a name.
  if (name.length < 2 || /^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(name) || token.endsWith(':')) return null;
  // `...x9Qe`, `****4417`, `…7c41`: the end of a secret the provider masks is no identifier.
  if (MASKED.test(token)) return null;
  if (isRegionName(name)) return '';
  if (looksLikeName(name)) return name;
  // `198.51.100.4/30`, `2001:db8:10::1/126`: a network or an IPv6 address is the reader's only under a heading that names their things.
  if (isNetwork(name)) return strict ? null : name;
  // A plain word is a name only where the text says it lists resources; a number, a version or an acronym never is.
  if (strict || !/^[\w.*-]+$/.test(name) || /^[A-Z][a-z]+$/.test(name) || /^[A-Z]{2,5}$/.test(name)) return null;
  return /^[\d.-]+$/.test(name) && !/^\d{5,20}$/.test(name) ? null : name;
}

const IPV4_NETWORK = /^\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}$/;
/** Eight groups, or fewer with `::`: a clock time (`12:30:00`) has neither. */
const IPV6 = /^[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){7}(?:\/\d{1,3})?$|^(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?:\/\d{1,3})?$/i;

/** An IPv4 network in CIDR form, or an IPv6 address or network. */
export const isNetwork = (token: string): boolean => IPV4_NETWORK.test(token) || (token.includes(':') && IPV6.test(token));
