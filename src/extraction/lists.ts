import { NOTICE_ID_LABEL, looksLikeId } from './ids.ts';
import { isOpaqueId, trimName } from './names.ts';
import { isRegionCode, isRegionName } from './regions.ts';
import { ACCOUNT_LABEL, BULLET, LABEL_MARK, NOT_RESOURCES, RESOURCE_NOUNS, alsoNamed, idAfterName, itemOf, labelled, nameOf } from './list-items.ts';
import { describes, headerOf, readTable } from './tables.ts';
import { offersWhatToUse } from './offered-lists.ts';

/**
 * Names listed one per line under a heading: `Affected Droplets:`, `The following are your domain(s)
 * that must be updated:`, or after a paragraph that says the names are `listed below`.
 */

/** `Collectors that sent data with Grafana Agent:`: things the clause says the reader runs, whatever their noun. */
const OWNED = /^[A-Z][a-z]{3,20}s\s+(?:that|which|still|using|running)\s/;
const LIST_WORDS = /\b(?:affected|impacted|following|below|listed|as\s+follows)\b/i;
/** A word every lead-in holds, in any case: one quick pass before LEAD_IN's. */
const LEAD_IN_WORDS = /below|following/i;
const LEAD_IN = /\b(?:listed|shown)\s+below\b|\bbelow\s+(?:is|are)\b|\bthe\s+following\b|\b(?:the|these|those)\s+[a-z]+s\s+below\b/i;
/** A lead whose list is of places: `the following datacenters`, `these regions`, `Affected facilities:`. */
const PLACE_LEAD = /\b(?:following|these|those|affected|impacted)[ \t]+(?:(?!(?:in|on|of|at|across|within|from|near)\b)[\w-]+[ \t]+){0,2}?(?:data[ \t]?cent(?:er|re)s?|datacent(?:er|re)s?|regions?|facilit(?:y|ies)|PoPs?)\b/i;
/** A lead whose list is of things to read: articles, guides, documentation. */
const READING_LEAD = /\b(?:articles?|guides?|tutorials?|documentation|docs|FAQs?|knowledge[ \t]+base|help[ \t]+cent(?:er|re)|further[ \t]+reading)\b/i;
/**
 * A lead that ends on the parts of an API (`supports these query parameters:`, `the following fields
 * are returned:`) lists names every caller shares, not the reader's things.
 */
const SCHEMA_LEAD = /\b(?:parameters|params|fields|attributes|properties|arguments|headers)(?:[ \t]+(?:are|will[ \t]+be)[ \t]+[a-z]+)?[ \t]*:?$/i;
/** `Enrollment ID: 123456`, `keyID: 0051a2…`, `API username: svc_api1.acme.com`: a label that says its value is an id. */
const ID_LABEL = /(?:^|\s|[a-z])(?:ID|Id|id|OCID|SID)$|\bnumber$|\b[Uu]ser\s?name$/;

interface Line {
  text: string;
  blank: boolean;
  /** Offset of the untrimmed line in the text. */
  start: number;
  /** Where the untrimmed line ends in the text. */
  end: number;
}

export interface ListedFacts {
  names: string[];
  /** Regions a label or a table column names: `Data center: DFW`, `| ap-guangzhou |` under `Region`. */
  regions: string[];
  /** URLs given as the value of a label that names a host: `URL: https://acmeobs.grafana.net`. */
  urls: string[];
  /** Hosts given as the value of a label that names what clients call: `API endpoint: https://…`. */
  endpoints: string[];
}

