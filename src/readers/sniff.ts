import { ReaderError } from './errors.ts';

// Binary files show themselves in their first bytes; looking further would refuse real mail that
// carries an 8-bit binary attachment after its text.
const SAMPLE = 4 * 1024;

/** Refuses what is not text at all: nothing to read, or bytes that are not characters (an image, an archive). */
export function assertText(bytes: Uint8Array): void {
  if (isBlank(bytes)) throw new ReaderError('empty', 'empty input: there is nothing to read');
  const length = Math.min(bytes.length, SAMPLE);
  let control = 0;
  // Indexed loops: an iterator over a typed array costs several times as much per byte.
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) throw new ReaderError('binary', 'binary data (NUL bytes), not a text message or feed');
    // Tab, line feed, form feed, carriage return and escape (ISO-2022 shifts) occur in real text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control += 1;
  }
  if (control * 100 > length) {
    throw new ReaderError('binary', `binary data (${control} control bytes in the first ${length}), not a text message or feed`);
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  }
  return true;
}

export type InputFormat = 'email' | 'mbox' | 'feed';

/** What a file holds, from its first bytes: an mbox starts with a From_ line, a feed with markup. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'feed';
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) {
    start += 1;
  }
  if (bytes[start] === 0x3c /* < */) return 'feed';
  const head = Buffer.from(bytes.subarray(start, start + 5)).toString('latin1');
  return head === 'From ' ? 'mbox' : 'email';
}
