import { looksLikeName, trimName } from './names.ts';
import { commaBeforeSpace } from './list-items.ts';
import { isRegionCode, isRegionName } from './regions.ts';

/**
 * Tables with a header row: `Database name | Public endpoint | Version` or columns aligned with
 * spaces. The header says what each column holds, so a plain word under `Database name` is a name,
 * a version under `Version` is not, and `ap-guangzhou` under `Region` is a region.
 */

/** `label`: a free-text column (`Description`) whose single made-up token names the row (`acme-docker-builder`). */
export type Column = 'resource' | 'region' | 'label' | 'other';

const REGION_TITLE = /^(?:region(?:\s+group)?|location|zone|availability\s+zone|data\s*cent(?:er|re)|datacenter|site)s?(?:\s*\([^)]*\))?$/i;
/** Titles of columns that describe a resource rather than name it. */
const DESCRIBES =
  /\b(?:versions?|dates?|expir\w*|expires|status|state|times?|type|size|algorithms?|plan|tier|product|engine|count|requests?|usage|selectors?|class|price|cost|created|updated|last|days?|records?|runtime|platform|sku|bundles?|description|notes?|action|schedule|window|reason)\b/i;
const LABEL_TITLE = /^(?:description|alias|nickname|label|tag\s+name|owners?)$/i;
const NAMES =
  /\b(?:names?|ids?|numbers?|serials?|paths?|identifiers?|arns?|ocids?|endpoints?|organi[sz]ations?|orgs?|hosts?|hostnames?|urls?|uris?|ip|fqdn|instances?|databases?|clusters?|servers?|apps?|applications?|functions?|domains?|buckets?|projects?|accounts?|resources?|environments?|workspaces?|services?|repositor(?:y|ies)|volumes?|vms?|nodes?|keys?|tokens?|certificates?|zones?|sites?|tenants?|subscriptions?|groups?|namespaces?|indices|indexes)\b/i;

const CSV = /^[^\s,]{1,200}(?:,\s?[^\s,]{1,200}){1,11}$/;

/** The cells of a row written with `|`, with commas or with runs of spaces; null where the line is no row. */
export function cellsOf(text: string): string[] | null {
  if (text.includes('|') && /\s\|\s|^\||\|$/.test(text)) {
    const cells = text.split('|').map((cell) => cell.trim());
    if (cells[0] === '') cells.shift();
    if (cells[cells.length - 1] === '') cells.pop();
    return cells.length >= 2 ? cells : null;
  }
  // `instance_name,region,public_ip`: values separated by commas, none holding a space.
  if (commaBeforeSpace(text) && CSV.test(text)) return text.split(',').map((cell) => cell.trim());
  if (!text.includes('  ') && !text.includes('\t')) return null;
  const cells = text.split(/ {2,}|\t+/).map((cell) => cell.trim()).filter(Boolean);
  return cells.length >= 2 ? cells : null;
}

/** The role of each column where `text` is a header row (short titles, no names among them), else null. */
export function headerOf(text: string): Column[] | null {
  const cells = cellsOf(text)?.map(titleOf);
  // `Legacy delegates:  fg-a, fg-b`, `Site name:  Acme Shop`: a label and its value aligned with spaces, not a row of titles.
  if (!cells || cells.some((cell) => cell.length > 40 || !/^[A-Za-z]/.test(cell) || /:$|,\s/.test(cell))) return null;
  // `Integration  Integration ID  Promoted version  zapier-platform-core`: one column may be titled by a
  // package's name, among titles of several words; a row of names has no such titles.
  const named = cells.filter((cell) => !/\s/.test(cell) && looksLikeName(cell) && !isTitle(cell)).length;
  if (named > 1 || (named === 1 && (cells.length < 3 || cells.filter((cell) => /\s/.test(cell)).length < 2))) return null;
  const roles = cells.map(roleOf);
  return roles.some((role) => role === 'resource' || role === 'region') ? roles : null;
}

/** `Instance type`, `Instance configuration`: a title or label whose last word describes a resource rather than names it. */
export function describes(title: string): boolean {
  const last = /[A-Za-z]+$/.exec(title)?.[0] ?? '';
  return DESCRIBES.test(last) || /^(?:configuration|config|settings?|units?)$/i.test(last);
}

/** `bundle_id` is the title `bundle id`; `web_server_1` holds a digit and stays a name. */
const titleOf = (cell: string): string => (/^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(cell) ? cell.replace(/_/g, ' ') : cell);

