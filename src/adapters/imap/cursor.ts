import type { CursorStore } from '../../app/ports.ts';

/** The highest UID handled in a mailbox, valid only while the mailbox keeps its UIDVALIDITY. */
export interface UidCursor {
  uidValidity: string;
  uid: number;
}

const KEY = 'uid-cursor';

export async function readUidCursor(store: CursorStore, source: string): Promise<UidCursor | null> {
  const raw = await store.get(source, KEY);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      value &&
      typeof value === 'object' &&
      'uidValidity' in value &&
      'uid' in value &&
      typeof value.uidValidity === 'string' &&
      typeof value.uid === 'number'
    ) {
      return { uidValidity: value.uidValidity, uid: value.uid };
    }
  } catch {
    // A damaged cursor only costs a rescan: the sink is idempotent.
  }
  return null;
}

export async function writeUidCursor(store: CursorStore, source: string, cursor: UidCursor): Promise<void> {
  await store.set(source, KEY, JSON.stringify(cursor));
}
