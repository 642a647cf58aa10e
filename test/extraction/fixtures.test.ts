import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/domain/notice.ts';
import { extract } from '../../src/extraction/index.ts';
import { score, type Scores, type Truth } from './scoring.ts';

const DIR = join(import.meta.dirname, '../fixtures/notices');

/** A fixture message as a mail source would hand it over (the readers do the same, with more care). */
async function readFixture(file: string): Promise<Notice> {
  if (file.endsWith('.xml')) return readFeedItem(file);
  const name = file.slice(0, -'.eml'.length);
  const raw = readFileSync(join(DIR, file));
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

/** A one-item feed fixture (its description already plain text) as a feed source would hand it over. */
function readFeedItem(file: string): Notice {
  const raw = readFileSync(join(DIR, file), 'utf8');
  const feed = parseFeed(raw);
  const item = feed.items[0];
  return {
    source: { kind: 'feed', feed: feed.url ?? file, guid: item?.id ?? file },
    from: (feed.url ?? '').toLowerCase(),
    fromName: feed.title ?? undefined,
    subject: item?.title ?? '',
    receivedAt: item?.published ?? new Date(Number.NaN),
    text: item?.description ?? item?.content ?? '',
    rawSize: raw.length,
    url: item?.url ?? undefined,
  };
}

describe('the fixture notices, scored like the project corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.eml') || f.endsWith('.xml'));
  const names = files.map((f) => f.replace(/\.(?:eml|xml)$/, ''));
  let scores: Scores;

  beforeAll(async () => {
    const cases = await Promise.all(
      files.map(async (file) => {
        const id = file.replace(/\.(?:eml|xml)$/, '');
        return { id, truth: JSON.parse(readFileSync(join(DIR, `${id}.truth.json`), 'utf8')) as Truth, got: extract(await readFixture(file)) };
      }),
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
