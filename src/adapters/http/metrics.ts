/** A small Prometheus text-format registry: counters and gauges with labels, and collectors read at scrape time. */
type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge';
  /** Written by a collector: emptied before each scrape, so a label gone from the data goes from the page. */
  collected: boolean;
  values: Map<string, { labels: Labels; value: number }>;
}

const key = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

export class Metrics {
  readonly #families = new Map<string, Family>();
  readonly #collectors: (() => Promise<void> | void)[] = [];
  #collecting = false;
  /** One scrape at a time: collectors empty and refill shared families. */
  #rendering: Promise<unknown> = Promise.resolve();

  #family(name: string, help: string, type: Family['type']): Family {
    let family = this.#families.get(name);
    if (!family) {
      family = { name, help, type, collected: false, values: new Map() };
      this.#families.set(name, family);
    }
    return family;
  }

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    const family = this.#family(name, help, 'counter');
    const k = key(labels);
    const current = family.values.get(k);
    family.values.set(k, { labels, value: (current?.value ?? 0) + by });
  }

  set(name: string, help: string, value: number, labels: Labels = {}): void {
    const family = this.#family(name, help, 'gauge');
    if (this.#collecting) family.collected = true;
    family.values.set(key(labels), { labels, value });
  }

  /** A gauge family replaced wholesale at each scrape (tasks by state, outbox depth). */
  collect(fn: () => Promise<void> | void): void {
    this.#collectors.push(fn);
  }

  render(): Promise<string> {
    const page = this.#rendering.then(() => this.#render());
    this.#rendering = page.catch(() => undefined);
    return page;
  }

  async #render(): Promise<string> {
    for (const f of this.#families.values()) if (f.collected) f.values.clear();
    this.#collecting = true;
    try {
      for (const fn of this.#collectors) await fn();
    } finally {
      this.#collecting = false;
    }
    const lines: string[] = [];
    for (const f of this.#families.values()) {
      lines.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`);
      for (const { labels, value } of f.values.values()) {
        const l = Object.entries(labels)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `${k}="${escape(v)}"`).join(',');
        lines.push(`${f.name}${l ? `{${l}}` : ''} ${Number.isFinite(value) ? value : 0}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}
