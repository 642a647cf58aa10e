// Runs reminder ticks over the SQLite file named on the command line from the instant given,
// printing `tick ISO` before each tick and `w` after each committed step. The kill test SIGKILLs it,
// or has it SIGKILL itself inside a write (`N:records` or `N:outbox`, see crashingStore).
import { openSqliteStore } from '../../../src/adapters/store/sqlite.ts';
import { crashingStore, runTicks, type CrashPhase } from './reminder-kill-rig.ts';

const [url, from, crash = '-'] = process.argv.slice(2);
if (!url || !from) throw new Error('usage: reminder-tick-child.ts file:PATH FROM-ISO [N:records|N:outbox]');
const store = await openSqliteStore(url);
const [n, phase] = crash.split(':');
const ticking = phase === 'records' || phase === 'outbox' ? crashingStore(store, Number(n), phase satisfies CrashPhase) : store;
await runTicks(ticking, Date.parse(from), {
  tick: (at) => process.stdout.write(`tick ${at.toISOString()}\n`),
  recorded: () => process.stdout.write('w\n'),
});
await store.close();
process.stdout.write('done\n');
