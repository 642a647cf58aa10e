import { describe, expect, it } from 'vitest';
import { Metrics } from '../../../src/adapters/http/metrics.ts';

describe('Metrics', () => {
  it('renders counters and gauges in Prometheus text with escaped labels', async () => {
    const m = new Metrics();
    m.inc('a_total', 'A things', { kind: 'x"y' });
    m.inc('a_total', 'A things', { kind: 'x"y' }, 2);
    m.set('b', 'B level', 4.5);
    expect(await m.render()).toBe(['# HELP a_total A things', '# TYPE a_total counter', 'a_total{kind="x\\"y"} 3', '# HELP b B level', '# TYPE b gauge', 'b 4.5', ''].join('\n'));
  });

  it('empties a collected family before each scrape, so a label gone from the data goes from the page', async () => {
    const m = new Metrics();
    let sources = ['feed:a', 'feed:b'];
    m.collect(() => {
      for (const s of sources) m.set('failing', 'Failing sources', 1, { source: s });
    });
    expect(await m.render()).toContain('failing{source="feed:b"} 1');
    sources = ['feed:a'];
    const page = await m.render();
    expect(page).toContain('failing{source="feed:a"} 1');
    expect(page).not.toContain('feed:b');
  });

  it('keeps a gauge set outside a collector across scrapes', async () => {
    const m = new Metrics();
    m.set('leader', 'Leader', 1);
    m.collect(() => m.set('other', 'Other', 2));
    await m.render();
    expect(await m.render()).toContain('leader 1');
  });

  it('runs concurrent scrapes one after the other', async () => {
    const m = new Metrics();
    let running = 0;
    let overlapped = false;
    m.collect(async () => {
      running += 1;
      if (running > 1) overlapped = true;
      await new Promise((r) => setImmediate(r));
      running -= 1;
    });
    await Promise.all([m.render(), m.render(), m.render()]);
    expect(overlapped).toBe(false);
  });
});