/** `SKU`, `FQDN`: a word in capitals that a header uses as a title, not a name. */
const isTitle = (cell: string): boolean =>
  /^[A-Za-z]+$/.test(cell) && (REGION_TITLE.test(cell) || LABEL_TITLE.test(cell) || DESCRIBES.test(cell) || NAMES.test(cell));

function roleOf(title: string): Column {
  if (REGION_TITLE.test(title)) return 'region';
  if (LABEL_TITLE.test(title)) return 'label';
  if (DESCRIBES.test(title)) return 'other';
  return NAMES.test(title) ? 'resource' : 'other';
}

export interface TableFacts {
  names: string[];
  regions: string[];
  /** Lines read, header included. */
  rows: number;
}

/**
 * The rows under a header at `lines[at]`: as many cells as the header; a separator row (`---|---`) is
 * skipped. `textOf` gives a row as written, links and addresses included, so that a cell the prose
 * blanked still counts as a cell.
 */
export function readTable(lines: ReadonlyArray<{ text: string }>, at: number, header: Column[], textOf = (i: number) => lines[i]?.text ?? ''): TableFacts {
  const out: TableFacts = { names: [], regions: [], rows: 1 };
  const starts = columnStarts(textOf(at));
  const rows: string[][] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const text = textOf(i);
    // `-----+-----`, `=====  =====`: a rule under the header.
    if (RULE.test(text)) {
      out.rows++;
      continue;
    }
    let cells = cellsOf(text);
    if (!cells) break;
    out.rows++;
    if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) continue;
    // `GET  https://…/v1/phone_numbers      1,022`: a cell with two spaces inside still sits under its title.
    if (cells.length !== header.length && starts) cells = cellsAt(text, starts) ?? cells;
    if (cells.length !== header.length) break;
    rows.push(cells);
  }
  // `System Status`, `Deposit History`, `Withdraw`: a column most of whose cells are several words
  // describes its rows in words; a single word there is one more description, not a name.
  const roles = header.map((role, k) => (role === 'resource' && rows.filter((row) => /\s/.test(row[k] ?? '')).length * 2 > rows.length ? 'label' : role));
  for (const cells of rows) {
    cells.forEach((cell, k) => {
      const role = roles[k];
      if (role === 'region' && isRegionCode(cell) && !isRegionName(cell)) out.regions.push(cell);
      // A `Site` column of host names lists the reader's websites, not data-centre sites.
      if (role === 'region' && HOST_CELL.test(cell)) out.names.push(cell);
      if (role !== 'resource' && role !== 'label') return;
      // `sa-7k2m9q (svc-orders-ingest)`: an id and the name it goes by, both made up (`Checkout (legacy)` is neither).
      const pair = cell.includes('(') ? PAIR.exec(cell) : null;
      const tokens = pair ? [[pair[1], 'label'], [pair[2], 'label']] : [[cell, role]];
      for (const [token = '', how] of tokens) {
        if (/\s/.test(token)) continue;
        const name = trimName(token);
        if (isRegionName(name) || !(how === 'label' ? looksLikeName(name) : isValue(name))) continue;
        out.names.push(name);
      }
    });
  }
  return out;
}

const PAIR = /^(\S+)\s+\((\S+)\)$/;
const HOST_CELL = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,12}$/i;
const RULE = /^[ \t]*[-=]{3,}[-=+| \t]*$/;

/** Where each title of a header aligned with spaces starts; null for a header with pipes or commas. */
function columnStarts(header: string): number[] | null {
  if (header.includes('|') || header.includes('\t') || !header.includes('  ')) return null;
  const starts: number[] = [];
  for (const m of header.matchAll(/\S+(?: \S+)*/g)) starts.push(m.index);
  return starts.length >= 2 ? starts : null;
}

/** A row cut at the header's column starts, where each cut falls on a space; else null. */
function cellsAt(row: string, starts: number[]): string[] | null {
  const cells: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] ?? 0;
    if (k > 0 && row[from - 1] !== undefined && row[from - 1] !== ' ') return null;
    cells.push(row.slice(from, starts[k + 1] ?? row.length).trim());
  }
  return cells.every((cell, k) => cell !== '' || k === cells.length - 1) ? cells : null;
}

/** Under a title that says it names things, any token is a name except numbers, versions and dates. */
function isValue(token: string): boolean {
  if (token.length < 2 || /^https?:/i.test(token)) return false;
  if (looksLikeName(token)) return true;
  return /^[\w.*@:-]+$/.test(token) && (!/^[\d.,:/-]+$/.test(token) || /^\d{5,20}$/.test(token)) && !/^[A-Z]{2,5}$/.test(token);
}
