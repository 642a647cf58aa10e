import { isAlphanumeric, matchesAt, matchesOf, runsBefore } from './anchored.ts';

/**
 * Repositories written as `owner/name`. Outside notices about code (a code host's mail, or one that
 * speaks of repositories) a slash joins words (`and/or`, `CI/CD`, `linux/amd64`), so the bare form
 * is read only there; `the acme/api repository` is read everywhere (resources.ts).
 */

const CODE_HOSTS = /^(?:GitHub|GitLab|Bitbucket)$/i;
const REPO_WORD = /repo/i;
const SPEAKS_OF_REPOS = /\brepositor(?:y|ies)\b|\brepos?\b/i;

/** `acme/site-infra` in `[acme/site-infra] Secret scanning alert` or `runs in acme/web-frontend and acme/api`. */
const SLUG = /(?<![\w./@:-])([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})(?![\w/@-]|\.[A-Za-z0-9])/y;
/** What an owner is made of: the slug is tried at the start of that run before each slash. */
const isOwnerCharacter = (code: number): boolean => code === 45 || isAlphanumeric(code);

/** Words a slash joins in prose; two of them together are not a repository. */
const SLASH_WORDS = new Set(
  (
    'and or not read write input output in out on off yes no true false client server tcp udp ip http https ci cd ' +
    'dev ops devops linux windows macos darwin amd64 arm64 arm x86 x64 i386 s390x ppc64le he she his her they them ' +
    'day week month year hour minute second min max pass fail build test push pull src lib bin etc usr var tmp home ' +
    'api apis ui ux qa github gitlab bitbucket workflow workflows some all any none each every most many both either neither'
  ).split(' '),
);
/** `and/or`, `read/write`, `CI/CD`: two words a slash joins in prose. */
export function joinsWords(token: string): boolean {
  const slash = token.indexOf('/');
  return slash > 0 && slash === token.lastIndexOf('/') && SLASH_WORDS.has(token.slice(0, slash).toLowerCase()) && SLASH_WORDS.has(token.slice(slash + 1).toLowerCase());
}

/** `commercial/private projects`, `public/internal repositories`: a pair of words before a plural noun of things qualifies it. */
const QUALIFIED = /^[ \t]+(?:projects|repositories|repos|accounts|users|customers|teams|organi[sz]ations|orgs|packages|apps|applications|workspaces|plans)\b/i;

/** `join/create an organisation`, `fork/clone the project`: a pair with an article after it is two verbs. */
const VERBS_JOINED = /^[ \t]+(?:a|an|the)[ \t]/i;
/**
 * `the same slug/username as`, `a name/email pair`: a pair after an article is two nouns unless a word for
 * a repository follows (`the acme/api repository`).
 */
const NOUNS_JOINED = /\b(?:the|a|an|same)[ \t]+$/i;
const REPO_NOUN = /^[ \t]+(?:repositor(?:y|ies)|repos?|project|codebase|fork)\b/i;

/** What GitHub itself publishes under `actions/` and `github/`: the reader uses them, never owns them. */
const PLATFORM_OWNERS = /^(?:actions|github|docker|hashicorp|aws-actions|azure|google-github-actions)$/i;

const CODE_HOST_NAMES = ['github.com', 'gitlab.com', 'bitbucket.org'];
/** `github.com/acme-dev/mailer-scripts` written without a scheme, in any notice. */
const HOSTED_PATH = /\b(?:github\.com|gitlab\.com|bitbucket\.org)\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})(?![\w-])/g;

export function repositorySlugs(prose: string, provider: string | null): Array<{ index: number; name: string }> {
  const out: Array<{ index: number; name: string }> = [];
  for (const m of CODE_HOST_NAMES.some((host) => prose.includes(host)) ? matchesOf(prose, HOSTED_PATH) : []) {
    const name = (m[2] ?? '').replace(/[.]+$/, '');
    if (name && !PLATFORM_OWNERS.test(m[1] ?? '')) out.push({ index: m.index, name: `${m[1]}/${name}` });
  }
  if (!(provider && CODE_HOSTS.test(provider)) && !(REPO_WORD.test(prose) && SPEAKS_OF_REPOS.test(prose))) return out;
  for (const m of matchesAt(prose, SLUG, runsBefore(prose, '/', isOwnerCharacter))) {
    const owner = m[1] ?? '';
    const name = (m[2] ?? '').replace(/[.]+$/, '');
    if (!name || PLATFORM_OWNERS.test(owner) || /^\d+$/.test(owner) || /^\d+$/.test(name)) continue;
    if (SLASH_WORDS.has(owner.toLowerCase()) && SLASH_WORDS.has(name.toLowerCase())) continue;
    // `Python/Node`, `Slack/Teams`: two capitalised words are a pair of products.
    if (/^[A-Z][a-z]+$/.test(owner) && /^[A-Z][a-z]+$/.test(name)) continue;
    if (/^v?\d+(?:\.\d+)*$/.test(name)) continue;
    const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (QUALIFIED.test(after) || VERBS_JOINED.test(after)) continue;
    if (NOUNS_JOINED.test(prose.slice(Math.max(0, m.index - 12), m.index)) && !REPO_NOUN.test(after)) continue;
    out.push({ index: m.index, name: `${owner}/${name}` });
  }
  return out;
}

/**
 * `Pushed at: Feb 17, 2026 20:51 UTC by jmoreau-nw`, `committed by @build-bot2`: the account that
 * pushed a commit is the reader's. Only a handle that looks made up (a digit or a dash) is read, so
 * `by Maria` or `by default` is not; nor a verb (`by re-running`, `by rolling-back`).
 */
const PUSHER = /\b(?:pushed|committed|authored)\b[^.\n]{0,60}?\bby\s+@?([a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,38})(?![\w@./-])/gi;
const NOT_HANDLE = /^(?:re|pre|non|self|co|auto|multi)-|ing$|ed$|^\d+$|[A-Z]/;

export function pushers(prose: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(prose, PUSHER)) {
    const handle = m[1] ?? '';
    if (/[\d-]/.test(handle) && !NOT_HANDLE.test(handle)) out.push(handle);
  }
  return out;
}
