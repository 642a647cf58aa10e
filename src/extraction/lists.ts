import { looksLikeId } from './ids.ts';
import { looksLikeName, trimName } from './names.ts';
import { isRegionCode, isRegionName } from './regions.ts';
import { headerOf, readTable } from './tables.ts';

/**
 * Names listed one per line under a heading: `Affected Droplets:`, `The following are your domain(s)
 * that must be updated:`, or after a paragraph that says the names are `listed below`.
 */

const RESOURCE_NOUNS =
  /\b(?:instances?|droplets?|linodes?|servers?|hosts?|domains?|names?|functions?|clusters?|databases?|apps?|applications?|volumes?|nodes?|machines?|certificates?|resources?|buckets?|repositories|repos?|projects?|accounts?|ip\s+addresses|addresses|vms?|virtual\s+machines|endpoints?|tokens?|keys?|zones?|sites?|workspaces?|subscriptions?|add-?ons?|deployments?|containers?|identifiers?|namespaces?|environments?|users?|service\s+accounts?|storage\s+box(?:es)?|tenants?|stacks?|indices|indexes)\b/i;
/** Labels for the account itself: its id is read by ids.ts, and its display name is not a resource. */
const ACCOUNT_LABEL = /^(?:subscription|account|tenant|tenancy|customer|organi[sz]ation|org|billing\s+account)(?:\s+(?:name|id))?$/i;
const LIST_WORDS = /\b(?:affected|impacted|following|below|listed|as\s+follows)\b/i;
const NOT_RESOURCES = /\b(?:services?|components?|features?|products?|regions?|locations?|steps?|options?|changes?|dates?|times?|questions?|faqs?|plans?)\s*(?:\([^)]{0,10}\))?\s*:?\s*$/i;
const LEAD_IN = /\b(?:listed|shown)\s+below\b|\bbelow\s+(?:is|are)\b|\bthe\s+following\b|\b(?:the|these|those)\s+[a-z]+s\s+below\b/i;
const BULLET = /^(?:[-*•·]|\d{1,3}[.)])\s+/;
/** `Projects in scope: acme-prod-web, acme-prod-data`, `Instance: orders-db`, `Apps that use Python 3.9: acme-reports`. */
const LABELLED = /^([A-Za-z](?:[\w ()/-]|\.(?=\w)){0,40}?)\s*(?::|\s=)\s+(\S.{0,400})$/;
/** Most lines hold neither `:` nor `=`, and cannot be labels. */
const labelled = (text: string): RegExpExecArray | null => (text.includes(':') || text.includes('=') ? LABELLED.exec(text) : null);
/** `Enrollment ID: 123456`, `keyID: 0051a2…`: a label that says its value is an id. */
const ID_LABEL = /(?:^|\s|[a-z])(?:ID|Id|id|OCID|SID)$|\bnumber$/;
/** Ids of the notice itself, a bill or a ticket: `Tracking ID`, `Invoice number`, `Message ID`. */
const NOTICE_ID_LABEL =
  /\b(?:tracking|message|ticket|case|incident|event|request|reference|notification|invoice|order|transaction|receipt|confirmation|support|correlation|trace|activity|operation|phone|vat|tax|registration)\b/i;
