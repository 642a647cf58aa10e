import type { Logger, Store } from '../../app/ports.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';

export { openMemoryStore } from './memory.ts';
export { openSqliteStore } from './sqlite.ts';
export { openPostgresStore } from './postgres.ts';

/** `DATABASE_URL` → an open, migrated store: `file:…` is SQLite, `postgres://…` PostgreSQL. */
export function openStore(url: string, options: { log?: Logger } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgresStore(url, options);
  if (url.startsWith('file:')) return openSqliteStore(url);
  return Promise.reject(new Error(`DATABASE_URL: use file:./path.db or postgres://…, got "${url}"`));
}
