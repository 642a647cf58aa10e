import { looksLikeName, trimName } from './names.ts';
import { isRegionCode, isRegionName } from './regions.ts';

/**
 * Tables with a header row: `Database name | Public endpoint | Version` or columns aligned with
 * spaces. The header says what each column holds, so a plain word under `Database name` is a name,
 * a version under `Version` is not, and `ap-guangzhou` under `Region` is a region.
 */

/** `label`: a free-text column (`Description`) whose single made-up token names the row (`acme-docker-builder`). */
export type Column = 'resource' | 'region' | 'label' | 'other';

const REGION_TITLE = /^(?:region|location|zone|availability\s+zone|data\s*cent(?:er|re)|datacenter|site)s?(?:\s*\([^)]*\))?$/i;
/** Titles of columns that describe a resource rather than name it. */
const DESCRIBES =
  /\b(?:versions?|dates?|expir\w*|expires|status|state|times?|type|size|plan|tier|product|engine|count|requests?|usage|selectors?|class|price|cost|created|updated|last|days?|records?|runtime|platform|sku|owner|description|notes?|action|schedule|window|reason)\b/i;
const LABEL_TITLE = /^(?:description|alias|nickname|label|tag\s+name)$/i;
const NAMES =
  /\b(?:names?|ids?|identifiers?|arns?|ocids?|endpoints?|hosts?|hostnames?|urls?|uris?|ip|fqdn|instances?|databases?|clusters?|servers?|apps?|applications?|functions?|domains?|buckets?|projects?|accounts?|resources?|environments?|workspaces?|services?|repositor(?:y|ies)|volumes?|vms?|nodes?|keys?|tokens?|certificates?|zones?|sites?|tenants?|subscriptions?|groups?|namespaces?|indices|indexes)\b/i;

/** The cells of a row written with `|` or with runs of spaces; null where the line is no row. */
export function cellsOf(text: string): string[] | null {
  if (text.includes('|') && /\s\|\s|^\||\|$/.test(text)) {
    const cells = text.split('|').map((cell) => cell.trim());
    if (cells[0] === '') cells.shift();
    if (cells[cells.length - 1] === '') cells.pop();
    return cells.length >= 2 ? cells : null;
  }
  if (!text.includes('  ') && !text.includes('\t')) return null;
  const cells = text.split(/ {2,}|\t+/).map((cell) => cell.trim()).filter(Boolean);
  return cells.length >= 2 ? cells : null;
}

/** The role of each column where `text` is a header row (short titles, no names among them), else null. */
export function headerOf(text: string): Column[] | null {
  const cells = cellsOf(text);
  if (!cells || cells.some((cell) => cell.length > 40 || !/^[A-Za-z]/.test(cell) || (!/\s/.test(cell) && looksLikeName(cell)))) return null;
  const roles = cells.map(roleOf);
  return roles.some((role) => role === 'resource' || role === 'region') ? roles : null;
}

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

/** The rows under a header at `lines[at]`: as many cells as the header; a separator row (`---|---`) is skipped. */
export function readTable(lines: ReadonlyArray<{ text: string }>, at: number, header: Column[]): TableFacts {
  const out: TableFacts = { names: [], regions: [], rows: 1 };
  for (let i = at + 1; i < lines.length; i++) {
    const cells = cellsOf(lines[i]?.text ?? '');
    if (!cells) break;
    out.rows++;
    if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) continue;
    if (cells.length !== header.length) break;
    cells.forEach((cell, k) => {
      const role = header[k];
      if (role === 'region' && isRegionCode(cell) && !isRegionName(cell)) out.regions.push(cell);
      if ((role !== 'resource' && role !== 'label') || /\s/.test(cell)) return;
      const name = trimName(cell);
      if (isRegionName(name) || !(role === 'label' ? looksLikeName(name) : isValue(name))) return;
      out.names.push(name);
    });
  }
  return out;
}

/** Under a title that says it names things, any token is a name except numbers, versions and dates. */
function isValue(token: string): boolean {
  if (token.length < 2 || /^https?:/i.test(token)) return false;
  if (looksLikeName(token)) return true;
  return /^[\w.*@:-]+$/.test(token) && (!/^[\d.,:/-]+$/.test(token) || /^\d{5,20}$/.test(token)) && !/^[A-Z]{2,5}$/.test(token);
}
