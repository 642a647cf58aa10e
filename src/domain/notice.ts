import type { Extraction, Precision } from './facts.ts';

/** Where a notice came from: enough to find it again and to never read it twice. */
export type SourceRef =
  | { kind: 'imap'; mailbox: string; uidValidity: string; uid: number }
  | { kind: 'feed'; feed: string; guid: string }
  | { kind: 'aws-health'; eventArn: string }
  | { kind: 'cert-probe'; target: string }
  | { kind: 'slack'; user: string; channel?: string }
  | { kind: 'file'; path: string; index: number };

/** One message from a provider, as any source delivers it, before anything is extracted. */
export interface Notice {
  source: SourceRef;
  /** RFC 822 Message-ID, feed guid or provider event id, when the source has one. */
  messageId?: string;
  /** Sender address (`no-reply-aws@amazon.com`) or feed URL; lower-cased. */
  from: string;
  fromName?: string;
  subject: string;
  /** When the provider sent it (the Date header, the item's date); relative phrases resolve against it. */
  receivedAt: Date;
  /** Plain text; HTML is converted before it gets here. */
  text: string;
  /** Bytes of the original (message, item), before conversion. */
  rawSize: number;
  /** A link to the notice itself (feed item link, status page). */
  url?: string;
  /** A stable provider id for the real-world event (AWS Health eventArn), the strongest dedupe key. */
  eventId?: string;
  /** What the reader had to guess while converting it (an unknown charset read as Windows-1252). */
  warnings?: string[];
  /** Facts a structured source already knows (AWS Health: service, region, entities). Extraction keeps them. */
  hints?: Partial<Pick<Extraction, 'provider' | 'service' | 'kind' | 'resources' | 'regions' | 'accounts'>> & {
    windowStart?: Date;
    windowEnd?: Date;
    /**
     * The instant by which action is due, where the source knows it (a certificate probe reads the
     * expiry): it is THE deadline, even once past, and action is required.
     */
    deadline?: { at: Date; precision: Precision; text: string };
  };
}
