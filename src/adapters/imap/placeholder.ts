import type { FetchMessageObject } from 'imapflow';
import type { Notice, SourceRef } from '../../domain/notice.ts';

/**
 * A notice for a message that was not read (too large, or the reader failed on it): what the
 * envelope says, and why, so a person still sees that the provider wrote.
 */
export function placeholderNotice(message: FetchMessageObject, source: SourceRef, reason: string, now: Date): Notice {
  const envelope = message.envelope;
  const sender = envelope?.from?.[0] ?? envelope?.sender?.[0];
  const date = toDate(envelope?.date) ?? toDate(message.internalDate) ?? now;
  const subject = envelope?.subject?.trim() || '(no subject)';
  return {
    source,
    messageId: envelope?.messageId || undefined,
    from: (sender?.address ?? '').toLowerCase(),
    fromName: sender?.name || undefined,
    subject,
    receivedAt: date,
    text: `${subject}\n\n[This message was not read: ${reason}. Open it in the mailbox to see what it says.]`,
    rawSize: message.size ?? 0,
  };
}

function toDate(value: Date | string | undefined): Date | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
