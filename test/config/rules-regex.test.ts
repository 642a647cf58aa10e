import { describe, expect, it } from 'vitest';
import { compileRegex } from '../../src/config/rules-regex.ts';

describe('regexes in rules', () => {
  it.each([
    ['(a+)+$', 'a quantified group around a quantifier'],
    ['(a*)*', 'star inside star'],
    ['(.*)*', 'dot-star inside star'],
    ['(\\w+\\s?)+$', 'an optional separator does not separate'],
    ['(?:[a-z]+-?)+', 'an optional hyphen does not separate'],
    ['(a+){1,100}', 'a large bounded repeat is as bad as an unbounded one'],
    ['(?:x(?:a+|b)*)', 'an alternative with a quantifier, repeated'],
    ['(a|a)*', 'identical alternatives'],
    ['(a|ab)*', 'alternatives that start alike'],
    ['(\\d|\\w)+', 'overlapping classes'],
    ['(?:A|a)+', 'alternatives equal once case is ignored'],
  ])('refuses %s (%s)', (source) => {
    const result = compileRegex(source, 'i');

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/can backtrack catastrophically/);
  });

  it.each([
    ['(?:[\\w-]+\\.)+[a-z]{2,}', 'a required dot ends each label'],
    ['(?:\\w+\\s)+', 'a required space ends each word'],
    ['(ab+)*', 'each repetition starts with a'],
    ['(?:,\\s*\\w+)*', 'a required comma'],
    ['(?:(?:a|b)c+)*', 'a required group of other characters'],
    ['(?:a+x|b+y)*', 'each alternative ends with its own delimiter'],
    ['(?:\\s|,)+', 'disjoint alternatives'],
    ['(a+){2,5}', 'a small bounded repeat'],
    ['arn:aws:[\\w-]+:[\\w-]*:\\d{12}:[^\\s]+', 'a flat pattern'],
    ['(?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})', 'a date phrase'],
    ['[\\w-.]+', 'a dash next to a class escape is a literal'],
  ])('accepts %s (%s)', (source) => {
    expect(compileRegex(source, 'i')).toMatchObject({ ok: true });
  });

  it('reports a regex that does not compile with the engine message', () => {
    expect(compileRegex('maintenance|(migrat', 'i')).toEqual({ ok: false, message: expect.stringMatching(/^regex does not compile: .*Unterminated group/) });
  });

  it('compiles with the flags asked for and lists the named groups', () => {
    const result = compileRegex('(?<resource>i-[0-9a-f]{8})|expires (?<date>\\S+)', 'gi');

    expect(result.ok && [result.regex.flags, result.groups]).toEqual(['gi', ['resource', 'date']]);
  });

  it('names the offending construct', () => {
    const result = compileRegex('notice: (?:[a-z]+\\s?)+ end', 'i');

    expect(result.ok ? '' : result.message).toContain('"(?:[a-z]+\\s?)+" repeats "[a-z]+"');
  });
});
