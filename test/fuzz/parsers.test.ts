import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReaderError, parseEmail, parseFeed } from '../../src/readers/index.ts';
import { extract } from '../../src/extraction/index.ts';
import { loadRules } from '../../src/config/rules.ts';
import { parseNoticesCommand, parseDuration } from '../../src/adapters/slack/command-parse.ts';
import { decodeSnoozeChoice, decodeTaskRef } from '../../src/domain/action-ids.ts';
import { parseReasonSubmission, parseScheduleSubmission } from '../../src/domain/blocks/modals.ts';
import { mutate, prng } from './mutate.ts';

// Bounded by count, not time, so every run checks the same inputs; each case still must end.
const ROUNDS = 150;
const fixtures = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => readFileSync(join(dir, f), 'utf8'));

const emails = [...fixtures('test/fixtures/notices', '.eml'), ...fixtures('test/fixtures/readers', '.eml')];
const feeds = fixtures('test/fixtures/readers', '.xml');

describe('fuzzing the parsers with mutated inputs', () => {
  it('reads every mutated e-mail into a notice and its facts, or rejects it with a reader error', async () => {
    const rnd = prng(1);
    let rejected = 0;
    for (let i = 0; i < ROUNDS; i += 1) {
      const raw = mutate(emails[i % emails.length] ?? '', rnd);
      try {
        const notice = await parseEmail(Buffer.from(raw, 'utf8'), { kind: 'file', path: `fuzz-${i}.eml`, index: 0 });
        const facts = extract(notice);
        expect(Array.isArray(facts.dates)).toBe(true);
      } catch (err) {
        if (!isReaderError(err)) throw new Error(`case ${i}: unexpected ${String(err)}`);
        expect(err.message.length).toBeGreaterThan(0);
        rejected += 1;
      }
    }
    expect(rejected).toBeLessThan(ROUNDS);
  });

  it('reads every mutated feed into notices, or rejects it with a reader error', () => {
    const rnd = prng(2);
    for (let i = 0; i < ROUNDS; i += 1) {
      const xml = mutate(feeds[i % feeds.length] ?? '', rnd);
      try {
        for (const notice of parseFeed(xml, 'https://feeds.example/fuzz')) extract(notice);
      } catch (err) {
        if (!isReaderError(err)) throw new Error(`case ${i}: unexpected ${String(err)}`);
      }
    }
  });

  it('loads every mutated rules folder or lists its problems with file and line, never throwing', () => {
    const rnd = prng(3);
    const files = ['teams.yaml', 'ladders.yaml', 'sources.yaml', 'providers/aws.yaml', 'providers/github.yaml'];
    const base = mkdtempSync(join(tmpdir(), 'nb-fuzz-rules-'));
    for (let i = 0; i < 20; i += 1) {
      const dir = join(base, String(i));
      cpSync('rules', dir, { recursive: true });
      const file = files[i % files.length] ?? 'teams.yaml';
      writeFileSync(join(dir, file), mutate(readFileSync(join(dir, file), 'utf8'), rnd));
      const result = loadRules(dir);
      if (result.ok) continue;
      for (const p of result.problems) {
        expect(p.file).toMatch(/\.ya?ml$|rules/);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('parses every mutated Slack command and payload field into a value or a refusal', () => {
    const rnd = prng(4);
    const seeds = ['list', 'show 12', 'assign 3 <@U123|ada>', 'snooze 7 3d', 'add Please act before May 1', 'digest', 'help'];
    for (let i = 0; i < ROUNDS; i += 1) {
      const text = mutate(seeds[i % seeds.length] ?? '', rnd);
      expect(parseNoticesCommand(text)).toHaveProperty('kind');
      parseDuration(text);
      decodeTaskRef(text);
      decodeSnoozeChoice(text);
      const values = { [text.slice(0, 8)]: { [text.slice(8, 16)]: { type: 'plain_text_input', value: text } } };
      expect(parseScheduleSubmission(values)).toHaveProperty('ok');
      expect(parseReasonSubmission(values)).toHaveProperty('ok');
    }
  });
});
