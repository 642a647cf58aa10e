/**
 * Slack reads `&`, `<` and `>` as markup; `@here` and friends must never come from a task's own
 * words (a provider's subject line), only from the ladder, rendered as `<!here>`.
 */
export function escapeSlackText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, '@\u200B$1');
}

/** `<@U…>` for users, `<!subteam^S…>` for user groups; anything else stays escaped text. */
export function mention(id: string): string {
  if (/^[UW][A-Z0-9]+$/.test(id)) return `<@${id}>`;
  if (/^S[A-Z0-9]+$/.test(id)) return `<!subteam^${id}>`;
  return escapeSlackText(id);
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    const options = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
    format = new Intl.DateTimeFormat('en-GB', { ...options, hourCycle: 'h23', timeZone: zone });
    formats.set(zone, format);
  }
  return format;
}

// The same deadline is written into every reminder of a task, and formatting is the costly part.
const written = new Map<string, string>();

/** An instant as the team reads it, with the zone named so nobody has to guess: `Thu 22 Aug 2024, 02:00 Europe/Berlin`. */
export function localTime(at: Date, zone: string): string {
  const key = `${zone} ${Math.floor(at.getTime() / 60_000)}`;
  const known = written.get(key);
  if (known !== undefined) return known;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatFor(zone).formatToParts(at)) part[p.type] = p.value;
  const text = `${part.weekday} ${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute} ${zone}`;
  if (written.size > 10_000) written.clear();
  written.set(key, text);
  return text;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function amount(ms: number): string {
  const unit = ms >= 2 * DAY ? ['day', DAY] : ms >= 2 * HOUR ? ['hour', HOUR] : ['minute', MINUTE];
  const n = Math.round(ms / (unit[1] as number));
  return `${n} ${unit[0]}${n === 1 ? '' : 's'}`;
}

/** "in 3 days", "now", "2 hours ago": how far `at` is from `now`, rounded to what people say. */
export function relative(at: Date, now: Date): string {
  const diff = at.getTime() - now.getTime();
  if (Math.abs(diff) < MINUTE) return 'now';
  return diff > 0 ? `in ${amount(diff)}` : `${amount(-diff)} ago`;
}

/** "3 days" overdue, for the overdue alerts. */
export function overdueBy(deadline: Date, now: Date): string {
  return amount(Math.max(0, now.getTime() - deadline.getTime()));
}
