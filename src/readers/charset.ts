// mailparser decodes a part whose charset it does not know as UTF-8, which turns every non-ASCII byte
// of a legacy encoding into U+FFFD. When that happens and the message names a charset that no decoder
// here knows, the part is read again as Windows-1252: every byte maps to a character, and the
// commonest unlabelled legacy mail is Western European.

export const FALLBACK_CHARSET = 'windows-1252';

const CHARSET_PARAM = /(charset\s*=\s*)("?)([^"\s;]+)\2/gi;

function knownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Charset labels in a message's MIME headers that no decoder here recognises. */
export function unknownCharsets(raw: Buffer): string[] {
  const unknown = new Set<string>();
  for (const m of raw.toString('latin1').matchAll(CHARSET_PARAM)) {
    const label = m[3]!;
    if (!knownCharset(label)) unknown.add(label);
  }
  return [...unknown];
}

/** The same message with the unknown charset labels replaced by the fallback. */
export function relabelCharsets(raw: Buffer, labels: readonly string[]): Buffer {
  const bad = new Set(labels.map((l) => l.toLowerCase()));
  const text = raw.toString('latin1').replace(CHARSET_PARAM, (whole, prefix: string, _quote: string, label: string) =>
    bad.has(label.toLowerCase()) ? `${prefix}${FALLBACK_CHARSET}` : whole,
  );
  return Buffer.from(text, 'latin1');
}
