// Inputs for the extract benchmark: many ordinary notices varied from real fixtures, and a few
// hostile ones as large as the readers accept.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEmail } from '../src/readers/index.ts';

export interface Source {
  name: string;
  raw: Buffer;
}

/** mulberry32: a small seeded generator, so every run benchmarks the same files. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The .eml files in these folders that the readers accept, in a stable order. */
export async function loadSources(dirs: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
      const raw = await readFile(join(dir, name));
      const ok = await parseEmail(raw, { kind: 'file', path: name, index: 0 }, { fallbackDate: new Date(0) }).then(
        () => true,
        () => false,
      );
      if (ok) sources.push({ name: name.replace(/\.eml$/, ''), raw });
    }
  }
  return sources;
}

const FILLER = [
  'This notice is sent to every account owner with resources in the affected locations.',
  'If you have already completed the steps described above, no further action is needed.',
  'For questions, contact support through the console and quote the reference in this message.',
  'We apologise for any inconvenience and thank you for your patience while we improve the service.',
  'You are receiving this message because of an important change to a service you use.',
];

function hex(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += Math.floor(random() * 16).toString(16);
  return out;
}

/** One variation of a source: another date, message id, resource names, and a different length. */
export function vary(source: Source, index: number, random: () => number): Buffer {
  const text = source.raw.toString('latin1');
  const split = /\r?\n\r?\n/.exec(text);
  const headEnd = split ? split.index : text.length;
  let head = text.slice(0, headEnd);
  let body = split ? text.slice(headEnd + split[0].length) : '';
  const eol = head.includes('\r\n') ? '\r\n' : '\n';

  const sent = new Date(Date.UTC(2022, 0, 1) + index * 7 * 3_600_000 + Math.floor(random() * 3_600_000));
  const dateLine = `Date: ${sent.toUTCString().replace('GMT', '+0000')}`;
  head = /^Date:.*$/im.test(head) ? head.replace(/^Date:.*$/im, dateLine) : `${head}${eol}${dateLine}`;
  const idLine = `Message-ID: <bench-${index}@bench.example>`;
  head = /^Message-ID:.*$/im.test(head) ? head.replace(/^Message-ID:.*$/im, idLine) : `${head}${eol}${idLine}`;

  // Only single-part, unencoded bodies can be edited as text without breaking their encoding.
  const editable = !/^Content-Transfer-Encoding:\s*(?:base64|quoted-printable)/im.test(head) && !/^Content-Type:\s*multipart/im.test(head);
  if (editable) {
    body = body
      .replace(/\b(i|vol|snap|db|sg|subnet|vpc|eni|ami)-[0-9a-f]{4,17}\b/g, (_m, prefix: string) => `${prefix}-${hex(random, 17)}`)
      .replace(/\b\d{12}\b/g, () => String(100000000000 + Math.floor(random() * 899999999999)))
      .replace(/\b20[12]\d\b/g, () => String(2020 + Math.floor(random() * 10)));
    const paragraphs = Math.floor(random() ** 2 * 30);
    for (let p = 0; p < paragraphs; p += 1) body += `${eol}${FILLER[(index + p) % FILLER.length]}${eol}`;
    if (random() < 0.01) {
      const count = 500 + Math.floor(random() * 2500);
      const lines: string[] = [];
      for (let r = 0; r < count; r += 1) lines.push(`arn:aws:ec2:us-east-1:123456789012:instance/i-${hex(random, 17)}`);
      body += `${eol}Affected resources:${eol}${lines.join(eol)}${eol}`;
    }
  }
  return Buffer.from(`${head}${eol}${eol}${body}`, 'latin1');
}

/**
 * The seed of one file's own stream, from its index and its source's name (FNV-1a). A file's content
 * depends on these alone: a fixture added to the sources no longer shifts the draws of every file after
 * it (nor which of them get a long list of resources) through one stream shared by all.
 */
