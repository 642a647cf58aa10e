/**
 * Identifiers the text labels as such. Accounts: an AWS account number, an Azure subscription,
 * a Google billing account, and any account, customer, tenant or team id that looks made up
 * (`Customer ID: ab12345-ovh`, `Team ID: 7QX4B2LMN8`, `your Stripe account (acct_1Hq2…)`).
 * Resources: an id in parentheses after what it identifies (`(service ID 6qTbM2…)`, `(ref: qzvb…)`) or its name (`(keyName: legacy-uploader)`).
 */

import { looksLikeName } from './names.ts';
import { matchesOf } from './anchored.ts';

const AWS_ACCOUNT = /\b(?:aws\s+)?accounts?(?:\s+(?:id|ID|number|no\.?))?\s*[:#]?\s*\(?(\d{4}-?\d{4}-?\d{4})(?![\d-])/gi;
const GUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
/** `Subscription: acme-production (b7e3d1c2-…)`: a display name may come before the id. */
const SUBSCRIPTION = new RegExp(String.raw`\bsubscription(?:\s+(?:id|ID))?\s*[:#]?\s*(?:[\w .-]{1,64}?\s*\()?\(?(${GUID})\b`, 'gi');
const RESOURCE_ID_SUBSCRIPTION = new RegExp(String.raw`\/subscriptions\/(${GUID})\/`, 'gi');
const BILLING_ACCOUNT = /\bbilling\s+account(?:\s+(?:id|ID))?\s*[:#]?\s*([0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6})\b/g;
/**
 * `account (UIN 100034567890)`: a provider's short name for its account id may open the parentheses.
 * After a dot the word ends a host name (`bitbucket.org (ED25519)`), it labels nothing.
 */
const OWNER_ID =
  /(?<!\.)\b(?:account|customer|client|tenant|team|contract|subscription|org(?:ani[sz]ation)?)(?:\s+(?:id|ID|SID|number|no\.?|handle|identifier))?\s*[:#]?\s*(?:\((?:[A-Z]{2,5}[:#]?\s)?)?([A-Za-z0-9][A-Za-z0-9_-]{2,62}[A-Za-z0-9])(?![\w.-])/gi;
/**
 * An organization, a group or an account named by its slug: `in the organization acme-devops`, `your
 * group acme-platform`, `your organization, acme-platform, has…`, `your account acme-support (…)`, `Organization: acme-dev` (`organization ACME` is a display name).
 */
const ORG_SLUG =
  /(?<!\.)\b(?:[Oo]rgani[sz]ation|[Oo]rg|(?:[Yy]our|[Tt]he)\s+group|[Aa]ccount)(?:,?\s+|:[ \t]*)([a-z0-9]+(?:-[a-z0-9]+)+|[a-z]+\d[a-z0-9-]*)(?![\w.-])/g;
/** `Account: acmemedia` on a line of its own: a label's one lower-case word is the account's name, whatever its shape. */
const ACCOUNT_LINE = /^[ \t]*(?:[Aa]ccount|[Oo]rgani[sz]ation|[Oo]rg)(?:\s+(?:name|slug))?[ \t]*:[ \t]*([a-z][a-z0-9_-]{2,40})[ \t]*$/gm;
const NOT_NAME = /^(?:none|unknown|active|inactive|suspended|closed|enabled|disabled|yes|no|all|personal|free|trial)$/;
/** Compounds that follow `account` in prose: `account sign-in`, `account-level`. */
const NOT_SLUG = /^(?:[\d-]+|sign-\w+|log-\w+|opt-\w+|set-up|follow-up|top-up|add-ons?|re-\w+|self-\w+|non-\w+|multi-\w+|two-\w+|e-mail|pay-as-you-go|\w+-(?:level|wide|based|related|specific))$/;
/** The account inside an ARN (`arn:aws:kms:us-east-1:975318642097:key/…`) or an Azure resource ID (`/subscriptions/4c1d…/`). */
const ARN_ACCOUNT = /\barn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:(\d{12}):/g;
/** `(service ID 6qTbM2…)`, `(ref: qzvb…)`, `(store hash: k7x2…)`, `(UUID 00b1c2d3-…)`, `(CX21, ID 48213377)`: an id in parentheses, after other notes or not. */
const PAREN_LABELLED = /\((?:[^()\n]{0,40}?[,;]\s*)?([A-Za-z]+\s+)?(ID|Id|id|UUID|uuid|GUID|ref|Ref|SID|OCID|key|hash|[a-z]+Name|name)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9_-]{3,62}[A-Za-z0-9])\)/g;

/** Ids of the notice itself, a bill or a ticket: `Tracking ID`, `Invoice number`, `Message ID`. */
export const NOTICE_ID_LABEL =
  /\b(?:tracking|message|ticket|case|incident|event|request|reference|notification|invoice|order|transaction|receipt|confirmation|support|correlation|trace|activity|operation|phone|vat|tax|registration|security(?![ \t]+groups?)|advisory|bulletin|notice|announcement|cve)\b/i;

/** A made-up id: letters and digits together, or a long number; `ACME` or `production` is a name, not an id. */
export function looksLikeId(token: string): boolean {
  return (/\d/.test(token) && /[A-Za-z]/.test(token) && token.length >= 5) || /^\d{5,20}$/.test(token);
}

const SUBSCRIPTION_WORD = /subscription/i;
const ACCOUNT_LINE_WORDS = /account:|org/i;

export function findAccounts(prose: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(prose, AWS_ACCOUNT)) out.push((m[1] ?? '').replace(/-/g, ''));
  // Words each grammar needs, looked for in one pass each (no lower-case copy of the text) rather than scanned for at every offset.
  if (SUBSCRIPTION_WORD.test(prose)) for (const m of matchesOf(prose, SUBSCRIPTION)) out.push(m[1] ?? '');
  if (prose.includes('billing')) for (const m of matchesOf(prose, BILLING_ACCOUNT)) out.push(m[1] ?? '');
  for (const m of matchesOf(prose, ORG_SLUG)) if (!NOT_SLUG.test(m[1] ?? '')) out.push(m[1] ?? '');
  out.push(...quotedOwners(prose));
  if (ACCOUNT_LINE_WORDS.test(prose)) for (const m of matchesOf(prose, ACCOUNT_LINE)) if (!NOT_NAME.test(m[1] ?? '')) out.push(m[1] ?? '');
  if (prose.includes('arn:aws')) for (const m of matchesOf(prose, ARN_ACCOUNT)) out.push(m[1] ?? '');
  if (prose.includes('/subscriptions/')) for (const m of matchesOf(prose, RESOURCE_ID_SUBSCRIPTION)) out.push(m[1] ?? '');
  for (const m of matchesOf(prose, OWNER_ID)) {
    const id = m[1] ?? '';
    // A dashed AWS account number is read, without its dashes, by AWS_ACCOUNT.
    if (looksLikeId(id) && !/^\d{4}-\d{4}-\d{4}$/.test(id)) out.push(id);
  }
  return out;
}