/** `Acme Expenses (0oa8k2x9zqLmN4pRt697)`, `Payments API (PX3Y8ZQ)`: a display name and the id that names it. */
const NAME_AND_ID = /^[^()]{1,60}?\s\(([A-Za-z0-9][\w-]{4,62}[A-Za-z0-9])\)$/;
/** One name, alone, followed by a note (`blockbuilder.org (35.239.22.31) on 2018-12-03`) or by columns. */
const ITEM = /^([^\s]{2,200})(?:\s*$|\s{2,}|\t|\s+(?:\(|-\s|–|—|\||on\s|in\s|at\s))/;

interface Line {
  text: string;
  blank: boolean;
  /** Offset of the untrimmed line in the text. */
  start: number;
}

export interface ListedFacts {
  names: string[];
  /** Regions a label or a table column names: `Data center: DFW`, `| ap-guangzhou |` under `Region`. */
  regions: string[];
  /** URLs given as the value of a label that names a host: `URL: https://acmeobs.grafana.net`. */
  urls: string[];
}

/** `Region: cn-hangzhou`, `Data center: DFW`, `Location: us-south (Dallas)`. */
const REGION_LABEL = /^(?:(?:cloud\s+)?region|location|zone|availability\s+zone|data\s*cent(?:er|re)|datacenter)$/i;
/** `URL:`, `Stack URL:`, `Compute endpoint:` followed by a link (blanked in the prose, read from the plain text). */
const URL_LABEL = /^(?:[A-Za-z-]+\s+){0,2}(?:url|uri|endpoint|hostname|host|domain|site)$/i;

/** Every name listed under a heading that announces resources, in a table, or after a label. */
export function listedNames(prose: string, plain = prose): ListedFacts {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of prose.split('\n')) {
    const text = raw.trim();
    lines.push({ text, blank: text === '', start });
    start += raw.length + 1;
  }
  const out: ListedFacts = { names: [], regions: [], urls: [] };
  const names = out.names;
  // A paragraph can only lead in to a list where the text says so somewhere (every lead-in holds one of these words).
  const lower = prose.toLowerCase();
  const leadsIn = (lower.includes('below') || lower.includes('following')) && LEAD_IN.test(prose);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    const columns = headerOf(line.text);
    if (columns) {
      const table = readTable(lines, i, columns);
      names.push(...table.names);
      out.regions.push(...table.regions);
      i += table.rows - 1;
      continue;
    }
    names.push(...labelledNames(line.text, out.regions));
    if (line.text.endsWith(':')) readLabelledValue(line, plain, out);
    const next = lines[i + 1];
    const heading = isHeading(line.text);
    const leadIn = leadsIn && !heading && next?.blank === true && LEAD_IN.test(paragraphOf(lines, i));
    if (!heading && !leadIn) {
      if (line.text.endsWith(':') && NOT_RESOURCES.test(line.text)) names.push(...idsListed(lines, i));
      continue;
    }
    const strict = !RESOURCE_NOUNS.test(line.text);
    let j = i + 1;
    while (lines[j]?.blank && j <= i + 2) j++;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? '';
      // A table under the heading is read by its header, when the outer loop comes to it.
      if (headerOf(text)) break;
      const items = itemOf(text, strict);
      if (items === null) break;
      names.push(...items);
    }
  }
  return out;
}

/** A label whose value is a region code, or whose value was a link the prose blanked. */
function readLabelledValue(line: Line, plain: string, out: ListedFacts): void {
  const label = line.text.slice(0, -1).trim();
  if (!URL_LABEL.test(label)) return;
  const value = plain.slice(line.start, line.start + 2_000).split('\n', 1)[0] ?? '';
  const url = /https?:\/\/([A-Za-z0-9.-]{4,253})/.exec(value.slice(value.indexOf(':') + 1))?.[1];
  if (url) out.urls.push(url.replace(/\.$/, ''));
}

