// The corpus scorer (score.py next to the corpus) in TypeScript, figure for figure: the same matching
// of predictions to truth files, the same metrics, the same output lines, the same rounding.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Truth {
  action_required: boolean;
  deadline: string | null;
  other_dates?: string[] | null;
  resources?: string[] | null;
  regions?: string[] | null;
  kind: string;
}

type Prediction = Record<string, unknown>;

const TRUTH_SUFFIX = '.truth.json';

export function loadTruth(dir: string): Map<string, Truth> {
  const truth = new Map<string, Truth>();
  for (const name of readdirSync(dir)) {
    if (name.endsWith(TRUTH_SUFFIX)) truth.set(name.slice(0, -TRUTH_SUFFIX.length), JSON.parse(readFileSync(join(dir, name), 'utf8')) as Truth);
  }
  return truth;
}

/** Python truthiness, which the scorer's `bool(...)`, `if x` and `x or []` rely on. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function list(value: unknown): unknown[] {
  return truthy(value) && Array.isArray(value) ? value : [];
}

function day(s: unknown): string | null {
  return truthy(s) && typeof s === 'string' ? s.slice(0, 10) : null;
}

function instant(s: unknown): number | null {
  if (!truthy(s) || typeof s !== 'string') return null;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/.test(s)) return null;
  // A naive time is UTC to the scorer, and never the local zone.
  const zoned = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(s.slice(10)) ? s : s.length > 10 ? `${s}Z` : s;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

function norm(x: unknown): string {
  return String(x).trim().toLowerCase().replace(/\.+$/, '');
}

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `f'{x:.1f}'`: rounds the exact binary value, ties to even, as Python does (JS toFixed rounds ties up). */
export function pyFixed1(x: number): string {
  // toFixed(100) is the exact decimal expansion of any double from 2^-48 up, and 0 is exact too.
  const [whole = '0', fraction = ''] = Math.abs(x).toFixed(100).split('.');
  let scaled = BigInt(whole) * 10n + BigInt(fraction[0] ?? '0');
  const rest = fraction.slice(1);
  const first = rest[0] ?? '0';
  const exactHalf = first === '5' && /^0*$/.test(rest.slice(1));
  if (first > '5' || (first === '5' && !exactHalf) || (exactHalf && scaled % 2n === 1n)) scaled += 1n;
  const text = `${scaled / 10n}.${scaled % 10n}`;
  return x < 0 ? `-${text}` : text;
}

export interface ScoreResult {
  /**
   * The lines score.py prints, SUMMARY last; with `verbose`, MISSING and failure lines before SUMMARY.
   * MISSING lines come in name order, where score.py follows the directory's own order.
   */
  lines: string[];
  summary: string;
}

