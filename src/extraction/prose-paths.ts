import { matchesOf } from './anchored.ts';

/**
 * API paths listed in a sentence rather than on lines of their own or after a method: `the endpoints
 * /v1/export and /v1/import`, `requests to /v1/jobs`, `some calls (/v1/export, jobs/poll)`. A path in
 * prose is read only right after a word that says clients call it; `/etc/hosts` or `/docs` alone are
 * files and pages, and `the /v1 endpoint` alone names the provider's API by its version.
 */

const SEGMENT = String.raw`[A-Za-z0-9_.{}:-]{1,80}`;
const PATH = String.raw`\/${SEGMENT}(?:\/${SEGMENT}){0,8}\/?`;
/** `endpoints /a, /b and /c`, `requests to /v1/export`: the paths right after the word, joined as a list. */
const NOUN_THEN_PATHS = new RegExp(
  String.raw`\b(?:endpoints?|routes?|(?:requests?|calls?)[ \t]+to)[ \t]+(?:at[ \t]+)?(${PATH}(?:(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)${PATH}){0,12})(?![\w/])`,
  'gi',
);
/** `certain APIs (usernamepassword/login, /ssodata)`: a list in parentheses right after the word. */
const NOUN_THEN_PARENS = /\b(?:endpoints?|APIs|routes|paths|calls)[ \t]*\(([^()\n]{2,200})\)/gi;
const PAREN_ITEM = /^\/?[A-Za-z0-9_.{}:-]{1,80}(?:\/[A-Za-z0-9_.{}:-]{1,80}){0,8}\/?$/;
/**
 * `the v2/snapshot endpoint`, `the /v1/export route`: a path of two segments or more right before the
 * noun, written from the root or with a version or a parameter in it (`TCP/UDP endpoint` is neither).
 */
const NOUN_AFTER_PATH = /[ \t](?:endpoint|route)\b/gi;
const PATH_BEFORE = new RegExp(String.raw`(?:^|[\s(\`'"])(\/?${SEGMENT}(?:\/${SEGMENT}){1,8}\/?)[\`'"]?[ \t]*$`);
/** `the /api/v1.4 endpoint`: a path that ends on a version names the provider's API by it. */
const VERSION_LAST = /\/v?\d{1,2}(?:\.\d{1,2})?\/?$/i;
/** `…; use the /v3/idmap endpoint to…`: a clause that tells the reader to use it offers it. */
const USE_BEFORE = /(?:^|[.;:!]\s+|\band\s+|\bthen\s+)(?:please\s+)?use\s+(?:the\s+)?[`'"]?$/i;
/** `…to /v2/export instead`, `…with /v2/export`: the path is the one to use, not the reader's. */
const INSTEAD_AFTER = /^[ \t]*(?:instead|going\s+forward|from\s+now\s+on)\b/i;
const REPLACEMENT_BEFORE = /(?:instead|replacement|replaced\s+(?:by|with)|in\s+favou?r\s+of|(?:migrate|switch|move|upgrade)\s+(?:[\w-]+\s+){0,3}?to|use\s+the\s+new)[^.\n]{0,25}$/i;

export function prosePaths(prose: string, plain = prose): Array<{ index: number; path: string }> {
  if (!prose.includes('/') || !/endpoint|route|API|calls|requests|paths/i.test(prose)) return [];
  const out: Array<{ index: number; path: string }> = [];
  const keep = (index: number, end: number, path: string): void => {
    // The path of a link, whose host the prose blanked (`https://acme.example/v1/jobs`), is read with its link.
    if (path.startsWith('/') && !/[\s(,]/.test(plain.charAt(prose.indexOf(path, index) - 1))) return;
    if (REPLACEMENT_BEFORE.test(prose.slice(Math.max(0, index - 80), index)) || INSTEAD_AFTER.test(prose.slice(end, end + 24))) return;
    out.push({ index, path: path.replace(/[.:]+$/, '') });
  };
  for (const m of matchesOf(prose, NOUN_THEN_PATHS)) {
    const end = m.index + m[0].length;
    for (const path of (m[1] ?? '').split(/,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+/)) keep(m.index, end, path.trim());
  }
  for (const m of matchesOf(prose, NOUN_AFTER_PATH)) {
    const path = PATH_BEFORE.exec(prose.slice(Math.max(0, m.index - 200), m.index))?.[1];
    if (!path || VERSION_LAST.test(path) || linked(plain, path) || USE_BEFORE.test(prose.slice(Math.max(0, m.index - path.length - 40), m.index - path.length))) continue;
    if (path.startsWith('/') || /(?:^|\/)(?:v\d{1,2}|\{[^/]{1,80}\})(?:\/|$)/.test(path)) keep(m.index - path.length, m.index + m[0].length, path);
  }
  if (prose.includes('(')) {
    for (const m of matchesOf(prose, NOUN_THEN_PARENS)) {
      const items = (m[1] ?? '').split(/,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+/).map((item) => item.trim());
      // Every item a path, and at least one written from the root: a list of calls, not a note (`(v1, beta)`).
      if (!items.every((item) => PAREN_ITEM.test(item) && item.includes('/')) || !items.some((item) => item.startsWith('/'))) continue;
      for (const item of items) keep(m.index, m.index + m[0].length, item);
    }
  }
  return out;
}

/** `…/api/v1/jobs endpoint` where a link elsewhere holds `https://ci.example/api/v1/jobs`: the link names it, with its host. */
function linked(plain: string, path: string): boolean {
  if (!path.startsWith('/') || !plain.includes('://')) return false;
  for (let at = plain.indexOf(path); at > 0; at = plain.indexOf(path, at + 1)) {
    if (/[A-Za-z0-9.-]/.test(plain.charAt(at - 1)) && !/[\w/]/.test(plain.charAt(at + path.length))) return true;
  }
  return false;
}
