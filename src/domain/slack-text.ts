// Text that reaches Slack from a notice is hostile by default: a provider's mail can contain
// `<!channel>`, `@here`, `<@U…>` or link markup, and none of it may notify or restyle anything.
// Slack has no escape for its formatting characters (only `&`, `<`, `>` are entity-escaped), so
// mrkdwn control characters are separated from their neighbours by an invisible character.

const ZERO_WIDTH_SPACE = '\u200B';
const WORD_JOINER = '\u2060';

/** Slack's own escaping for message text and mrkdwn: exactly these three, nothing else. */
export function escapeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `@here`, `@channel`, `@everyone` only notify when a message is sent with `link_names`, but a
 * client that pastes the text back, or a future flag, must not turn them live: break the word.
 */
export function defuseBroadcasts(text: string): string {
  return text.replace(/(?<![\w.+-])@(here|channel|everyone|group)\b/gi, `@${WORD_JOINER}$1`);
}

/** Text for a `plain_text` object: Slack renders it verbatim, so only broadcasts and control characters need care. */
export function plainText(text: string): string {
  return defuseBroadcasts(stripControl(text));
}

/** Notice text for a `mrkdwn` object: no mention, link, broadcast, emphasis or quote survives. */
export function mrkdwnText(text: string): string {
  const escaped = escapeEntities(defuseBroadcasts(stripControl(text)));
  return escaped
    .replace(/[*_~`]/g, (c) => `${ZERO_WIDTH_SPACE}${c}${ZERO_WIDTH_SPACE}`)
    .replace(/^(\s*)&gt;/gm, `$1${ZERO_WIDTH_SPACE}&gt;`)
    .replace(/:([a-z0-9_+-]+):/gi, `:${ZERO_WIDTH_SPACE}$1:`);
}

/** An identifier shown in a code span (resource ids keep their underscores there). */
export function codeSpan(text: string): string {
  const inner = escapeEntities(defuseBroadcasts(stripControl(text)).replace(/`/g, 'ˋ').replace(/\s+/g, ' ')).trim();
  return inner === '' ? '' : `\`${inner}\``;
}

/** One line of notice text (titles, list rows): newlines and runs of spaces collapse. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cut to at most `max` characters (code points are not split), marking the cut with an ellipsis.
 * Slack counts UTF-16 units for its limits, so the budget is in those.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - 1);
  // never leave half of a surrogate pair or half of an entity (`&am`) at the end
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  return `${cut}…`;
}

/** A link whose label is notice text: the label is escaped, the URL must be http(s) and free of markup. */
export function link(url: string, label: string): string | null {
  if (!/^https?:\/\/[^\s<>|]+$/i.test(url)) return null;
  const safeLabel = escapeEntities(defuseBroadcasts(singleLine(stripControl(label)))).replace(/\|/g, '¦');
  return `<${url.replace(/&/g, '&amp;')}|${safeLabel}>`;
}

/** A mention the bot itself composes from a known id (`U…`, `W…`), never from notice text. */
export function mentionUser(id: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(id) ? `<@${id}>` : codeSpan(id);
}

/** A user-group mention (`S…`) from configuration. */
export function mentionGroup(id: string): string {
  return /^S[A-Z0-9]{2,}$/.test(id) ? `<!subteam^${id}>` : codeSpan(id);
}

function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
