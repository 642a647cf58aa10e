import { runIngestBench } from '../bench/ingest.ts';
const r = await runIngestBench({ notices: 1000 });
const g = globalThis as any;
console.log('ingest ms', r.ingestMs.toFixed(0), 'queries', g.__q, 'in driver ms', g.__qt.toFixed(0), 'per query µs', (g.__qt / g.__q * 1000).toFixed(0));
for (const [k, v] of [...g.__qs].sort((a: any, b: any) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(0).padStart(6), k);