/** `Region: cn-hangzhou`, `Data center: DFW`, `Location: us-south (Dallas)`. */
const REGION_LABEL = /^(?:(?:cloud\s+)?region|location|zone|availability\s+zone|data\s*cent(?:er|re)|datacenter)$/i;
/** `URL:`, `Stack URL:`, `Compute endpoint:` followed by a link (blanked in the prose, read from the plain text). */
const URL_LABEL = /^(?:[A-Za-z-]+\s+){0,2}(?:url|uri|endpoint|hostname|host|domain|site)$/i;
const CALLED_LABEL = /\b(?:endpoint|api(?:\s+url)?|base\s+url)$/i;
const LINK_ITEM = /^(?:[-*•·]\s+)?https?:\/\/([A-Za-z0-9.-]{4,253})\/?$/;
const ADDRESS_ITEM = /^(?:[-*•·]\s+)?([\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})$/i;

/** Every name listed under a heading that announces resources, in a table, or after a label. */
export function listedNames(prose: string, plain = prose): ListedFacts {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of prose.split('\n')) {
    const text = raw.trim();
    lines.push({ text, blank: text === '', start, end: start + raw.length });
    start += raw.length + 1;
  }
  const out: ListedFacts = { names: [], regions: [], urls: [], endpoints: [] };
  const names = out.names;
  // A paragraph can only lead in to a list where the text says so somewhere (every lead-in holds one of these words).
  const leadsIn = LEAD_IN_WORDS.test(prose) && LEAD_IN.test(prose);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    const columns = headerOf(line.text);
    if (columns) {
      const table = readTable(lines, i, columns, (k) => {
        const row = lines[k];
        return row ? plain.slice(row.start, row.end).trim() : '';
      });
      names.push(...table.names);
      out.regions.push(...table.regions);
      i += table.rows - 1;
      continue;
    }
    // A line without a label's mark has no label, bullet or not; each line is tested for it once.
    const marked = LABEL_MARK.test(line.text);
    if (marked) names.push(...labelledNames(line.text, out.regions));
    // `Portal: acme.freshservice.com`: a host alone as a label's value is the reader's, whatever the
    // label calls it, where it is no page of the provider's (judged with the sender, as a link's host is).
    const host = marked ? LONE_HOST.exec(line.text)?.[1] : undefined;
    if (host) out.urls.push(host);
    if (line.text.endsWith(':')) {
      // `Manage your account: https://…`: a label whose value the prose blanked, not a heading.
      const value = blanked(line, plain);
      if (value) {
        readLabelledValue(line, value, out);
        continue;
      }
    }
    const next = lines[i + 1];
    const heading = isHeading(line.text, lines[i + 1]);
    const leadIn = leadsIn && !heading && next?.blank === true && LEAD_IN.test(paragraphOf(lines, i));
    if (!heading && !leadIn) {
      if (line.text.endsWith(':') && NOT_RESOURCES.test(line.text)) names.push(...idsListed(lines, i));
      continue;
    }
    const strict = !RESOURCE_NOUNS.test(line.text);
    // `please refer to the support articles below:` lists what to read, titled and numbered by the provider.
    if (READING_LEAD.test(line.text) || SCHEMA_LEAD.test(line.text)) continue;
    // `We will close the following datacenter:` lists places: its codes are regions, not the reader's things.
    const places = PLACE_LEAD.test(heading ? line.text : paragraphOf(lines, i));
    let j = i + 1;
    while (isEmpty(lines[j], plain) && j <= i + 2) j++;
    const itemIndent = indentOf(lines[j], prose);
    for (; j < lines.length; j++) {
      const item = lines[j];
      const text = item?.text ?? '';
      // `ops-bot@acme.example` alone on its line: a user listed by its address (blanked in the prose).
      const address = item?.blank ? ADDRESS_ITEM.exec(blanked(item, plain))?.[1] : undefined;
      if (address) {
        names.push(address);
        continue;
      }
      // `- https://shop.acme.com` under `active on these sites:`: a site listed by its link (blanked in the prose).
      const link = item && (item.blank || /^[-*•·]$/.test(item.text)) ? LINK_ITEM.exec(plain.slice(item.start, item.end).trim())?.[1] : undefined;
      // Under a heading that names the reader's things the link is one of them, whatever its first label (`blog.`).
      if (link) {
        (strict ? out.urls : names).push(link.replace(/\.$/, ''));
        continue;
      }
      // A table under the heading is read by its header, when the outer loop comes to it.
      if (headerOf(text)) break;
      const items = itemOf(text, strict);
      // A line indented under an item (its window, its id) says more about that item; the list goes on after it.
      if (items === null && item && !item.blank && indentOf(item, prose) > itemIndent) continue;
      if (items === null && groupTitle(lines, item?.blank ? j + 1 : j)) continue;
      // `- /v1/chat parameters: a, b` between two bullets names nothing of its own, but the list goes on past it.
      if (items === null && betweenBullets(lines, j)) continue;
      if (items === null) break;
      if (places) out.regions.push(...items.filter(isRegionCode));
      else names.push(...items);
    }
  }
  return out;
}

