import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../src/readers/index.ts';
import { fixture } from './fixtures.ts';

const messages = (text: string): string[] => splitMbox(Buffer.from(text, 'latin1')).map((m) => m.toString('latin1'));

describe('splitMbox', () => {
  it('splits on From_ lines and undoes >From escaping by one level', () => {
    const [first, second, ...rest] = splitMbox(fixture('two.mbox')).map((m) => m.toString('utf8'));
    expect(rest).toEqual([]);
    expect(first).toMatch(/^From: Example Cloud/);
    expect(first).toContain('\nFrom now on, copy the ones you need.\n>From the archive');
    expect(second).toMatch(/^From: Legacy Host/);
  });

  it.each([
    ['a blank line before the From_ line', 'From a@x Tue Mar  5 10:12:00 2024\nSubject: 1\n\nbody\n\nFrom b@x Tue Mar  5 10:13:00 2024\nSubject: 2\n\nb\n', 2],
    ['a From_ line with no blank line before it', 'From a@x Tue Mar  5 10:12:00 2024\nSubject: 1\n\nbody\nFrom b@x Tue Mar  5 10:13:00 2024\nSubject: 2\n\nb\n', 2],
    ['an unescaped "From " sentence inside a paragraph', 'From a@x Tue Mar  5 10:12:00 2024\nSubject: 1\n\nline\nFrom time to time we write.\n', 1],
    ['CRLF line ends', 'From a@x Tue Mar  5 10:12:00 2024\r\nSubject: 1\r\n\r\nbody\r\n\r\nFrom b@x Tue Mar  5 10:13:00 2024\r\nSubject: 2\r\n\r\nb\r\n', 2],
    ['no From_ line', 'Subject: x\n\nbody\n', 0],
  ])('%s → %i message(s)', (_name, text, count) => {
    expect(messages(text)).toHaveLength(count);
  });

  it('keeps 8-bit bytes as they were', () => {
    const [only] = splitMbox(Buffer.from('From a@x Tue Mar  5 10:12:00 2024\nSubject: x\n\ncaf\xe9\n', 'latin1'));
    expect(only?.includes(0xe9)).toBe(true);
  });
});