function labelledRegion(label: string, value: string): string | null {
  if (!REGION_LABEL.test(label)) return null;
  const m = /^(\S+?)[.,;]?(?:\s*$|\s+\()/.exec(value.trim());
  const code = m?.[1];
  // `europe-west4-b` is read as its region `europe-west4` by the shapes in regions.ts.
  return code && isRegionCode(code) && !isRegionName(code) ? code : null;
}

function isHeading(text: string): boolean {
  if (text.length > 240 || !text.endsWith(':')) return false;
  if (NOT_RESOURCES.test(text)) return false;
  return LIST_WORDS.test(text) || RESOURCE_NOUNS.test(text);
}

/**
 * Under `on these services:` the items are product names, unless each comes with a made-up id:
 * `Payments API (PX3Y8ZQ)` names the reader's service by its id.
 */
function idsListed(lines: Line[], i: number): string[] {
  const out: string[] = [];
  let j = i + 1;
  while (lines[j]?.blank && j <= i + 2) j++;
  for (; j < lines.length; j++) {
    const id = idAfterName((lines[j]?.text ?? '').replace(BULLET, ''));
    if (!id || !/\d/.test(id)) break;
    out.push(id);
  }
  return out;
}

/** The paragraph that ends at line `i` (up to 8 lines back). */
function paragraphOf(lines: Line[], i: number): string {
  const out: string[] = [];
  for (let k = i; k >= 0 && k > i - 8 && !lines[k]?.blank; k--) out.unshift(lines[k]?.text ?? '');
  return out.join(' ');
}

/** Values after a label that names resources, one name per comma-separated value. */
function labelledNames(text: string, regions: string[]): string[] {
  const m = labelled(text);
  if (!m?.[1] || !m[2] || ACCOUNT_LABEL.test(m[1].trim())) return [];
  const label = m[1].trim();
  const region = labelledRegion(label, m[2]);
  if (region) {
    regions.push(region);
    return [];
  }
  if (ID_LABEL.test(label) && !NOTICE_ID_LABEL.test(label)) {
    const token = /^\S+/.exec(m[2])?.[0] ?? '';
    const id = trimName(token);
    return looksLikeId(id) ? [id] : [];
  }
  if (!RESOURCE_NOUNS.test(label) || NOT_RESOURCES.test(label)) return [];
  const id = idAfterName(m[2].trim());
  if (id) return [id];
  const out: string[] = [];
  for (const value of m[2].split(/\s*[,;]\s*|\s+and\s+/)) {
    const token = /^(\S+)(?:\s*\(.*\))?$/.exec(value.trim())?.[1];
    const name = token ? nameOf(token, false) : null;
    if (name) out.push(name);
  }
  return out;
}

/** The names an item line gives ([] for one we skip), null where the list ends. */
function itemOf(text: string, strict: boolean): string[] | null {
  const body = text.replace(BULLET, '').replace(/^[`'"]|[`'"]$/g, '').trim();
  if (!body) return null;
  if (labelled(body)) return [];
  if (body.includes('|') && /\s\|\s|^\|/.test(body)) return tableRow(body, strict);
  const id = idAfterName(body);
  if (id) return [id];
  const m = ITEM.exec(body);
  if (!m?.[1]) return null;
  const name = nameOf(m[1], strict);
  if (name === null) return null;
  // `i-0a1b2c3d4e5f67890 (batch-worker-3)`: a name tag in parentheses names the same thing.
  const tag = body.includes('(') ? /^\S+\s+\(([^\s()]{2,128})\)/.exec(body)?.[1] : undefined;
  const tagName = tag ? nameOf(tag, true) : null;
  return [name, ...(tagName ? [tagName] : [])].filter(Boolean);
}

/** `acme-hr-sync | 5e8a1f3c-…`: the cells of a table row that are names; a header row gives none. */
function tableRow(body: string, strict: boolean): string[] {
  const cells = body.split('|').map((cell) => cell.trim()).filter((cell) => cell && !/^:?-{2,}:?$/.test(cell));
  return cells.filter((cell) => !/\s/.test(cell)).map((cell) => nameOf(cell, strict) ?? '').filter(Boolean);
}

/** The id of `Display Name (id)`, where the id looks made up. */
function idAfterName(text: string): string | null {
  if (!text.endsWith(')')) return null;
  const id = NAME_AND_ID.exec(text)?.[1];
  return id && looksLikeName(id) && !isRegionName(id) && /\s/.test(text.slice(0, text.indexOf('(')).trim()) ? id : null;
}

/** A listed token as a name; '' for a region (listed, but not a resource), null for a non-name. */
function nameOf(token: string, strict: boolean): string | null {
  const name = trimName(token);
  // `URL:` alone on its line is a label whose value was a link, not a name.
  if (name.length < 2 || /^https?:/i.test(name) || token.endsWith(':')) return null;
  if (isRegionName(name)) return '';
  if (looksLikeName(name)) return name;
  // A plain word is a name only where the text says it lists resources; a number, a version or an acronym never is.
  if (strict || !/^[\w.*-]+$/.test(name) || /^[A-Z][a-z]+$/.test(name) || /^[A-Z]{2,5}$/.test(name)) return null;
  return /^[\d.-]+$/.test(name) && !/^\d{5,20}$/.test(name) ? null : name;
}