const PROSE_WORD = /^[a-z]{4,14}$/;

/** `(keyName: legacy-uploader)`: under a label for a name, the value must look made up to be one. */
export function labelledIds(prose: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(prose, PAREN_LABELLED)) {
    const value = m[3] ?? '';
    // `(Tracking ID YTYN-5T8)`, `(case ID 0042ab17)`: the id of the notice itself or of a ticket.
    if (m[1] && NOTICE_ID_LABEL.test(m[1])) continue;
    // `(e.g. uploads, key creation)`: a word of prose after `key` or `ref` is no value of theirs.
    if (/name$/i.test(m[2] ?? '') ? looksLikeName(value) : value.length >= 4 && !PROSE_WORD.test(value)) out.push(value);
  }
  return out;
}

/** Nouns for what holds the reader's things; each is looked for alone, not with a pattern tried at every offset. */
const OWNER_NOUNS = ['account', 'organization', 'organisation', 'workspace', 'team'];
/** `the "radgrad" mLab account`, `your 'acme-ops' workspace`: the quoted name before the noun, a brand (a capital in it) between or not. */
const QUOTED_BEFORE = /(?:["“‘]|(?<!\w)')([a-z0-9][a-z0-9_.-]{1,40})["”'’][ \t]+(?:[a-z]{0,3}[A-Z][\w.]{0,20}[ \t]+)?$/;

function quotedOwners(prose: string): string[] {
  const out: string[] = [];
  for (const noun of OWNER_NOUNS) {
    for (let at = prose.indexOf(noun); at >= 0; at = prose.indexOf(noun, at + noun.length)) {
      // `accountable`, `teams`: the noun must end there; what stands before it is QUOTED_BEFORE's to judge.
      if (/\w/.test(prose.charAt(at + noun.length))) continue;
      const name = QUOTED_BEFORE.exec(prose.slice(Math.max(0, at - 72), at))?.[1];
      if (name && !/^\d+$/.test(name)) out.push(name);
    }
  }
  return out;
}
