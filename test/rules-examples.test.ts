import { describe, expect, it } from 'vitest';
import { loadRulesOrThrow } from '../src/config/rules.ts';
import { extract } from '../src/extraction/index.ts';
import { assumedExtraction, exampleNotice, expectationFailures } from '../src/domain/rule-examples.ts';
import { patternsFor, route } from '../src/domain/routing.ts';

/**
 * Whether the examples' extraction fields (deadline, actionRequired, resources, unclassified kind)
 * are judged against the real extraction engine. Off, routing is judged on the extraction each
 * example says a sane extractor gets; on, on what the engine actually got.
 */
const EXTRACTION_EXPECTATIONS = true;

const rules = loadRulesOrThrow('rules');
const cases = rules.rules.flatMap((rule) => rule.examples.map((example, index) => ({ name: `${rule.id} #${index + 1} (${example.where})`, rule, example, index })));

describe('shipped rule examples', () => {
  it('every rule carries at least one example', () => {
    expect(rules.rules.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
  });

  it.each(cases)('$name', ({ rule, example, index }) => {
    const notice = exampleNotice(rule, example, index);
    const patterns = patternsFor(notice, rules);
    const actual = extract(notice, { patterns });
    const extraction = EXTRACTION_EXPECTATIONS ? actual : assumedExtraction(actual, example.expect);

    const routing = route(notice, extraction, rules);

    const failures = expectationFailures(example.expect, extraction, routing, EXTRACTION_EXPECTATIONS);
    for (const own of rule.patterns) if (!patterns.includes(own)) failures.push(`pattern ${own.pattern} is not offered to extraction`);
    expect(failures, routing.reasons.join('\n')).toEqual([]);
  });
});
