import { describe, expect, it } from 'vitest';
import { isActionRequired } from '../../src/extraction/action.ts';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const read = (text: string, subject = '') => extract(aNotice({ text, subject }));

describe('vulnerabilities that may be found some day are why a release is risky, not a flaw found', () => {
  it.each([
    ['Ruby 2.6 leaves the platform', 'Ruby 2.6 reached its end of life in 2022; old releases may harbour potential vulnerabilities. From July 1, 2026 new apps cannot select it.', 'end-of-life'],
    ['Older runtimes', 'Runtimes past their end of life could put your apps at risk if any vulnerabilities are found in them. Node 14 can no longer be selected after July 1, 2026.', 'deprecation'],
    ['Legacy images', 'Images past their end of life leave future security vulnerabilities unfixed. Images older than 2020 will not be able to start after July 1, 2026.', 'deprecation'],
    // A flaw that was found is a security event.
    ['Flaw in the build agent', 'A vulnerability in the build agent lets a job read another job’s cache. Update the agent to 3.4.1 by July 1, 2026.', 'security'],
    ['Advisory', 'We found vulnerabilities in two of the bundled libraries. Upgrade the SDK to 5.2 before July 1, 2026.', 'security'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(read(text, subject).kind).toBe(kind);
  });
});

describe('a breach is security; a flaw the provider patches in its own window is maintenance', () => {
  it.each([
    ['Update on the security incident', 'Our review of last month’s security incident is complete. An intruder used a stolen session to read internal documents, and the security incident has been closed.', 'security'],
    ['Kernel flaw: host reboots', 'A vulnerability in the host kernel affects our hypervisors. We will patch and reboot every host in a maintenance window on May 3, 2026 from 01:00 to 03:00 UTC. Your services restart once.', 'maintenance'],
    ['Security update window', 'We are applying a security update for a CPU flaw during scheduled maintenance starting June 2, 2026 at 22:00 UTC, ending at 23:30 UTC. Databases will restart.', 'maintenance'],
    // The same flaw with something asked of the reader, or with no window of the provider's, stays security.
    ['Kernel flaw: your images', 'A vulnerability in the kernel of our base image lets a process escape its container. Rebuild your images from the new base image before May 3, 2026.', 'security'],
    ['Agent vulnerability', 'A vulnerability was found in the monitoring agent. We will release a fixed agent next week.', 'security'],
    // An outage is still an incident.
    ['API incident', 'We are investigating an incident affecting API requests in the EU region.', 'incident'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(read(text, subject).kind).toBe(kind);
  });
});

describe('a breach told after the fact that found the reader’s things untouched asks nothing', () => {
  it.each([
    ['On March 3 we told you about an intrusion into our ticketing tool. Our investigation is complete; there is no evidence that customer data was accessed.', false],
    ['The security incident reported on March 3 is closed. We found no indication of any access to your stored secrets.', false],
    // A breach that touched the reader's things, or a look-back that still asks, keeps its ask.
    ['On March 3 an intruder read the stored secrets of some workspaces, including yours.', true],
    ['On March 3 we told you about an intrusion. There is no evidence that customer data was accessed, but you must rotate your deploy keys.', true],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'security', false, false, true)).toBe(expected);
  });
});

describe('advice that a condition opens is not harm that follows it', () => {
  it.each([
    ['If your client does not retry on its own, we suggest resending the failed calls once the window ends.', false],
    ['If your jobs do not pin a version, we recommend pinning one before the upgrade.', false],
    ['If your integration is not idempotent, we would advise replaying the failed requests by hand.', false],
    // Harm that befalls the reader still follows from the condition.
    ['If payment is not received by May 4, 2026, your workspace will be suspended.', true],
    ['If your webhook keeps failing, we will disable it and the failed deliveries will be lost.', true],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'maintenance')).toBe(expected);
  });
});
