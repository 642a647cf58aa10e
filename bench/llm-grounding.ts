// How much of what a careful reader finds in real notices the LLM grounding would let through, and
// how well the unsure detector's action cues agree with that reader. Usage:
//   node bin/run-ts.js bench/llm-grounding.ts DIR   (DIR holds ID.eml + ID.truth.json pairs)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { Notice } from '../src/domain/notice.ts';
import { groundProposal, type LlmProposal } from '../src/extraction/grounding.ts';
import { asksForAction } from '../src/extraction/llm-unsure.ts';

interface Truth {
  action_required: boolean;
  deadline: string | null;
  other_dates: string[];
  resources: string[];
  regions: string[];
}

function readEml(path: string): Notice {
  const raw = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const split = raw.indexOf('\n\n');
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const text = raw.slice(split + 2);
  return {
    source: { kind: 'file', path, index: 0 },
    from: header('From').toLowerCase(),
    subject: header('Subject'),
    receivedAt: new Date(header('Date')),
    text,
    rawSize: raw.length,
  };
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: bench/llm-grounding.ts DIR');
  process.exit(2);
}

const tally = { notices: 0, dates: 0, datesKept: 0, ids: 0, idsKept: 0, tp: 0, fp: 0, fn: 0, tn: 0, ms: 0 };
const missed: string[] = [];
const empty: LlmProposal = { provider: null, service: null, kind: 'informational', actionRequired: false, dates: [], resources: [], regions: [], accounts: [] };
for (const name of readdirSync(dir).filter((n) => n.endsWith('.eml')).sort()) {
  const id = name.replace(/\.eml$/, '');
  const notice = readEml(join(dir, name));
  const truth = JSON.parse(readFileSync(join(dir, `${id}.truth.json`), 'utf8')) as Truth;
  tally.notices += 1;

  const asks = asksForAction(notice);
  if (asks && truth.action_required) tally.tp += 1;
  else if (asks) missed.push(`${id} action cue without action (fp)`), (tally.fp += 1);
  else if (truth.action_required) missed.push(`${id} action without a cue (fn)`), (tally.fn += 1);
  else tally.tn += 1;

  // A model that quotes the phrase each true date is written in: can grounding accept it?
  const days = [...new Set([truth.deadline, ...truth.other_dates].filter((d): d is string => d !== null).map((d) => d.slice(0, 10)))];
  const phrases = chrono.parse(`${notice.subject}\n${notice.text}`, { instant: notice.receivedAt, timezone: 'UTC' }).map((r) => r.text);
  const started = performance.now();
  for (const day of days) {
    const dates = phrases.map((text) => ({ text, day, role: 'mentioned' as const }));
    tally.dates += 1;
    if (groundProposal(notice, { ...empty, dates }).grounded.dates.length > 0) tally.datesKept += 1;
    else missed.push(`${id} date ${day}`);
  }
  const { grounded } = groundProposal(notice, { ...empty, resources: truth.resources, regions: truth.regions });
  tally.ms += performance.now() - started;
  const kept = new Set([...grounded.resources, ...grounded.regions].map((v) => v.toLowerCase()));
  for (const v of [...truth.resources, ...truth.regions]) if (!kept.has(v.toLowerCase())) missed.push(`${id} id ${v}`);
  tally.ids += truth.resources.length + truth.regions.length;
  tally.idsKept += grounded.resources.length + grounded.regions.length;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`notices: ${tally.notices}`);
console.log(`true dates groundable from a quoted phrase: ${tally.datesKept}/${tally.dates} (${pct(tally.datesKept, tally.dates)})`);
console.log(`true resources + regions kept by grounding: ${tally.idsKept}/${tally.ids} (${pct(tally.idsKept, tally.ids)})`);
console.log(`action cues vs action_required: tp ${tally.tp} fp ${tally.fp} fn ${tally.fn} tn ${tally.tn}, recall ${pct(tally.tp, tally.tp + tally.fn)}, precision ${pct(tally.tp, tally.tp + tally.fp)}`);
console.log(`grounding time: ${(tally.ms / tally.notices).toFixed(2)} ms per notice (every true day against every date phrase, then the identifiers)`);
for (const m of missed) console.log(`  ${m}`);
