import type { AdminAlerts, CursorStore, SourceHealthRecord, SourceHealthStore } from '../../app/ports.ts';

/** CursorStore in a Map: tests, the sandbox, and `poll --once` without a database. */
export class MemoryCursorStore implements CursorStore {
  readonly values = new Map<string, string>();

  async get(source: string, key: string): Promise<string | null> {
    return this.values.get(`${source}\u0000${key}`) ?? null;
  }

  async set(source: string, key: string, value: string): Promise<void> {
    this.values.set(`${source}\u0000${key}`, value);
  }
}

/** SourceHealthStore in a Map; records are copied in and out so callers cannot alias them. */
export class MemorySourceHealthStore implements SourceHealthStore {
  readonly #records = new Map<string, SourceHealthRecord>();

  async get(source: string): Promise<SourceHealthRecord | null> {
    const record = this.#records.get(source);
    return record ? { ...record } : null;
  }

  async put(record: SourceHealthRecord): Promise<void> {
    this.#records.set(record.source, { ...record });
  }

  async list(): Promise<SourceHealthRecord[]> {
    return [...this.#records.values()].map((r) => ({ ...r })).sort((a, b) => a.source.localeCompare(b.source));
  }
}

/** AdminAlerts that keep what they were told: tests and the sandbox without Slack. */
export class MemoryAdminAlerts implements AdminAlerts {
  readonly sent: string[] = [];

  async alert(text: string): Promise<void> {
    this.sent.push(text);
  }
}