/**
 * `Import APIs` over its bullets, in a list the heading above opened: a short title that groups the
 * next items, the list going on under it (after a blank line too). A sentence or a label is no title.
 */
function groupTitle(lines: Line[], k: number): boolean {
  const text = lines[k]?.text ?? '';
  if (text.length < 2 || text.length > 40 || BULLET.test(text) || /[.!?,;:]$/.test(text) || LABEL_MARK.test(text)) return false;
  return BULLET.test(lines[k + 1]?.text ?? '');
}

/** A bulleted line with a line before and after it that open with the same mark: one item of a list, whatever it says. */
function betweenBullets(lines: Line[], k: number): boolean {
  const mark = (line: Line | undefined): string | undefined => BULLET.exec(line?.text ?? '')?.[0].trim().replace(/^\d+/, '1');
  const own = mark(lines[k]);
  return own !== undefined && own === mark(lines[k - 1]) && own === mark(lines[k + 1]);
}

/** How far a line is indented. */
const indentOf = (line: Line | undefined, prose: string): number => (line ? prose.slice(line.start, line.end).search(/\S|$/) : 0);

/** A blank line that hides nothing the prose blanked. */
const isEmpty = (line: Line | undefined, plain: string): boolean => line?.blank === true && !blanked(line, plain);

/** What the plain text holds where the prose line is blank or ends: a link or an address the prose blanked. */
function blanked(line: Line, plain: string): string {
  const tail = plain.slice(line.start, line.end).trim().slice(line.text.length).trim();
  return line.blank || line.text.endsWith(':') ? tail : '';
}

/** The link a label names (`URL: https://acmeobs.grafana.net`), or the address of a user or account it names. */
function readLabelledValue(line: Line, value: string, out: ListedFacts): void {
  const label = line.text.slice(0, -1).trim();
  const address = ADDRESS_ITEM.exec(value)?.[1];
  if (address && RESOURCE_NOUNS.test(label) && !NOT_RESOURCES.test(label)) out.names.push(address);
  if (!URL_LABEL.test(label)) return;
  const url = /^https?:\/\/([A-Za-z0-9.-]{4,253})/.exec(value)?.[1]?.replace(/\.$/, '');
  if (!url) return;
  // `Endpoint: https://eu-central-1-1.aws.cloud2.influxdata.com/write`: what the reader's clients call, the provider's host or not.
  if (CALLED_LABEL.test(label)) out.endpoints.push(url);
  else out.urls.push(url);
}

