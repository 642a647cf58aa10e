import { describe, expect, it } from 'vitest';
import { isActionRequired } from '../../src/extraction/action.ts';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

describe('no changes needed, said of how easy a move is, is not a notice that asks nothing', () => {
  it.each([
    ['The old image host closes on June 30, 2024. Move your pulls to the new registry, a drop-in swap with no changes needed to your manifests.', 'end-of-life', true],
    ['Legacy agents stop reporting on June 30, 2024. Upgrade them before then; the new agent is a single binary, with no configuration changes required.', 'deprecation', true],
    // Said of the notice's own change, it still asks nothing.
    ['The legacy endpoint is retired on June 30, 2024. No changes are required to your integrations: we forward the calls.', 'retirement', false],
    ['We are moving the status page to a new host. No code changes are needed.', 'deprecation', false],
    ['We will move your databases to the new cluster on June 30, 2024, with no changes needed on your side.', 'retirement', false],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});

// The kind is given: what is weighed here is the finding, and a date that only stamps the day the report is sent.
describe('a breach report that found nothing of the reader’s touched, dated only the day it is sent', () => {
  const report = (finding: string) =>
    extract(aNotice({ subject: 'Security incident report', hints: { kind: 'security' }, text: `Security report, 2024-03-01\n\nLast week an intruder reached two of our build servers, which we took offline. ${finding}` }));
  it.each([
    ['There is no conclusive evidence that the release signing key was compromised.', false],
    ['We found no sign that any published package was tampered with.', false],
    ['We have no clear indication that tokens were exposed.', false],
    // A finding that touched the reader's things, or an ask, keeps the task.
    ['The intruder copied the deploy keys of some projects, yours among them.', true],
    ['There is no evidence that the signing key was compromised, but you must rotate your deploy keys.', true],
  ] as const)('%s → %s', (finding, expected) => {
    const x = report(finding);
    expect(x.actionRequired).toBe(expected);
  });
});
