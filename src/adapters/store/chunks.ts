/**
 * Bound parameters per statement are limited (SQLite 32766, PostgreSQL 65535), so a lookup by many
 * ids goes in slices of this size.
 */
const CHUNK = 1_000;

export async function inChunks<T>(items: readonly T[], each: (chunk: T[]) => Promise<void>, size = CHUNK): Promise<void> {
  for (let i = 0; i < items.length; i += size) await each(items.slice(i, i + size));
}