function labelledRegion(label: string, value: string): string | null {
  if (!REGION_LABEL.test(label)) return null;
  const m = /^(\S+?)[.,;]?(?:\s*$|\s+\()/.exec(value.trim());
  const code = m?.[1];
  // `europe-west4-b` is read as its region `europe-west4` by the shapes in regions.ts.
  return code && isRegionCode(code) && !isRegionName(code) ? code : null;
}

function isHeading(text: string, next: Line | undefined): boolean {
  if (text.length > 240) return false;
  // `Affected resources`, `Stacks that called the old endpoints` over its list, without a colon: a short
  // line of the words a heading holds, no sentence.
  if (!text.endsWith(':')) {
    return text.length <= 60 && next?.blank === false && !/[.!?,;]$/.test(text) && (/^(?:affected|impacted)\s/i.test(text) || OWNED.test(text)) && RESOURCE_NOUNS.test(text);
  }
  // `…to use the new resources:`: what is offered instead, not the reader's things.
  if (NOT_RESOURCES.test(text) || offersWhatToUse(text)) return false;
  return LIST_WORDS.test(text) || RESOURCE_NOUNS.test(text.replace(ASIDE, ' ')) || OWNED.test(text);
}

/**
 * `have this certificate installed:`, `your systems (clients and servers) must trust:`: the one thing
 * the notice points at (`this`, `that`) and a noun in an aside do not say the lines below list the
 * reader's things; where it is (`Destinations in this workspace:`) may.
 */
const ASIDE = /\([^()\n]{0,60}\)|(?<!\b(?:in|on|of|for|from|under|within|across)[ \t]+)\b(?:this|that)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+/gi;

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

const LONE_HOST = /^(?:[-*•]\s+)?[A-Za-z][\w ]{0,30}:\s+((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){2,6}[a-z]{2,12})\.?$/i;

/** `acmeoutdoor.freshdesk.com`, `acme.atlassian.net`: a host with a name of its own left of its domain. */
const TENANT_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){2,6}(?=[\s,;(]|$)/i;

/**
 * `Account: acmeoutdoor.freshdesk.com`: an account given by its host rather than its display name is
 * the tenant the provider runs for the reader.
 */
function tenantHost(value: string): string[] {
  const host = TENANT_HOST.exec(value.trim())?.[0];
  return host && /[a-z]/i.test(host.slice(host.lastIndexOf('.') + 1)) && !/^\d/.test(host.slice(host.lastIndexOf('.') + 1)) ? [host] : [];
}

/** Values after a label that names resources, one name per comma-separated value; `text` holds LABEL_MARK. */
function labelledNames(text: string, regions: string[]): string[] {
  // `- Asset ID: u8Xy9s…`: a label may open a list item.
  const body = text.replace(BULLET, '');
  const m = body === text ? labelled(body, true) : labelled(body);
  if (!m?.[1] || !m[2]) return [];
  // `Subscription: 2184617 (acme-cache-prod)`: the account's id is read by ids.ts, a made-up name beside it here.
  if (ACCOUNT_LABEL.test(m[1].trim())) return [...tenantHost(m[2]), ...alsoNamed(m[2])];
  const label = m[1].trim();
  const region = labelledRegion(label, m[2]);
  if (region) {
    regions.push(region);
    return [];
  }
  if (ID_LABEL.test(label) && !NOTICE_ID_LABEL.test(label)) {
    const token = /^\S+/.exec(m[2])?.[0] ?? '';
    const id = trimName(token);
    return looksLikeId(id) ? [id, ...alsoNamed(m[2])] : [];
  }
  if (!RESOURCE_NOUNS.test(label) || NOT_RESOURCES.test(label)) return [];
  // `Instance configuration: regional-us-central1`: the last word says what the value is; only an
  // opaque id under it (`Certificate version: 3f9b2c7e…`) still names something of the reader's.
  if (describes(label)) {
    const token = trimName(/^\S+/.exec(m[2])?.[0] ?? '');
    return isOpaqueId(token) ? [token] : [];
  }
  const id = idAfterName(m[2].trim());
  if (id) return [id];
  const out: string[] = [];
  for (const value of m[2].split(/\s*[,;]\s*|\s+and\s+/)) {
    const token = /^(\S+)(?:\s*\(.*\))?$/.exec(value.trim())?.[1];
    const name = token ? nameOf(token, false) : null;
    if (name) out.push(name, ...alsoNamed(value.trim()));
  }
  return out;
}