export function fileSeed(seed: number, index: number, name: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  const key = `${index}:${name}`;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Writes `count` variations of the sources into `dir`; returns their paths in reading order. */
export async function writeVariations(dir: string, sources: readonly Source[], count: number, seed = 20240305): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const source = sources[i % sources.length]!;
    const file = join(dir, `${String(i).padStart(5, '0')}-${source.name}.eml`);
    await writeFile(file, vary(source, i, seeded(fileSeed(seed, i, source.name))));
    files.push(file);
  }
  return files;
}

export interface Hostile {
  name: string;
  /** Feeds have their own, lower cap. */
  feed?: boolean;
  build(limit: number): Buffer;
}

const HEAD = 'From: Hostile <hostile@example.net>\nSubject: hostile input\nDate: Tue, 05 Mar 2024 10:00:00 +0000\n';

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

function mail(contentType: string, body: string, extraHead = ''): Buffer {
  return Buffer.from(`${HEAD}MIME-Version: 1.0\nContent-Type: ${contentType}\n${extraHead}\n${body}`, 'latin1');
}

/** Inputs built to hurt: each as large as the limit allows, each a single notice. */
export const HOSTILE: Hostile[] = [
  {
    name: 'date-like-text.eml',
    build: (limit) => mail('text/plain; charset=utf-8', fill('Tuesday, March 5, 2024 10:12 AM PST - 2024-03-05T10:12:00Z - 05/03/2024 - in 9 days - by 23:59 UTC\n', limit)),
  },
  { name: 'digits.eml', build: (limit) => mail('text/plain', fill('1234567890', limit)) },
  // Date-like digits with no space between them: one word as long as the text.
  { name: 'dashed-digit-run.eml', build: (limit) => mail('text/plain', fill('1-1-', limit)) },
  { name: 'one-long-line.eml', build: (limit) => mail('text/plain', fill('instance i-0123456789abcdef0 in us-east-1 ', limit)) },
  {
    name: 'nested-html.eml',
    build: (limit) => {
      const depth = Math.floor((limit - 1024) / 24);
      return mail('text/html', `${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`);
    },
  },
  { name: 'html-entities.eml', build: (limit) => mail('text/html', `<p>${fill('&amp;&#150;&nbsp;&eacute;&bogus;', limit)}</p>`) },
  { name: 'html-unclosed-tags.eml', build: (limit) => mail('text/html', fill('<a href="x <td <', limit)) },
  { name: 'forward-header-lines.eml', build: (limit) => mail('text/plain', fill('From: a@example.com\nTo: b@example.com\n', limit)) },
  {
    name: 'base64-text.eml',
    build: (limit) => {
      // base64 grows text by 4/3, and the line breaks by 1/76 more.
      const text = fill('Maintenance on March 5, 2024 at 10:12 UTC for db-orders-01.\n', Math.floor(((limit - 1024) * 3 * 76) / (4 * 77)));
      const encoded = Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n');
      return mail('text/plain; charset=utf-8', encoded, 'Content-Transfer-Encoding: base64\n');
    },
  },
  {
    name: 'one-huge-item.xml',
    feed: true,
    build: (limit) => rss(`<item><title>Huge</title><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>${fill('&lt;p&gt;Maintenance on March 5, 2024 at 10:12 UTC.&lt;/p&gt;', limit - 400)}</description></item>`),
  },
  {
    name: 'many-items.xml',
    feed: true,
    build: (limit) => {
      const items: string[] = [];
      let size = 200;
      for (let i = 0; size < limit - 1024; i += 1) {
        const item = `<item><title>Notice ${i}</title><guid>n-${i}</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Maintenance of db-${i} on March 5, 2024 at 10:12 UTC.</description></item>\n`;
        items.push(item);
        size += item.length;
      }
      return rss(items.join(''));
    },
  },
];

function rss(items: string): Buffer {
  return Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>https://hostile.example</link>${items}</channel></rss>`);
}
