import { registeredDomain } from './names.ts';
import { matchesOf } from './anchored.ts';
import { underOfferingLead } from './offered-lists.ts';
import { sentenceStart } from './text.ts';

/**
 * Host names. A domain in prose is a resource only where the notice is about names
 * (a certificate notice, or right after `domain`/`hostname`/`zone`/`requests to`); the provider's
 * own domains never are, except the hosts it gives its customers (`acme.okta.com`,
 * `shop.herokuapp.com`). A host named like a service endpoint (`smtp.office365.com`) is what the
 * reader's clients call.
 */

// Top-level domains that do not double as file extensions (`.js`, `.sh`, `.py`, `.md`, `.rs`, `.pl`).
const TLDS =
  'com|net|org|io|dev|app|edu|gov|mil|int|info|biz|co|cloud|tech|ai|me|tv|xyz|site|online|store|shop|page|blog|news|live|pro|name|eu|us|uk|de|fr|nl|be|ch|at|se|no|dk|fi|cz|sk|hu|ro|bg|gr|pt|es|it|ie|is|ee|lv|lt|si|hr|ba|ua|ru|kz|tr|il|ae|sa|in|pk|cn|hk|tw|jp|kr|sg|my|th|vn|id|ph|au|nz|ca|mx|br|ar|cl|pe|za|ng|ke|eg|ma|lu|li|gg|ly|fm|to|cc|ws|la|ms|ht|gl|im|ac|so|vc';
