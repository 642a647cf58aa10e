/** A small deterministic mutator: the same seed gives the same inputs on every run and machine. */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

const SPICE = [
  '\u0000', '\r\n\r\n', '--', '=?utf-8?B?', '?=', '<', '>', '&', '&amp;', ']]>', '<!DOCTYPE x [<!ENTITY a "b">]>',
  'Content-Type: multipart/mixed; boundary="b"\r\n', 'charset=x-unknown', '\uFFFD', '\uD800', '9999-99-99',
  'on February 30, 2024', 'UTC+99', '{{', '}}', '  - ', ': ', '\t', '"', "'", '(((((', 'a'.repeat(500), '1'.repeat(300),
];

/** One mutation of `input`: flips, cuts, duplications and insertions of tokens parsers care about. */
export function mutate(input: string, rnd: () => number): string {
  let out = input;
  const steps = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < steps; i += 1) {
    const at = Math.floor(rnd() * (out.length + 1));
    const choice = Math.floor(rnd() * 6);
    if (choice === 0) out = out.slice(0, at) + (SPICE[Math.floor(rnd() * SPICE.length)] ?? '') + out.slice(at);
    else if (choice === 1) out = out.slice(0, at);
    else if (choice === 2) out = out.slice(0, at) + out.slice(at, at + 200) + out.slice(at);
    else if (choice === 3) out = out.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0xffff)) + out.slice(at + 1);
    else if (choice === 4) out = out.slice(0, at) + out.slice(at + Math.floor(rnd() * 80));
    else out = out.slice(at) + out.slice(0, at);
  }
  return out;
}
