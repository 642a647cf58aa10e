import type { Notice } from '../../src/domain/notice.ts';

/** A notice as a source would deliver it; every field can be overridden. */
export function aNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    source: { kind: 'file', path: 'test.eml', index: 0 },
    from: 'notices@provider.example',
    subject: 'Provider notification',
    receivedAt: new Date('2024-03-01T12:00:00Z'),
    text: '',
    rawSize: 0,
    ...overrides,
  };
}

export const iso = (d: Date | undefined): string | undefined => d?.toISOString().replace('.000Z', 'Z');
