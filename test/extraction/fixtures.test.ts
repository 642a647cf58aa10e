import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/domain/notice.ts';
import { extract } from '../../src/extraction/index.ts';
import { score, type Scores, type Truth } from './scoring.ts';

const DIR = join(import.meta.dirname, '../fixtures/notices');

/** A fixture message as a mail source would hand it over (the readers do the same, with more care). */
async function readFixture(name: string): Promise<Notice> {
  const raw = readFileSync(join(DIR, `${name}.eml`));
  const mail = await simpleParser(raw);
  return {
    source: { kind: 'file', path: `${name}.eml`, index: 0 },
    from: (mail.from?.value[0]?.address ?? '').toLowerCase(),
    fromName: mail.from?.value[0]?.name,
    subject: mail.subject ?? '',
    receivedAt: mail.date ?? new Date(Number.NaN),
    text: mail.text ?? '',
    rawSize: raw.length,
  };
}

describe('the fixture notices, scored like the project corpus', () => {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.eml')).map((f) => f.slice(0, -'.eml'.length));
  let scores: Scores;

  beforeAll(async () => {
    const cases = await Promise.all(
      names.map(async (id) => ({
        id,
        truth: JSON.parse(readFileSync(join(DIR, `${id}.truth.json`), 'utf8')) as Truth,
        got: extract(await readFixture(id)),
      })),
    );
    scores = score(cases);
  });

  it('has a truth file for every notice, and enough notices to mean something', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const id of names) expect(() => readFileSync(join(DIR, `${id}.truth.json`))).not.toThrow();
  });

  it.each([
    ['deadlineDay', 95],
    ['deadlineExact', 90],
    ['noFalseDeadline', 90],
    ['otherDates', 97],
    ['actionRequired', 95],
    ['kind', 90],
    ['resourceF1', 90],
  ] as const)('%s is at least %d%%', (metric, floor) => {
    expect(scores[metric], scores.failures.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
