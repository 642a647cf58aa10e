import type { Extraction } from '../../src/domain/facts.ts';

/** What a careful reader extracts from a notice (the `.truth.json` beside each fixture). */
export interface Truth {
  action_required: boolean;
  deadline: string | null;
  other_dates: string[];
  resources: string[];
  regions: string[];
  kind: string;
}

export interface Scores {
  deadlineDay: number;
  deadlineExact: number;
  noFalseDeadline: number;
  otherDates: number;
  actionRequired: number;
  kind: number;
  resourcePrecision: number;
  resourceRecall: number;
  resourceF1: number;
  regionRecall: number;
  failures: string[];
}

const day = (s: string | null | undefined): string | null => (s ? s.slice(0, 10) : null);
const norm = (s: string): string => s.trim().toLowerCase().replace(/\.$/, '');
const pct = (a: number, b: number): number => (b === 0 ? 100 : (100 * a) / b);

/** The corpus metrics, computed the way the project's scoring script computes them. */
export function score(cases: Array<{ id: string; truth: Truth; got: Extraction }>): Scores {
  let dlTotal = 0, dlDay = 0, exactTotal = 0, exact = 0, nodlTotal = 0, nodlOk = 0;
  let ar = 0, kind = 0, odTotal = 0, odHit = 0, tp = 0, fn = 0, fp = 0, regTp = 0, regFn = 0;
  const failures: string[] = [];
  for (const { id, truth, got } of cases) {
    const deadline = got.deadline?.at.toISOString() ?? null;
    if (got.actionRequired === truth.action_required) ar++;
    else failures.push(`${id}: actionRequired ${got.actionRequired}`);
    if (got.kind === truth.kind) kind++;
    else failures.push(`${id}: kind ${got.kind} != ${truth.kind}`);
    if (truth.deadline) {
      dlTotal++;
      if (day(deadline) === day(truth.deadline)) dlDay++;
      else failures.push(`${id}: deadline ${deadline} != ${truth.deadline}`);
      if (truth.deadline.length > 10) {
        exactTotal++;
        if (deadline && Math.abs(Date.parse(deadline) - Date.parse(truth.deadline)) <= 60_000) exact++;
        else failures.push(`${id}: deadline time ${deadline} != ${truth.deadline}`);
      }
    } else if (!truth.action_required) {
      nodlTotal++;
      if (!deadline) nodlOk++;
      else failures.push(`${id}: deadline ${deadline} where none is due`);
    }
    const days = new Set([...got.dates.map((d) => day(d.at.toISOString())), day(deadline)]);
    for (const od of truth.other_dates) {
      odTotal++;
      if (days.has(day(od))) odHit++;
      else failures.push(`${id}: date ${od} not found`);
    }
    const want = new Set(truth.resources.map(norm));
    const have = new Set([...got.resources, ...got.accounts].map(norm));
    for (const r of want) if (have.has(r)) tp++; else { fn++; failures.push(`${id}: resource missed ${r}`); }
    for (const r of have) if (!want.has(r)) { fp++; failures.push(`${id}: resource extra ${r}`); }
    const regions = new Set(got.regions.map(norm));
    for (const r of truth.regions.map(norm)) if (regions.has(r)) regTp++; else { regFn++; failures.push(`${id}: region missed ${r}`); }
  }
  const p = pct(tp, tp + fp);
  const r = pct(tp, tp + fn);
  return {
    deadlineDay: pct(dlDay, dlTotal),
    deadlineExact: pct(exact, exactTotal),
    noFalseDeadline: pct(nodlOk, nodlTotal),
    otherDates: pct(odHit, odTotal),
    actionRequired: pct(ar, cases.length),
    kind: pct(kind, cases.length),
    resourcePrecision: p,
    resourceRecall: r,
    resourceF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    regionRecall: pct(regTp, regTp + regFn),
    failures,
  };
}
