// The notices shipped in `samples/`, dropped into the inbox on the sandbox's first start with
// their dates moved relative to now, so a first run shows tasks whose deadlines are ahead.
import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';

export const SHIPPED_SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));
/** Written once the samples were dropped: a later start leaves the inbox alone. */
export const SEEDED_MARKER = '.samples-seeded';

const TOKEN = /\{\{(day|iso|rfc2822)([+-]\d+)d\}\}/g;

/** `{{day+21d}}` → `December 12, 2026`, `{{iso+21d}}` → `2026-12-12`, `{{rfc2822+0d}}` → a Date header. */
export function renderSample(template: string, now: Date): string {
  return template.replace(TOKEN, (_all, format: string, days: string) => {
    const at = DateTime.fromJSDate(now, { zone: 'utc' }).plus({ days: Number(days) });
    if (format === 'iso') return at.toISODate() ?? '';
    if (format === 'rfc2822') return at.toRFC2822() ?? '';
    return at.toFormat('MMMM d, yyyy');
  });
}

/** Copy the samples, rendered, into `inboxDir` (each appears whole: written aside, then renamed). Returns the names dropped. */
export async function seedSamples(inboxDir: string, now: Date, samplesDir: string = SHIPPED_SAMPLES_DIR): Promise<string[]> {
  const marker = join(inboxDir, SEEDED_MARKER);
  if (await access(marker).then(() => true, () => false)) return [];
  await mkdir(inboxDir, { recursive: true });
  const names = (await readdir(samplesDir).catch(() => [])).filter((n) => n.endsWith('.eml')).sort();
  for (const name of names) {
    const text = renderSample(await readFile(join(samplesDir, name), 'utf8'), now);
    await writeFile(join(inboxDir, `.${name}.part`), text);
    await rename(join(inboxDir, `.${name}.part`), join(inboxDir, name));
  }
  await writeFile(marker, `${now.toISOString()}\n`);
  return names;
}
