import { StoreConflictError } from '../../app/ports.ts';

const SQLITE_CONFLICTS = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']);
// unique_violation, serialization_failure, deadlock_detected
const POSTGRES_CONFLICTS = new Set(['23505', '40001', '40P01']);

/** A driver error that a concurrent writer caused: the transaction may succeed when run again. */
export function isConflict(error: unknown): boolean {
  if (error instanceof StoreConflictError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (SQLITE_CONFLICTS.has(code) || POSTGRES_CONFLICTS.has(code));
}

/** Runs one write, reporting a taken unique key as StoreConflictError. */
export async function guarded<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StoreConflictError || !isConflict(error)) throw error;
    throw new StoreConflictError(`${what}: ${(error as Error).message}`, { cause: error });
  }
}
