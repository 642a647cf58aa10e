import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTruth, pyFixed1, score } from '../../bench/score.ts';

// Truth files and prediction lines with the scorer's edge cases (duplicates, error lines, naive times,
// Python truthiness, dotted names); the expected outputs are what the corpus's score.py printed for them.
const fixtures = new URL('./fixtures/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('score-cases.json', fixtures), 'utf8')) as {
  truth: Record<string, unknown>;
  predictions: string[];
};
const expected = (name: string): string[] => readFileSync(new URL(name, fixtures), 'utf8').trimEnd().split('\n');

describe('score', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'score-'));
    for (const [key, truth] of Object.entries(cases.truth)) await writeFile(join(dir, `${key}.truth.json`), JSON.stringify(truth));
    await writeFile(join(dir, 'a.eml'), 'notice files are ignored by the loader');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints what score.py prints', () => {
    expect(score(loadTruth(dir), cases.predictions).lines).toEqual(expected('score-expected.txt'));
  });

  it('prints what score.py --verbose prints', () => {
    expect(score(loadTruth(dir), cases.predictions, true).lines).toEqual(expected('score-expected-verbose.txt'));
  });

  it('scores an empty corpus as score.py does', () => {
    expect(score(new Map(), []).summary).toBe('SUMMARY deadline=100.0 action=100.0 kind=100.0 resF1=100.0 dates=100.0 answered=0/0');
  });
});

describe('pyFixed1', () => {
  // Python: ' '.join(f'{x:.1f}' for x in xs)
  it.each([
    [6.25, '6.2'], [12.25, '12.2'], [0.05, '0.1'], [0.15, '0.1'], [2.675, '2.7'], [0, '0.0'], [100, '100.0'],
    [99.95, '100.0'], [66.66666666666667, '66.7'], [87.5, '87.5'], [0.25, '0.2'], [0.35, '0.3'], [12.35, '12.3'], [55.55, '55.5'],
  ])('%s → %s', (x, text) => {
    expect(pyFixed1(x)).toBe(text);
  });
});