const DOMAIN = new RegExp(String.raw`(?<![\w.@/-])(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:${TLDS})(?![\w-]|\.[a-z0-9])`, 'gi');
const NAMED_HOST =
  /\b(?:(?:sub)?domains?|hostnames?|host\s+names?|zones?|sites?|websites?|common\s+name|CN|SANs?|subject\s+alternative\s+names?|endpoints?|(?:requests?|calls?|traffic|connections?)\s+(?:to|for))(?:\s*\(s\))?(?:\s+(?:[\w-]+\s+){0,2}(?:such\s+as|like|including|e\.g\.,?))?\s*[:=(]?\s*(?:["'`]\s*)?$/i;
/**
 * Hosts a provider gives its customers under its own domain: a name under one of these is the
 * reader's app, bucket or database, even where the provider's own domains are not resources.
 */
const CUSTOMER_HOSTED =
  /\.(?:digitaloceanspaces\.com|ondigitalocean\.app|herokuapp\.com|herokudns\.com|azurewebsites\.net|cloudapp\.azure\.com|core\.windows\.net|database\.windows\.net|vault\.azure\.net|azurecr\.io|azureedge\.net|azurefd\.net|trafficmanager\.net|cloudfront\.net|s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com|rds\.amazonaws\.com|cache\.amazonaws\.com|es\.amazonaws\.com|elb\.amazonaws\.com|elasticbeanstalk\.com|appspot\.com|run\.app|web\.app|firebaseapp\.com|vercel\.app|netlify\.app|pages\.dev|workers\.dev|fly\.dev|onrender\.com|github\.io|mongodb\.net|supabase\.co|cloudflareaccess\.com|atlassian\.net|okta\.com|oktapreview\.com|okta-emea\.com|pagerduty\.com|onmicrosoft\.com|sharepoint\.com|zendesk\.com|myshopify\.com|auth0\.com|service-now\.com|slack\.com|your-storagebox\.de|your-server\.de)$/i;
/** The provider's own pages under those domains: `status.okta.com` is not a customer's org. */
const PROVIDER_PAGE = /^(?:www|status|help|support|docs|developers?|community|trust|blog|login|accounts?|api|cdn|mail|email|news|learn|console|dashboard|portal|app|admin|security|billing|events)\./i;
/**
 * `the Insights API (insights.algolia.io)`, `endpoints, including s3.us-west-004.backblazeb2.com`,
 * `package repositories apt.kubernetes.io and …`: a host named as an API, endpoint or repository the
 * reader's clients call is a resource, the provider's own or not. Its documentation and status pages
 * never are; nor is a host that is only said to receive requests (`requests to s3.wasabisys.com may
 * see latency`), unless the reader's own code is said to send them (`scripts that make calls to`,
 * `your requests to`, `if you are calling`, `apps that call`). Old URLs written bare (`legacy URLs such as ob.acme.com`) are what the
 * reader's code still calls; a path written after such a host (`api.acme.com/v2`) is part of it.
 */
const CALLED =
  /\b(?:APIs?|endpoints?|repositor(?:y|ies)|mirrors?|registr(?:y|ies)|(?:base|API|legacy|old)[ _]URLs?|(?:makes?|making|sends?|sending|your|GET|POST|PUT|PATCH|DELETE)\s+(?:[\w-]+\s+)?(?:calls?|requests?)\s+to|\bcalling|\b(?:you|that|which|who)\s+(?:still\s+|directly\s+)?call)(?:\s*\(s\))?(?:,?\s+(?:such\s+as|like|including|e\.g\.,?))?\s*[,(:=]?\s*$/i;
/**
 * `the k8s-example.io registry will be redirected`, `the api.acme.io endpoint`: a host that qualifies
 * the noun of what clients call names it as well as one after the noun does.
 */
const CALLED_AFTER = /^\s+(?:APIs?|endpoints?|registr(?:y|ies)|repositor(?:y|ies)|mirrors?|base\s+URLs?)\b/i;
/**
 * `img.acme.io and cdn.acme.io will be retired`, `Old: cvs.acme.net`: a host that is the subject of its
 * service ending or changing, or the old value of a change, is what the reader's clients still call.
 */
const ENDING_AFTER =
  /^(?:[^.;\n]|\.(?=\w)){0,80}?\b(?:(?:will\s+be|(?:is|are)\s+(?:being|now|going\s+to\s+be)|(?:is|are)|(?:has|have)\s+been)\s+(?:retired|deprecated|decommissioned|shut\s+down|turned\s+off|discontinued|sunset(?:ted)?|removed|redirected|frozen|read-only|going\s+away)|will\s+(?:stop|no\s+longer)\s+(?:respond|serv|work|resolv)\w*)\b/i;
const OLD_LABEL = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:old|legacy|previous|former|current|existing)(?:[ \t]+[\w-]+){0,2}[ \t]*:[ \t]*$/i;
/**
 * `redirected to the community registry, reg.example.io`, `point your clients at new.example.io`: the
 * host traffic is sent to instead is the replacement, not what the reader has.
 */
const TARGET = /\bfrom[ \t]+\S{1,80}[ \t]+to[ \t]+$|\b(?:redirect(?:ed|s|ing)?|forward(?:ed|s|ing)?|point(?:ed|s|ing)?(?:\s+\w+){0,2}|migrat(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|switch(?:ed|es|ing)?)\s+(?:to|at)\b[^.;\n]{0,40}$|\bnew\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * `so ftp.acme2.net also works`, `mirror.acme.org works as well`, `you can also use dl.acme.net`: a
 * host offered beside the one named is an alternative the provider runs, not what the reader has.
 */
const ALTERNATIVE_AFTER = /^[ \t]+(?:(?:also|too)[ \t]+works?|works?[ \t]+(?:too|as[ \t]+well)|(?:is|are)[ \t]+also[ \t]+(?:available|reachable)\b)/i;
const ALTERNATIVE_BEFORE = /\b(?:(?:can|may)[ \t]+also[ \t]+(?:use|connect[ \t]+to|point[ \t]+\w+[ \t]+(?:at|to))|alternatively(?:,?[ \t]+use)?)[ \t:]*$/i;
const DOCS_PAGE = /^(?:www|status|help|support|docs|developers?|community|trust|blog|learn|news|login|console|dashboard|portal|billing|security)\./i;
/** `(api.acme.com and api.eu.acme.com) stay as they are`: hosts the notice says do not change ask nothing of their callers. */
const STAYS = /^(?:[^.;\n]|\.(?=\w)){0,70}?\b(?:stays?|remains?|unchanged|(?:will|do|does)\s+not\s+change|won['’]t\s+change)\b/i;
/** `/v2` after a called host: the path segments, and a closing slash as written (`/v1/batch/`), without the sentence's closing punctuation. */
const PATH = /(?:\/[\w-]+(?:\.[\w-]+)*)+\/?/y;
/** `notify.bugsnag.com and sessions.bugsnag.com`: the next host of the same list. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
/** Hosts named after the service they speak: the reader's clients call them. */
const SERVICE_HOST = /^(?:api|smtp|imap|pop3?|ftp|sftp|ldaps?|mqtt|grpc)\./i;
/** `certificate … for api.acme.io`: a name the certificate covers, even under the sender's own domain. */
const COVERED = /\b(?:for|covering|certificates?|domains?|hostnames?|CN|SANs?)\s*[:=]?\s*$/i;

/**
 * `the TLS certificate for acme.de:`, `Common Name: acme.de`: the provider's own domain, where the
 * notice says a certificate is for it, is the name whose certificate the reader's clients see change.
 */
const CERTIFIED = /\bcertificates?\b[^.\n]{0,30}?\b(?:for|covering)[ \t]*$|\b(?:CN|[Cc]ommon[ \t]+[Nn]ame|SANs?)[ \t]*[:=]?[ \t]*$/;

/** Whether a certificate notice says a certificate is for the sender's own domain. */
export function isCertifiedSenderDomain(prose: string, senderDomain: string): boolean {
  for (const at of writtenAt(prose, senderDomain)) {
    if (/[\w.-]/.test(prose.charAt(at - 1))) continue;
    if (CERTIFIED.test(prose.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** `Sign in to portal.acme.com`, `visit www.acme.com`: a site the reader goes to, not a name a certificate covers. */
const VISITED = /\b(?:log(?:[ \t]?in|[ \t]+on)|sign(?:[ \t]?in|[ \t]+on)|go|navigate|browse|visit)(?:[ \t]+(?:to|into|at|on))?[ \t]+$/i;

const PROVIDER_DOMAINS =
  /(?:^|\.)(?:amazon\.com|amazonaws\.com|aws\.com|google\.com|googleapis\.com|gstatic\.com|github\.com|github\.blog|githubusercontent\.com|heroku\.com|cloudflare\.com|digitalocean\.com|linode\.com|akamai\.com|fly\.io|letsencrypt\.org|microsoft\.com|azure\.com|mongodb\.com|statuspage\.io|atlassian\.com|mandrillapp\.com|sendgrid\.net)$/i;

/** Domains in `prose`: every one where `everywhere`, else those named as domains/hosts/zones. */
export function findDomains(prose: string, everywhere: boolean, senderDomain: string | null): string[] {
  const out: string[] = [];
  // `vercel-dns.com` in a mail from vercel.com: a domain that carries the sender's brand is the sender's.
  const brand = senderDomain?.split('.')[0] ?? '';
  let calledEnd = -1;
  let namedEnd = -1;
  for (const m of domainsIn(prose)) {
    const name = m.text.toLowerCase();
    const before = prose.slice(Math.max(0, m.index - 40), m.index);
    if (CUSTOMER_HOSTED.test(name) && !PROVIDER_PAGE.test(name)) {
      out.push(m.text);
      continue;
    }
    const after40 = prose.slice(m.index + m.text.length, m.index + m.text.length + 40);
    if (ALTERNATIVE_AFTER.test(after40) || ALTERNATIVE_BEFORE.test(before)) continue;
    const listed = calledEnd >= 0 && m.index - calledEnd < 12 && LIST_GAP.test(prose.slice(calledEnd, m.index));
    const after = prose.slice(m.index + m.text.length, m.index + m.text.length + 120);
    const called = listed || CALLED.test(before) || CALLED_AFTER.test(after) || ENDING_AFTER.test(after) || OLD_LABEL.test(before);
    if (called && isCalledHost(name) && (listed || !TARGET.test(prose.slice(Math.max(0, m.index - 80), m.index)))) {
      PATH.lastIndex = m.index + m.text.length;
      const path = PATH.exec(prose)?.[0] ?? '';
      calledEnd = m.index + m.text.length + path.length;
      if (!STAYS.test(prose.slice(calledEnd, calledEnd + 80))) out.push(m.text + path);
      continue;
    }
    if (PROVIDER_DOMAINS.test(name)) continue;
    const registered = registeredDomain(name) ?? name;
    const own = senderDomain !== null && (name === senderDomain || name.endsWith(`.${senderDomain}`));
    if (own && !(everywhere && COVERED.test(before) && (name !== senderDomain || CERTIFIED.test(before)))) continue;
    if (!own && !COVERED.test(before) && carriesBrand(registered, brand)) continue;
    // `sending domains (mail.acme.com, notify.acme.com)`: the next hosts of a list the noun opens.
    const named = NAMED_HOST.test(before) || (namedEnd >= 0 && m.index - namedEnd < 12 && LIST_GAP.test(prose.slice(namedEnd, m.index)));
    if (!everywhere && !named && !SERVICE_HOST.test(name)) continue;
    // `changes from ftp.old.net to ftp.new.net`: a service host that is where traffic goes instead is the replacement.
    if (!everywhere && !named && TARGET.test(prose.slice(Math.max(0, m.index - 80), m.index))) continue;
    if (named && !everywhere && othersNamed(prose, m.index)) continue;
    if (named) namedEnd = m.index + m.text.length;
    else if (everywhere && VISITED.test(before)) continue;
    out.push(m.text);
  }
  return out;
}

/**
 * `public domains like gmail.com`: domains said to be everyone's are examples, not the reader's; and
 * `allow outbound connections to these hostnames:` lists hosts of someone else's that the reader's
 * firewall must let through.
 */
const OTHERS_HOSTS =
  /\b(?:(?:public|free|webmail|popular|common|shared|third[- ]party|consumer)[ \t]+(?:e-?mail[ \t]+)?(?:sub)?domains?\b[^.\n]{0,30}|(?:allow(?:list)?|whitelist|unblock|permit)\w*\b[^.\n]{0,80})$/i;

function othersNamed(prose: string, index: number): boolean {
  return OTHERS_HOSTS.test(prose.slice(Math.max(0, index - 100), index).trimEnd());
}

/** `vercel-dns.com`, `wasabisys.com` in mail from vercel.com, wasabi.com: the sender's other domains. */
function carriesBrand(registered: string, brand: string): boolean {
  if (brand.length < 4) return false;
  const label = registered.split('.')[0] ?? '';
  return label.split('-').includes(brand) || (label.startsWith(brand) && label.length <= brand.length + 4);
}

/**
 * A host given as the value of a label (`URL: https://acmeobs.grafana.net`): the customer's where it
 * has a name of its own left of the provider's domain, and that name is no page of the provider's.
 */
export function isCustomerHost(host: string, senderDomain: string | null): boolean {
  const name = host.toLowerCase();
  const registered = registeredDomain(name);
  if (!registered || name === registered) return false;
  // `www.` is a page of the provider's only under a domain the provider runs; elsewhere it is the reader's site.
  if (PROVIDER_PAGE.test(name) && !(name.startsWith('www.') && !PROVIDER_DOMAINS.test(name) && !CUSTOMER_HOSTED.test(name))) return false;
  if (senderDomain !== null && (name === senderDomain || name.endsWith(`.${senderDomain}`))) return false;
  return !PROVIDER_DOMAINS.test(name) || CUSTOMER_HOSTED.test(name);
}

/** A host the reader's clients may call: a name below a registered domain that is no page for people. */
export function isCalledHost(host: string): boolean {
  const name = host.toLowerCase();
  const registered = registeredDomain(name);
  return registered !== null && name !== registered && !DOCS_PAGE.test(name);
}

const DOT_LETTER = /\.[a-z]/gi;
const SPACE = /\s/;
const NEXT_SPACE = /\s/g;

/**
 * DOMAIN's matches, read only inside the words that hold a `.` before a letter. A host name never
 * spans white space, and white space on either side reads as the ends of the text do, so the matches
 * are the ones a scan of the whole text finds, without trying every offset of every other word.
 */
function domainsIn(prose: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  DOT_LETTER.lastIndex = 0;
  for (let dot = DOT_LETTER.exec(prose); dot; dot = DOT_LETTER.exec(prose)) {
    let start = dot.index;
    while (start > 0 && !SPACE.test(prose.charAt(start - 1))) start--;
    NEXT_SPACE.lastIndex = dot.index;
    const end = NEXT_SPACE.exec(prose)?.index ?? prose.length;
    for (const m of matchesOf(prose.slice(start, end), DOMAIN)) out.push({ text: m[0], index: start + m.index });
    DOT_LETTER.lastIndex = end;
  }
  return out;
}

const HOST_AT = new RegExp(String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:${TLDS})(?![\w-]|\.[a-z0-9])`, 'iy');
const NAME_BEFORE = /(?:^|[\s(])(["'`“‘]?)([a-z0-9][a-z0-9_-]{1,62})["'`”’]?$/i;

/**
 * A name with the shape of an id, or quoted, then the host it is reached at, named after it (`stack
 * acme-prod (acme-prod.splunkcloud.com)`, `environment vxk24817 (vxk24817.live.dynatrace.com)`): the
 * host restates the name, so both are the reader's, under whichever domain the provider gives them.
 * Read only at `(`, so text without parentheses costs one search.
 */
export function restatedHosts(prose: string): string[] {
  const out: string[] = [];
  for (let at = prose.indexOf('('); at >= 0; at = prose.indexOf('(', at + 1)) {
    const named = NAME_BEFORE.exec(prose.slice(Math.max(0, at - 66), at).trimEnd());
    const name = named?.[2];
    // A plain word (`the guide (guide.example.com)`) is a name only where it is quoted.
    if (!name || !/[a-z]/i.test(name) || !(named[1] || /[\d_-]/.test(name)) || prose.slice(at + 1, at + 2 + name.length).toLowerCase() !== `${name.toLowerCase()}.`) continue;
    HOST_AT.lastIndex = at + 1;
    const host = HOST_AT.exec(prose)?.[0];
    if (host && !DOCS_PAGE.test(host)) out.push(name, host);
  }
  return out;
}

/**
 * `- cbs.example.org (build system)`, `• git.example.io: read-only`: a list whose items each open with
 * a service's host names those services one by one, and the reader's clients call them. Two such items
 * in a row make the list; a bare registered domain (`example.org - online`) is a website, a page for
 * people is no service, and a list under a lead that offers what to use instead is the replacement.
 * Hosts of the same domain named inside an item (`(and also https://id.example.org)`) are listed too.
 */
const HOST_ITEM = new RegExp(String.raw`^[ \t]*[-*•·][ \t]+(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:${TLDS}))/?(?=[ \t]*(?:$|[(:]|[-–—][ \t]))[^\n]*`, 'gim');
const LINKED_HOST = new RegExp(String.raw`https?://((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:${TLDS}))(?![\w-]|\.[a-z0-9])`, 'gi');

export function listedHosts(plain: string): string[] {
  const out: string[] = [];
  let run: Array<{ host: string; line: string; index: number }> = [];
  let runEnd = -1;
  const close = (): void => {
    const called = run.filter((item) => isCalledHost(item.host));
    if (called.length >= 2 && !underOfferingLead(plain, run[0]?.index ?? 0)) {
      for (const item of called) {
        out.push(item.host);
        const registered = registeredDomain(item.host.toLowerCase());
        for (const m of matchesOf(item.line.slice(item.host.length), LINKED_HOST)) {
          const also = m[1] ?? '';
          if (registeredDomain(also.toLowerCase()) === registered && isCalledHost(also)) out.push(also);
        }
      }
    }
    run = [];
  };
  for (const m of matchesOf(plain, HOST_ITEM)) {
    if (runEnd >= 0 && plain.slice(runEnd, m.index).trim() !== '') close();
    const host = m[1] ?? '';
    run.push({ host, line: m[0].slice(m[0].indexOf(host)), index: m.index + m[0].indexOf(host) });
    runEnd = m.index + m[0].length;
  }
  close();
  return out;
}

const SENTENCE_END = /[.!?](?:\s|$)|\n\s*\n/;
const API_HOST = /\b(?:API|host\s?names?|base\s+URLs?)\b/i;

/**
 * `the hostname acme.com was used for the API`: the provider's own domain, written where the sentence
 * says it is the host an API is called on, is what the reader's code calls; anywhere else it is the
 * provider's site.
 */
export function isCalledSenderDomain(prose: string, senderDomain: string): boolean {
  for (const at of writtenAt(prose, senderDomain)) {
    const end = at + senderDomain.length;
    const rest = prose.slice(end, end + 240);
    const stop = rest.search(SENTENCE_END);
    if (API_HOST.test(prose.slice(sentenceStart(prose, at), stop < 0 ? end + rest.length : end + stop))) return true;
  }
  return false;
}

/**
 * Where the sender's own domain (lower case) is written, the first few places only: they tell how the
 * notice names it, and a text that repeats it endlessly is not read through.
 */
function* writtenAt(prose: string, senderDomain: string): Generator<number> {
  const lower = prose.toLowerCase();
  let seen = 0;
  for (let at = lower.indexOf(senderDomain); at >= 0 && seen < 20; at = lower.indexOf(senderDomain, at + 1), seen += 1) yield at;
}