export function score(truth: Map<string, Truth>, predictionLines: Iterable<string>, verbose = false): ScoreResult {
  const preds = new Map<string, Prediction>();
  for (const raw of predictionLines) {
    const line = raw.trim();
    if (!line || !line.startsWith('{')) continue;
    const p = JSON.parse(line) as Prediction;
    const name = basename(typeof p.file === 'string' ? p.file : '');
    const dot = name.lastIndexOf('.');
    const key = dot === -1 ? name : name.slice(0, dot);
    if (truth.has(key) && !preds.has(key)) preds.set(key, p);
  }

  const n = truth.size;
  const missing = [...truth.keys()].filter((k) => !preds.has(k));
  let dlTotal = 0, dlDay = 0, dlExactTotal = 0, dlExact = 0, nodlTotal = 0, nodlOk = 0, arOk = 0, kindOk = 0;
  let odTotal = 0, odHit = 0, rTp = 0, rFn = 0, rFp = 0, regTp = 0, regFn = 0;
  const fails: string[] = [];
  const shown = (v: unknown): string => (v === undefined || v === null ? 'None' : v === true ? 'True' : v === false ? 'False' : String(v));

  for (const [k, t] of [...truth.entries()].sort(([a], [b]) => codePointOrder(a, b))) {
    const p = preds.get(k) ?? {};
    if (truthy(p.actionRequired) === truthy(t.action_required)) arOk += 1;
    else fails.push(`${k}: actionRequired ${shown(p.actionRequired)} != ${shown(t.action_required)}`);
    if (p.kind === t.kind) kindOk += 1;
    if (truthy(t.deadline)) {
      dlTotal += 1;
      if (day(p.deadline) === day(t.deadline)) dlDay += 1;
      else fails.push(`${k}: deadline ${shown(p.deadline)} != ${shown(t.deadline)}`);
      if ((t.deadline ?? '').length > 10) {
        dlExactTotal += 1;
        const a = instant(p.deadline);
        const b = instant(t.deadline);
        if (a !== null && b !== null && Math.abs(a - b) / 1000 <= 60) dlExact += 1;
        else if (day(p.deadline) === day(t.deadline)) fails.push(`${k}: deadline time ${shown(p.deadline)} != ${shown(t.deadline)}`);
      }
    } else if (!truthy(t.action_required)) {
      nodlTotal += 1;
      if (!truthy(p.deadline)) nodlOk += 1;
      else fails.push(`${k}: deadline ${shown(p.deadline)} given where none is due`);
    }
    const predicted: unknown[] = [];
    for (const d of list(p.dates)) {
      const at = d !== null && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>).at : d;
      if (truthy(at)) predicted.push(at);
    }
    if (truthy(p.deadline)) predicted.push(p.deadline);
    const pd = new Set(predicted.map(day));
    for (const od of list(t.other_dates)) {
      odTotal += 1;
      if (pd.has(day(od))) odHit += 1;
      else fails.push(`${k}: date ${shown(od)} not found`);
    }
    const T = new Set(list(t.resources).map(norm));
    const P = new Set([...list(p.resources), ...list(p.accounts)].map(norm));
    const missed = [...T].filter((x) => !P.has(x)).sort(codePointOrder);
    const extra = [...P].filter((x) => !T.has(x)).sort(codePointOrder);
    rTp += T.size - missed.length;
    rFn += missed.length;
    rFp += extra.length;
    for (const x of missed) fails.push(`${k}: resource missed ${x}`);
    for (const x of extra) fails.push(`${k}: resource extra ${x}`);
    const TR = new Set(list(t.regions).map(norm));
    const PR = new Set(list(p.regions).map(norm));
    const regHit = [...TR].filter((x) => PR.has(x)).length;
    regTp += regHit;
    regFn += TR.size - regHit;
  }

  const pct = (a: number, b: number): number => (b ? (100.0 * a) / b : 100.0);
  const resP = pct(rTp, rTp + rFp);
  const resR = pct(rTp, rTp + rFn);
  const resF1 = resP + resR ? (2 * resP * resR) / (resP + resR) : 0.0;
  const f = pyFixed1;
  const lines = [
    `notices: ${n}, answered: ${n - missing.length}`,
    `deadline day accuracy: ${f(pct(dlDay, dlTotal))}% (${dlDay}/${dlTotal})`,
    `deadline exact time (where truth has a time): ${f(pct(dlExact, dlExactTotal))}% (${dlExact}/${dlExactTotal})`,
    `no false deadline on informational notices: ${f(pct(nodlOk, nodlTotal))}% (${nodlOk}/${nodlTotal})`,
    `other dates found: ${f(pct(odHit, odTotal))}% (${odHit}/${odTotal})`,
    `action-required accuracy: ${f(pct(arOk, n))}% (${arOk}/${n})`,
    `kind accuracy: ${f(pct(kindOk, n))}% (${kindOk}/${n})`,
    `resource precision ${f(resP)}% recall ${f(resR)}% F1 ${f(resF1)}%`,
    `region recall: ${f(pct(regTp, regTp + regFn))}%`,
  ];
  if (verbose) {
    for (const k of missing) lines.push(`MISSING ${k}`);
    for (const fail of fails) lines.push(`   ${fail}`);
  }
  const summary = `SUMMARY deadline=${f(pct(dlDay, dlTotal))} action=${f(pct(arOk, n))} kind=${f(pct(kindOk, n))} resF1=${f(resF1)} dates=${f(pct(odHit, odTotal))} answered=${n - missing.length}/${n}`;
  lines.push(summary);
  return { lines, summary };
}
