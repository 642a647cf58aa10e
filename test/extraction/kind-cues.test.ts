import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('kind cues', () => {
  it.each([
    ['From May 4, 2026 we block calls made with an AccessKey that has been made public on a code-sharing site.', 'security'],
    ['Leaked ApiKeys can be used by anyone. Starting June 2, 2026 we restrict what a flagged key may do.', 'security'],
    ['An access key leakage puts every bucket in your account at risk; we now quarantine keys we find online.', 'security'],
    ['Your secret key was made public in a forum post on March 3, 2026; create a new one.', 'security'],
    // A product made public, or a key that is only named, is no exposure.
    ['The beta of our key-value store has been made public: anyone may now sign up and try it from April 1, 2026.', 'informational'],
  ])('a credential of the reader found where others can read it is a security event: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['We noticed the personal token on your workspace sat unused for a year, so we revoked your personal token. Bots that relied on it will no longer work.', '', 'security'],
    ['Integrations that used it no longer work.', 'Your deploy token has been revoked', 'security'],
    ['Keys that were never rotated have been deactivated; scripts that call the API with them stop working.', '', 'security'],
    // Something else that has been taken away is no credential.
    ['The legacy upload endpoint has been disabled. Clients that call it will no longer work after May 5, 2026.', '', 'deprecation'],
  ])('a credential the provider has already revoked is a security event, not a product that ends: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});
