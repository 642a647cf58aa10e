import type { NoticeKind } from '../domain/facts.ts';

/**
 * `triggers`: words, or the starts of words, of which every match of `pattern` holds one at a word
 * boundary. A text holding none of them is not searched with the pattern.
 */
type Signal = [kind: NoticeKind, weight: number, pattern: RegExp, triggers: string[]];

/** A product name of up to three words, then its version: `Node.js 18`, `Redis version 4`, `v1.31`; not `TLS 1.0`. */
const VERSIONED = String.raw`(?!(?:TLS|SSL)\b)(?:[A-Za-z][\w.+-]*\s+){0,3}?(?:versions?\s+)?v?\d+(?:\.\d+)*\b(?!\s*(?:%|percent|days?|hours?|minutes?))`;

/** A day written after a word for an event: `on August 11`, `Sunday, May 3`, `scheduled for 2026-07-04`. */
const DATED = String.raw`\s+(?:on\s+|scheduled\s+for\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{4}-\d\d-\d\d\b)`;

/**
 * Words that point to a kind, weighted by how unambiguous they are. Each pattern counts at most
 * MAX_HITS times, so a long notice that repeats one word does not outvote the rest.
 */
export const SIGNALS: readonly Signal[] = [
  ['certificate', 3, /\b(?:certificates?|CA)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:expir(?:es|e|ing)\s+(?:on|in|at|soon|shortly)|expiration|expiry|(?:will|about\s+to)\s+expire)\b/gi, ['expir']],
  ['certificate', 3, /\bcertificates?\s+(?:[\w-]+\s+){0,2}?(?:expires|has\s+expired|is\s+(?:about\s+to\s+expire|expiring))\b/gi, ['expir']],
  // A certificate that stops being valid has expired, however that is said: `will no longer be valid`, `becomes invalid`, `ceases to be valid`.
  ['certificate', 3, /\bcertificates?\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:(?:will\s+)?no\s+longer\s+be\s+valid|(?:will\s+)?(?:become|becomes)\s+invalid|ceases?\s+to\s+be\s+valid)\b/gi, ['longer', 'become', 'ceas']],
  ['certificate', 3, /\b(?:unable|failed)\s+to\s+renew\b|\brenewal\s+(?:failed|failure)\b|\b(?:renew|rotate|replace|reissue)\s+(?:your|this|the|these)\s+(?:[\w-]+\s+){0,2}certificates?\b/gi, ['renew', 'certificate']],
  ['certificate', 3, /\bcertificates?\b(?:[^.\n]|\.(?=\S)){0,80}?\brevo(?:ke|ked|king|cation)\b|\brevo(?:ke|king)\s+(?:[\w-]+\s+){0,3}certificates?\b/gi, ['revo']],
  ['certificate', 2, /\b(?:your|the|this)\s+(?:[\w-]+\s+){0,2}certificates?\s+(?:for|covering)\b/gi, ['certificate']],
  // Validation that a certificate authority needs before it issues: `domain control validation (DCV)`.
  ['certificate', 3, /\bdomain\s+(?:control\s+)?validation\b|\bDCV\b|\brevalidat\w+\s+(?:the\s+)?domains?\b|\b(?:issue|reissue)\s+(?:or\s+reissue\s+)?certificates?\b/gi, ['validation', 'dcv', 'revalidat', 'certificate']],
  // Which roots a client trusts: `certificates that chain to ISRG Root X1`, `add it to your trust store`.
  ['certificate', 3, /\btrust\s*stores?\b|\broot\s+(?:CA|certificates?)\b|\bchain(?:s|ed|ing)?\s+(?:up\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}root\b|\bintermediate\s+(?:CA|certificates?)\b|\bcertificate\s+chains?\b/gi, ['trust', 'root', 'chain', 'intermediate', 'certificate']],
  ['certificate', 2, /\bcertificate\s+authority\b|\bCA\s+(?:certificate|rotation|bundle)s?\b|\b(?:SSL|TLS)(?:\/TLS)?\s+certificates?\b/gi, ['certificate', 'rotat', 'bundle']],
  // Vulnerabilities that may be found some day (`could be exposed if any vulnerabilities are discovered`, `potential
  // vulnerabilities`) are why an old release is risky, not a flaw that was found; nor is the provider's practice (`we review
  // vulnerability reports`, `our vulnerability disclosure program`). Someone who broke in (`an attacker`, `a malicious
  // actor`, `unauthorized admin access`) makes an `incident` a breach.
  ['security', 2, /\b(?<!\b(?:any|potential|possible|future|unpatched)\s{1,3}(?:security\s{1,3})?)vulnerabilit(?:y|ies)\b(?!\s+(?:reports?|reporting|disclosures?|programs?|research|rewards?|bount(?:y|ies)|management)\b)|\bCVE-\d{4}-\d{3,7}\b|\bsecurity\s+(?:advisor(?:y|ies)|incidents?|issues?|bulletins?|notices?|alerts?|investigations?|breach(?:es)?|fix\b|update\b)|\b(?:data\s+)?breach(?:es)?\b|\bsuspicious\s+(?:activity|sign-?ins?|log-?ins?|access)\b|\bcompromised\b|\b(?:exposed|leaked)\s+(?:credentials?|secrets?|tokens?|(?:access|api|secret)?keys?)\b|\bunauthori[sz]ed\s+(?:[\w-]+\s+){0,2}?access\b|\b(?:malicious|threat)\s+(?:external\s+)?(?:actors?|users?|parties|party)\b|\battackers?\b/gi, ['vulnerabilit', 'cve-', 'security', 'breach', 'suspicious', 'compromised', 'exposed', 'leak', 'unauthori', 'malicious', 'threat', 'attacker']],
  // Security fixes in the plural name a topic: what a build lacks (`packages that have since received security updates`), or
  // what a release gets while it is supported; fixes a product stops getting (`no longer receives security updates`) are how its life ends.
  ['security', 1, /(?<!\b(?:no|stop\w*|ends?|ending|without|longer|not|never)\s+(?:[\w-]+\s+){0,2})\bsecurity\s+(?:fixes|updates)\b/gi, ['security']],
  ['security', 3, /\b(?:token|(?:access|api|secret)?key|secret|credential|password)s?\s+(?:leak(?:age)?|exposure)s?\b|\bsecret\s+scanning\b|\b(?:secrets?|credentials?|tokens?|(?:access|api|secret)?keys?(?!-)|passwords?|webhook\s+urls?)\b(?:[^.\n]|\.(?=\S)){0,60}?\b(?:exposed|leaked|compromised|made\s+public)\b/gi, ['secret', 'exposed', 'leak', 'compromised', 'exposure', 'made']],
  // A secret found where anyone can read it: `detected the following secret`, `a key pushed to a public repository`;
  // the scanner's word for its finding (`Incident #…`) is no outage.
  ['security', 3, /\bdetected\s+(?:the\s+following\s+|an?\s+|(?:[\w-]+\s+){0,2}?)(?:secrets?|credentials?)\b|\b(?:secrets?|credentials?|tokens?|keys?|passwords?)\b[^.\n]{0,60}?\b(?:in|to|on|into)\s+(?:a\s+|the\s+)?public\s+(?:[\w-]+\s+)?(?:repositor(?:y|ies)|repos?|commits?|gists?|pushe?s?)\b/gi, ['detected', 'public']],
  ['security', 1, /\b(?:access\s+tokens?|api\s+(?:keys?|tokens?)|personal\s+access|credentials?|passwords?|ssh\s+keys?|two-factor|2fa)\b/gi, ['access', 'api', 'credential', 'password', 'ssh', 'two-factor', '2fa']],
  // An expiry the reader picks for a key it creates (`select the expiry date`, `choose an expiration for the new token`) is a setting, not a key that expires.
  ['security', 3, /\b(?:tokens?|keys?(?!\s+vault)|credentials?|passwords?)\b(?:[^.\n]|\.(?=\S)){0,80}?(?<!\b(?:select|choose|set|pick|specify|enter)\s+(?:(?:the|an?|its|your|required|desired|custom)\s+){0,2})\bexpir\w*/gi, ['expir']],
  // The reader's own keys that stop working, or that the provider has already revoked (`we revoked your token`),
  // are a credential to replace, not a product that ends; so is a key set to be deleted (`the key is pending deletion`,
  // `scheduled your signing key for deletion`).
  ['security', 5, /\b(?:keys?|tokens?|credentials)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:now\s+)?(?:scheduled\s+|marked\s+)?for\s+deletion\b|\b(?:keys?|tokens?|credentials)\s+(?:is|are)\s+(?:now\s+)?(?:in\s+(?:the\s+|a\s+)?)?pending\s+deletion\b|\b(?:keys?|tokens?|credentials)\b[^.\n]{0,60}?\b(?:will\s+(?:stop\s+working|be\s+(?:revoked|invalidated|deactivated|disabled))|(?:has|have)\s+been\s+(?:revoked|invalidated|deactivated))\b|\b(?:revoked|invalidated|deactivated)\s+(?:your|the|this|these|all|its)\s+(?:[\w-]+\s+){0,2}?(?:keys?|tokens?|credentials)\b/gi, ['stop', 'revo', 'invalidat', 'deactivat', 'disabl', 'deletion']],
  // Keys and secrets the provider rotates, and the host keys clients pin (`known_hosts`), are credentials; certificates
  // have their own kind. A rotation asked of the reader is a remedy for some other event (a key format retired).
  ['security', 3, /\bwe(?:['’]ll|\s+will|\s+are)?\s+(?:be\s+)?rotat(?:e|ing)\s+(?:the\s+|your\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:keys?|secrets?|credentials?|tokens?|passwords?)\b|\b(?:keys?|secrets?|credentials|tokens?|passwords?)\s+(?:will\s+be|are\s+being|is\s+being)\s+rotated\b|\bknown_hosts\b|\bhost\s+keys?\b/gi, ['rotat', 'known_hosts', 'host']],
  // Signing keys (GPG, PGP) are credentials; a database or a bucket open to anyone is an exposure.
  ['security', 2, /\b(?:DKIM|GPG|PGP|signing|private|encryption)\s+(?:keys?|secrets?)\b|\bDNSSEC\b/gi, ['dkim', 'gpg', 'pgp', 'signing', 'private', 'encryption', 'dnssec']],
  ['security', 3, /\bpublicly\s+(?:accessible|exposed|readable|writable)\b|\bopen\s+to\s+the\s+(?:internet|world|public)\b|\b(?:anyone|any\s+host)\s+on\s+the\s+internet\b/gi, ['public', 'open', 'any']],
  // Requiring a second factor at sign-in from now on is a security change (`we will enforce MFA for all users`, `2FA becomes
  // mandatory on May 1`, `Turn on 2-step verification`, `MFA enforcement starts`); a second factor named as a feature or a policy in force (`integrates with two-factor
  // authentication`, `we require 2FA for publishing`, `lets us enforce 2FA`) is a topic.
  ['security', 3, /(?:\b(?:will|['’]ll|to)\s+(?:(?:begin|start)\s+(?:to\s+)?)?|\b(?:begin|start)(?:s|ning|ing)?\s+(?:to\s+)?|\bmust\s+|\bplease\s+|\bneed\s+to\s+|(?<=^|[.!?:\n]\s{0,3}))(?:requir|enforc|mandat|enabl|set\s+up|turn\s+on|use)\w*\s+(?:[\w-]+\s+){0,4}?(?:(?:multi|two|2)-?factor\s+authentication|MFA|2FA|(?:two|2)-step\s+verification)\b|\b(?:(?:multi|two|2)-?factor\s+authentication|MFA|2FA|(?:two|2)-step\s+verification)\s+(?:[\w-]+\s+){0,4}?(?:will\s+be(?:come)?|becomes?|is|are)\s+(?:now\s+)?(?:required|mandatory|enforced)\b|\b(?:(?:multi|two|2)-?factor\s+authentication|MFA|2FA|(?:two|2)-step\s+verification)\s+(?:enforcement|requirements?|mandates?)\b|\b(?:mandatory|required|enforced)\s+(?:(?:multi|two|2)-?factor\s+authentication|MFA|2FA|(?:two|2)-step\s+verification)\b/gi, ['mfa', 'two-step', '2-step', 'two-factor', '2fa', 'multi']],
  ['security', 1, /\b(?:multi|two|2)-?factor\s+authentication\b|\bMFA\b|\b2FA\b|\b(?:two|2)-step\s+verification\b/gi, ['multi', 'mfa', 'two-step', '2-step', 'two-factor', '2fa']],
  // A word for an end that the sentence denies (`we have not set a sunset date`, `no plans to deprecate it`, `won't be removed`) names none.
  // `deprecated` said of a thing in passing (`the deprecated v1 dashboard`, `the classic view, deprecated since 3.0,`)
  // describes it; that it is being deprecated is the event.
  ['deprecation', 3, /(?<!(?:\bno|\bnot|\bnever|n['’]t)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,3})\b(?:(?<!\b(?:the|a|an|this|these|those|our|its|any|all|other)\s{1,4}(?:(?:now|long|already)\s{1,4})?)(?<!,[ \t]{0,3})deprecated\b|deprecat(?!ed\b)\w*)/gi, ['deprecat']],
  ['deprecation', 1, /(?:\b(?:the|a|an|this|these|those|our|its|any|all|other)\s{1,4}(?:(?:now|long|already)\s{1,4})?|,[ \t]{0,3})deprecated\b/gi, ['deprecat']],
  ['deprecation', 3, /\bphas(?:ed|ing|e)\s+out\b|\bclosing\s+down\b|(?<!(?:\bno|\bnot|\bnever|n['’]t)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,3})(?:\bsunset\w*|(?:\bwill|['’]ll)\s+(?:be\s+)?remov(?:e|ed|ing)\b(?!\s+(?:this|the|that|these|any)\s+(?:[\w-]+\s+)?(?:warnings?|messages?|errors?|banners?|notices?|prompts?|limits?|limitations?|restrictions?)\b)|\bremoval\b|\bdelist\w*)|\bbrownouts?\b|\bdiscontinu\w+/gi, ['phas', 'clos', 'sunset', 'brownout', 'remov', 'discontinu', 'delist']],
  // Access to a product closed to everyone (`access to the v1 API will be closed in June`, `access to the legacy
  // console will be cut off`): the product is taken away; a closed account or ticket is not a product.
  ['deprecation', 3, /\baccess\s+to\s+(?:the\s+)?(?:[\w.-]+\s+){1,4}?(?:will|is\s+going\s+to)\s+be\s+(?:finally\s+|permanently\s+|fully\s+)?(?:closed|cut\s+off|shut\s+off|switched\s+off)\b/gi, ['access']],
  // The reader's credentials that stop working are counted as security above, not as a product that ends.
  ['deprecation', 5, /(?<!\b(?:keys?|tokens?|credentials)\b[^.\n]{0,60})(?:\bstops?\s+working\b|\bno\s+longer\s+work\w*)/gi, ['work']],
  ['deprecation', 2, /\b(?:no\s+longer|won['’]t|will\s+not)\s+be\s+able\s+to\b|\bcan\s+no\s+longer\b|\bno\s+longer\s+(?:be\s+)?possible\s+to\b/gi, ['able', 'longer']],
  // One product giving way to another: `App passwords are being replaced by API tokens`.
  ['deprecation', 3, /\b(?:is|are)\s+being\s+(?:replaced|superseded)\s+by\b|\bsuperseded\s+by\b/gi, ['replace', 'superseded']],
  // A breaking change to an API: what worked is refused from a date on.
  // What stays out of reach from then on (`requests will be denied`, `all other tags will become unavailable`, `the export
  // endpoint will no longer be available`), not for a while.
  ['deprecation', 3, /\b(?:will|to)\s+(?:start\s+|begin\s+)?(?:reject(?:ing)?|refus(?:e|ing)|den(?:y|ying)|be\s+(?:rejected|refused|denied))\b|\b(?:will\s+(?:then\s+)?become\s+(?:unavailable|inaccessible)|will\s+no\s+longer\s+be\s+(?:available|accessible))\b(?!\s+(?:for\s+(?:a|an|the|up)\b|during|while|briefly|temporarily|until)\b)/gi, ['reject', 'refus', 'deny', 'denied', 'become', 'longer']],
  // What worked will fail: `Clients that connect with TLS 1.0 will fail to connect`.
  ['deprecation', 2, /\b(?:will|would)\s+(?:start\s+to\s+|begin\s+to\s+)?fail\b(?![\s-]?over)/gi, ['fail']],
  // A change the provider says will break what the reader built (`Breaking change:`, `not backward compatible`, `may break
  // your integration`) takes the old behaviour away; a change said to break nothing (`no breaking changes`, `non-breaking`) does not.
  ['deprecation', 3, /(?<!\b(?:no|non|without|any)[\s-]{1,3})\bbreaking\s+changes?\b|\b(?:not|isn['’]t|aren['’]t|no\s+longer)\s+backwards?[\s-]compatible\b|\b(?:can|could|may|might|will)\s+break\s+(?:your|existing)\s+(?:[\w-]+\s+)?(?:code|integrations?|apps?|applications?|clients?|scripts?|workflows?|builds?)\b/gi, ['break', 'backward']],
  // Failing over to a standby is planned work.
  ['maintenance', 2, /\bfail(?:\s|-)?over\b/gi, ['fail']],
  // Or narrows what it accepts or does for the reader: `will stop accepting passwords`, `will accept only TLS 1.2`, `calls to the
  // old host will no longer be allowed`, `will only fetch images over HTTPS`, `will stop serving the old bundle`; not for a while.
  ['deprecation', 3, /\bstop(?:s|ping)?\s+accepting\b|\bno\s+longer\s+(?:be\s+)?(?:accept(?:s|ed)?|allowed|permitted)\b|\bwill\s+(?:only\s+accept|accept\s+only)\b|\bwill\s+only\s+(?:allow|support|fetch|serve|deliver|send|permit|connect)\b|\bwill\s+stop\s+(?:serving|rendering|delivering|fetching|sending|processing|syncing|resolving|responding)\b(?![^.\n]{0,40}\b(?:for\s+(?:a|an|about|up|the\s+duration)|during|while|briefly|temporarily|until)\b)/gi, ['accept', 'longer', 'only', 'stop']],
  // What was optional becomes the only way (`the new endpoints are optional today but will be mandatory from June 30`):
  // the old way goes. A second factor made mandatory is counted as security above.
  ['deprecation', 2, /\b(?:will\s+(?:be|become)|becomes?|is\s+becoming)\s+(?:mandatory|compulsory)\b/gi, ['mandatory', 'compulsory']],
  // `Ending OCSP support`: a product's name may sit between the words.
  // A version that `reaches end of support` is at its end of life, not a feature taken away.
  ['deprecation', 3, /(?<!\breach(?:es|ed|ing)?\s+(?:its\s+|the\s+)?)\bend(?:ing)?\s+(?:of\s+)?(?:[A-Z0-9][\w.-]*\s+){1,2}support\b/g, ['support']],
  ['deprecation', 3, /(?<!\breach(?:es|ed|ing)?\s+(?:its\s+|the\s+)?)\bending\s+(?:of\s+)?support\b/gi, ['support']],
  // `The end of support` as a noun names a version's last day (`End of support` as a column title) more than a feature taken away.
  ['end-of-life', 2, /(?<!\breach(?:es|ed|ing)?\s+(?:its\s+|the\s+)?)\bend\s+of\s+support\b/gi, ['support']],
  // Support for a version that ends, said of the version (`Support for Redis version 4 is ending`), is its
  // end of life; a provider that stops supporting something in its product (`We will stop supporting
  // Node.js 18 builds`, `ending support for files.upload`) takes it away: a deprecation.
  // Protocol versions (`TLS 1.0`) are features of a connection, not a product the reader runs.
  ['end-of-life', 3, new RegExp(String.raw`\bsupport\s+for\s+${VERSIONED}[^.\n]{0,60}?\b(?:is\s+ending|ends|will\s+end)\b`, 'gi'), ['support']],
  ['deprecation', 3, /\bstop(?:s|ping)?\s+supporting\b/gi, ['stop']],
  // Support that ends for a way of using the product (`support ends for applications that use the old sign-in URLs`) takes that way away.
  ['deprecation', 3, /\bsupport\s+(?:ends|will\s+end|is\s+ending)\s+for\b/gi, ['support']],
  // Support that ends for some features of a product (`End of support for … select features`, `will no longer support
  // the following features:`) takes them away; the product goes on.
  ['deprecation', 3, /\b(?:end\s+of\s+support\s+for|(?:no\s+longer|stop(?:s|ping)?)\s+support(?:s|ing)?)\b[^.\n]{0,80}?\bfeatures?\b/gi, ['support', 'longer', 'stop']],
  // A setting that is off (`Auto-renew is turned off`) is a state, not something the provider turns off.
  ['deprecation', 2, /(?<!\b(?:is|are|was|were|been)\s+)\b(?:turn(?:s|ed|ing)?|shut(?:s|ting)?|switch(?:es|ed|ing)?)\s+off\b/gi, ['off']],
  // What worked is refused with a client error (`will return 410 Gone`, `returns 422`); an authentication
  // error (401, 403) is a credential's, a server error (5xx) a failure's. A client error given where a server error was
  // (`now returns 404 instead of 500`) reports the same failure more precisely; nothing that worked is refused.
  ['deprecation', 3, /\b(?:returns?|respond(?:s)?\s+with|(?:be\s+)?rejected\s+with)\s+(?:an?\s+)?(?:HTTP\s+)?4(?!0[13])\d\d\b(?![^.\n]{0,40}?\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:an?\s+|the\s+)?(?:HTTP\s+)?5\d\d\b)/gi, ['return', 'respond', 'reject']],
  // Disabling a version, an API or an endpoint takes it away.
  ['deprecation', 3, /\bdisabl(?:e|ing)\s+(?:[\w@.\/-]+\s+){0,3}?(?:APIs?|v\d+|versions?|endpoints?|protocols?)\b|\b(?:APIs?|v\d+|versions?|endpoints?|protocols?)\s+(?:[\w.-]+\s+){0,2}?(?:will\s+be|is\s+being|are\s+being)\s+disabled\b/gi, ['disabl']],
  // An API or a product that is shut down for good; a server shut down for maintenance, or machines powered off (`all hosts will be
  // shut down`), is not.
  ['deprecation', 3, /(?<!\b(?:servers?|systems?|hosts?|machines?|nodes?|VMs?|instances?|hypervisors?)\s+)\b(?:will\s+be|is\s+being|are\s+being)\s+(?:shut\s*down|turned\s+down)\b(?!\s+(?:for|during|while|briefly|temporarily)\b)/gi, ['shut', 'turn']],
  // An interface that ends, in the present tense or as a noun: `The v1 API shuts down on…`, `the endpoint goes
  // away`, `v1 API shutdown`. A whole product that shuts down is its end of life.
  ['deprecation', 3, /\b(?:APIs?|endpoints?|v\d+|versions?|webhooks?|SDKs?)\b[^.\n]{0,30}?\b(?:shuts\s+down|is\s+shutting\s+down|go(?:es)?\s+away)\b(?!\s+(?:for|during|while|briefly|temporarily|unexpectedly)\b)|\bshutdown\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:APIs?|endpoints?|versions?|v\d+|products?|features?)\b|\b(?:APIs?|endpoints?|v\d+)\s+shutdown\b/gi, ['shut', 'away']],
  ['end-of-life', 3, /\bend(?:s|ing)?\s+(?:of\s+)?(?:its\s+|the\s+)?standard\s+support\b|\bstandard\s+support\b(?:[^.\n]|\.(?=\S)){0,60}?\bend\b/gi, ['standard']],
  // `Cloud Services (extended support)` is a product's name, not a support phase.
  ['end-of-life', 2, /(?<!\()\bextended\s+support\b/gi, ['extended']],
  ['end-of-life', 1, /\bend[-\s]of[-\s]life\b|\bEOL\b/gi, ['life', 'eol']],
  // A named support phase of a release that ends: `Extended Update Support (EUS) ends on…`, `Long Term Support ends`;
  // `support for X ends` is left to the patterns above, which tell a version from a feature.
  ['end-of-life', 3, /\bsupport(?:\s*\([A-Z]{2,6}\))?\s+(?:ends|will\s+end|is\s+ending|comes\s+to\s+an\s+end)\b(?!\s+for\b)/gi, ['support']],
  // `reaches the end of its support window`: the product's own support, however the phrase is dressed.
  ['end-of-life', 3, /\breach(?:es|ed|ing)?\s+(?:its\s+|the\s+)?end[-\s]of[-\s](?:its\s+)?(?:life|support)\b/gi, ['reach']],
  // A version the provider stops maintaining (`end of maintenance (EOM)`) is at its end of life, not under maintenance.
  ['end-of-life', 3, /\bend[-\s]of[-\s]maintenance\b|\bstop(?:s|ping)?\s+maintaining\b|\bEOM\b/g, ['end', 'stop', 'eom']],
  ['end-of-life', 2, /\b(?:outside\s+(?:of\s+)?|out\s+of)\s+support\b/gi, ['support']],
  // A whole service closed for good (`will be closed down`, `closes down`, `shut down permanently`), and equipment the
  // provider decommissions, end altogether; a feature or an API version taken away is a deprecation above.
  // The provider itself or a whole product going away, said without an object (`Acme is shutting down.`, `the platform shuts down on
  // May 31`), or the company, platform or service switched off (`it is time to turn off the service`); something shut down for a
  // while (`servers are shutting down for the upgrade`), an interface (`the v1 API shuts down on…`, a deprecation) or a thing
  // named after the verb (`shutting down the v1 API`) is not.
  ['end-of-life', 3, /(?<!\b(?:APIs?|endpoints?|versions?|v\d[\w.]*|features?|SDKs?|librar(?:y|ies)|modules?|plugins?|extensions?|webhooks?|integrations?)\s+)\b(?:(?:is|are|will\s+be)\s+shutting\s+down\b(?=\s*(?:[.!:;\n]|$)|\s+(?:on|in|at|by|from|effective|permanently|completely|for\s+good)\b)|shuts\s+down\s+(?:on|in|at|by|from|effective)\b)|(?:\b(?:shut(?:ting)?|wind(?:ing)?)\s+down\s+(?:the|our|this|its)\s+(?:company|business|platform|product)|\b(?:turn(?:ing)?|switch(?:ing)?)\s+off\s+(?:the|our|this|its)\s+(?:company|business|platform|service|product))\b(?!\s+(?:for\s+(?:a|an|the|maintenance|up|about|some|\d)|during|while|briefly|temporarily)\b|[-\s]+(?:requests?|tickets?|cases?|windows?)\b)/gi, ['shut', 'turn', 'switch', 'wind']],
  ['end-of-life', 3, /\bclos(?:ed|es)\s+down\b|\b(?:shut(?:ting)?\s+down|shuts\s+down)\s+(?:completely|permanently|for\s+good)\b|\b(?:completely|permanently)\s+shut\s+down\b/gi, ['clos', 'shut']],
  // The provider's whole service ends (`End of service for…`, `we are discontinuing this service`, `sunsetting Acme's service`);
  // a feature or an API taken away is a deprecation. So does a site it closes (`close the following data center`, `facility closure`).
  ['end-of-life', 3, /\bend\s+of\s+service\b|\b(?:discontinu(?:e|es|ing)|sunsett?(?:ing)?|shutting\s+down|clos(?:e|ing))\s+(?:(?:this|the|our|its)\s+|[\w.-]+['’]s\s+)service\b(?!\s+(?:for|during|while|temporarily)\b|[-\s]+(?:requests?|tickets?|cases?|windows?)\b)|\bclos(?:e|es|ed|ing|ure\s+of)\s+(?:(?:the|our|this|these|following|select)\s+){0,2}(?:data\s*cent(?:er|re)s?|facilit(?:y|ies)|points?\s+of\s+presence|PoPs?)\b|\b(?:data\s*cent(?:er|re)|facility)\s+closures?\b/gi, ['end', 'discontinu', 'sunset', 'shut', 'clos', 'data', 'facility']],
  // The provider stops serving altogether (`we cannot continue to offer the service`), or a class of customers (`we will no longer provide services to…`, `ceases to offer
  // the service`), or the reader's whole service goes (`your Acme service will no longer be available`); a feature's is a deprecation.
  ['end-of-life', 3, /\b(?:no\s+longer\s+(?:be\s+)?|stop(?:s|ping)?\s+|ceas(?:e|es|ing)\s+(?:to\s+)?|(?:can(?:not|['’]t)|will\s+not|won['’]t|(?:are|is)\s+(?:no\s+longer\s+able|unable|not\s+able)\s+to)\s+(?:afford\s+to\s+)?continue\s+(?:to\s+)?)(?:provid|offer)(?:e|es|ing)?\s+(?:(?:our|its|the|this|any)\s+)?(?:[\w-]+\s+)?services?\b(?!\s+(?:for\s+(?:a|an|the)\b|during|while|temporarily)\b)|\b(?:your|the|our|this)\s+(?:[\w.-]+\s+){0,3}?service\s+will\s+no\s+longer\s+be\s+(?:available|offered|provided)\b(?!\s+(?:for\s+(?:a|an|the|up)\b|during|while|briefly|temporarily|until)\b)/gi, ['provid', 'off', 'service']],
  // The provider stops trading (`Acme will cease operations at the end of June`, `we are ceasing all operations`), or its
  // services go dark of themselves (`all our services will switch off on May 31`); not for a while (`will turn off during the move`).
  ['end-of-life', 3, /\bceas(?:e|es|ed|ing)\s+(?:all\s+)?(?:of\s+)?(?:its\s+|our\s+|their\s+)?(?:operations|trading|business)\b|\bservices\s+(?:will\s+)?(?:turn|switch|shut)\s+off\b(?!\s+(?:for|during|while|briefly|temporarily)\b)/gi, ['ceas', 'service']],
  // What is decommissioned says which end (the word is often spelt `decomission`): the machines, the cluster or the
  // point of presence the provider runs for the reader are retired, as an instance is; a service or equipment sold ends
  // altogether; an API, an endpoint or a version is taken away.
  ['retirement', 3, /\bdecomm?ission(?:s|ed|ing)?\s+(?:of\s+)?(?:(?:the|our|your|these|this|all|aforementioned)\s+){0,2}(?:[\w()-]+\s+){0,3}?(?:hardware|servers?|machines?|infrastructure|clusters?|nodes?|hosts?|PoPs?|points?\s+of\s+presence|data\s*cent(?:er|re)s?)\b|\b(?:hardware|servers?|machines?|infrastructure|clusters?|PoPs?|points?\s+of\s+presence)\s+(?:decomm?ission(?:ing)?\b|(?:will\s+be|is\s+being|are\s+being)\s+(?:completely\s+|permanently\s+|fully\s+)?decomm?issioned\b)/gi, ['decom']],
  ['end-of-life', 3, /\bdecomm?ission(?:s|ed|ing)?\s+(?:(?:the|our|your|these|this|all|aforementioned)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:equipment|services?|platforms?)\b|\b(?:equipment|service|platform)\s+decomm?ission(?:ing)?\b/gi, ['decom']],
  ['deprecation', 3, /\b(?:APIs?|endpoints?|v\d+|versions?)\s+(?:[\w.-]+\s+){0,2}?(?:will\s+be|is\s+being|are\s+being)\s+decomm?issioned\b/gi, ['decom']],
  ['end-of-life', 2, /\bno\s+longer\s+(?:be\s+)?supported\b|\b(?:will\s+be(?:come)?|becomes?)\s+unsupported\b|\b(?:no\s+longer|stop(?:s|ping)?)\s+(?:receives?|receiving|gets?|getting)\s+(?:any\s+)?(?:[\w-]+\s+){0,4}?(?:updates|patches|fixes|errata)\b|\bat\s+your\s+own\s+risk\b/gi, ['longer', 'stop', 'support', 'unsupported', 'risk']],
  // A plan or a price list that is retired is what the reader pays, not something the reader runs.
  ['retirement', 3, /(?<!\b(?:plans?|pricing)\s+(?:is\s+|are\s+|will\s+be\s+|being\s+)?)\bretir(?:e|ed|es|ing|ement)\b(?!\s+(?:(?:of\s+)?(?:our|the|your|all|its|these)\s+)?(?:(?:legacy|old|current|existing|[A-Z][\w-]*)\s+){0,2}(?:plans?|pricing)\b)/gi, ['retir']],
  ['retirement', 3, /\bdegradation\s+of\s+the\s+underlying\s+hardware\b|\bunderlying\s+hardware\s+(?:hosting|degradation)\b/gi, ['underlying']],
  // An outage announced as planned (`scheduled major outage`, `a planned network outage`, `a two-hour outage for maintenance`) is the
  // provider's work, as is one it needs (`we require a brief outage`). The word inside a name (`maintenance_window`, `/docs/maintenance.html`) or a setting the reader may change
  // (`your maintenance settings`) names a topic, not work.
  ['maintenance', 2, /(?<!\bend[-\s]of[-\s]|\w[-_\/#.])\bmaintenance\b(?![-_]\w|\.html?\b|\s+(?:settings?|preferences?|options?|configuration)\b)|\bscheduled\s+(?:for\s+(?:an?\s+)?)?(?:downtime|reboot|restart|window|shutdown)\b|\boutages?\s+(?:[\w-]+\s+){0,4}?for\s+(?:planned\s+|scheduled\s+)?maintenance\b|\b(?:planned|scheduled|emergency)\s+(?:[\w-]+\s+)?(?:outage|downtime)s?\b|\b(?:requir|need)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:outage|downtime)\b/gi, ['maintenance', 'scheduled', 'plan', 'emergency', 'outage', 'require', 'requiring', 'need']],
  // An outage named with the day it is set for (`Outage August 11`, `the network outage on Sunday, May 3`) is planned.
  ['maintenance', 2, new RegExp(String.raw`\boutages?${DATED}`, 'gi'), ['outage']],
  // A service put in read-only mode for a while is planned work: `will be read-only for 90 minutes`, `the read-only period`.
  ['maintenance', 2, /\b(?:will\s+be|(?:is|are)\s+going|will\s+go|goes)\s+(?:in(?:to)?\s+)?read[-\s]only\b|\bread[-\s]only\s+(?:mode|period|window)\b/gi, ['read']],
  ['maintenance', 2, /\b(?:planned\s+)?intervention\b/gi, ['intervention']],
  // The provider moving or replacing hardware: `we will physically move your rack`, `we will replace the disks in the array`.
  ['maintenance', 2, /\b(?:we(?:['’]ll|\s+will)|our\s+(?:engineers|electricians|technicians|staff|(?:data\s*cent(?:er|re)|operations|network|field)\s+(?:team|engineers|staff))\s+will)\s+(?:physically\s+)?(?:move|relocate|replace|swap)\s+(?:your|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:machines?|instances?|servers?|racks?|cabinets?|cages?|hardware|equipment|databases?|volumes?|nodes?|hosts?|disks?|drives?|routers?|switch(?:es)?|line\s+cards?|power\s+suppl(?:y|ies)|power\s+distribution\s+units?|PDUs?|UPS(?:\s+units?)?|batter(?:y|ies)|breakers?|cabling|fans?)\b/gi, ['move', 'relocat', 'replace', 'swap']],
  // Work the provider plans on its own equipment: `Planned work: March 18`, `scheduled network works`.
  ['maintenance', 2, /\b(?:planned|scheduled)\s+(?:(?:network|engineering|infrastructure|power|electrical)\s+)?works?\b/gi, ['plan', 'scheduled']],
  ['maintenance', 2, /\b(?:during|in|for)\s+(?:this|the)\s+(?:maintenance\s+)?window\b/gi, ['wind']],
  // Addresses or hosts the reader lets through (`update your allow lists`, `firewall rules`, `outbound connections`) change
  // when the provider moves its own network: a topic of planned work, outweighed by any event.
  ['maintenance', 1, /\ballow[\s-]?lists?\b|\ballowlist(?:ed|ing)\b|\bwhitelist(?:s|ed|ing)?\b|\bfirewall\s+(?:rules?|configurations?|changes?|settings)\b|\boutbound\s+(?:connections?|traffic)\b/gi, ['allow', 'whitelist', 'firewall', 'outbound']],
  ['maintenance', 2, /\b(?:to|onto)\s+new\s+(?:hardware|hosts?|servers?|systems?|infrastructure|IP\s+addresses|addresses)\b|\bswitch(?:ed)?\s*over\b|\bswitchover\b/gi, ['new', 'switch']],
  ['maintenance', 2, /\b(?:service\s+)?software\s+updates?\b|\b(?:self-service|service)[ \t]+updates?\b|\b(?:updated|upgraded|applied|patched)\s+automatically\b|\bautomatically\s+(?:updated|upgraded|applied|patched)\b/gi, ['software', 'service', 'auto']],
  // `PATCH /v2/orders/{id}` names an HTTP method, not a fix being applied.
  ['maintenance', 1, /\breboot\w*|\brestart(?:s|ed|ing)?\b|\bhypervisor\b|\bupgrad\w+|\bpatch(?:ing|es)?\b(?!\s+(?:\/|https?:))/gi, ['reboot', 'restart', 'hypervisor', 'upgrad', 'patch']],
  // Moving the reader's machines is the provider's maintenance; the reader moving off a product is a deprecation.
  ['maintenance', 2, /\bmigrat(?:e|es|ing|ion\s+of)\s+(?:(?:your|the|all|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?:machines?|instances?|droplets?|servers?|hosts?|vms?|databases?|linodes?|volumes?|nodes?)\b|\bmigration\s+(?:process|window)\b|\b(?:machine|host|live|server)\s+migrations?\b|\bbe(?:ing)?\s+migrated\b/gi, ['migrat']],
  ['deprecation', 1, /\bmigrat(?:e|ing)\s+(?:(?:your|all)\s+)?(?:projects?|apps?|applications?|workloads?|code|workflows?|functions?|images?|repositories|deployments?)\b|\bmigrat(?:e|ing)\s+(?:off|away)\b/gi, ['migrat']],
  // `Payment` that starts a title-case name (`Apple Pay Payment Processing Certificate`) names a product, not a bill.
  ['billing', 2, /(?<![\w/-])(?:[Pp]ayments?\s+[Mm]ethods?|[Pp]ayments?(?![\w/-])(?!\s+[A-Z][a-z]))/g, ['payment']],
  ['billing', 2, /(?<![\w/-])(?:invoices?|credit\s+card|past\s+due|overdue|refunds?|outstanding\s+(?:amount|balance)|price\s+(?:change|increase)|pricing\s+change)(?![\w/-])/gi, ['invoice', 'payment', 'credit', 'past', 'overdue', 'refund', 'outstanding', 'pric']],
  // A budget alert, not a webinar on a budget.
  ['billing', 2, /\bbudgets?\s+(?:alert|threshold|amount|limit|notification)s?\b|\b(?:exceeded|reached|crossed|of)\s+(?:\d{1,3}\s*%\s+of\s+)?(?:your|the)\s+budget\b|\bbudget\s+(?:named|called)\b|\bbudget\s+["'“]/gi, ['budget']],
  // A paid plan made a condition of use: `all users will be required to have a paid account`, `will require a paid subscription`.
  ['billing', 2, /\b(?:required\s+to\s+(?:have|hold|keep|be\s+on|move\s+to|upgrade\s+to)|(?:will\s+)?require|need\s+to\s+(?:have|be\s+on|upgrade\s+to))\s+(?:a\s+)?paid\b/gi, ['require', 'need']],
  // A domain or a subscription that lapses unless it is renewed (paid for).
  ['billing', 3, /\b(?:domain(?:\s+name)?|subscription|plan|contract)\s+(?:[\w.-]+\s+){0,5}?(?:expires|will\s+expire|expiring|lapses|renews|will\s+renew)\b|\b(?:automatic|auto-?)\s*renew(?:al)?\b|\brenewal\s+(?:fee|price|cost)\b|\bredemption\s+fee\b/gi, ['expir', 'lapses', 'renew', 'auto', 'redemption']],
  ['billing', 1, /(?<![\w/-])billing(?![\w/-])/gi, ['billing']],
  // A charge that starts (`will be charged at $0.005 per hour`), and the subscription that renews (`Your subscription renews on
  // April 30`); a price stated as it stands (`billed at the same rate`) is an announcement's.
  ['billing', 2, /\bwill\s+(?:now\s+|also\s+)?be\s+(?:charged|billed)\s+(?:at|per|for)\b|\b(?:subscription|contract|licen[cs]e|membership)\s+(?:will\s+)?(?:auto-?)?renews?\b/gi, ['charge', 'billed', 'subscription', 'contract', 'licen', 'membership']],
  // Charging for what was free, or a new price list announced: `we will begin charging for it on May 1`, `Storage pricing update`.
  ['billing', 2, /\b(?:begin|start)(?:s|ning|ing)?\s+(?:to\s+charge|charging)\s+(?:for|you|customers|users|accounts|on|from|in)\b|\bpric(?:e|ing)\s+updates?\b|\bfees?\b[^.\n]{0,60}?\bappl(?:y|ied)\s+to\s+your\s+(?:[\w-]+\s+){0,3}?(?:bill|invoice)s?\b/gi, ['begin', 'start', 'pric', 'fee']],
  // How usage is charged: `billed per GB-second`, `usage-based pricing`.
  ['billing', 2, /\bbilled\s+(?:per|by\s+the|hourly|monthly|annually|yearly)\b|\b(?:usage-based|per-seat|metered|pay-as-you-go)\s+(?:pricing|billing)\b/gi, ['billed', 'usage-based', 'per-seat', 'metered', 'pay-as-you-go']],
  // A charge that did not go through: `Your card ending in 4242 was declined`, `the payment failed`.
  ['billing', 3, /\b(?:card|charge|payment)\b[^.\n]{0,40}?\b(?:was|were|has\s+been|got)\s+(?:declined|rejected|refused)\b|\bbilling\s+(?:details|information|info)\b/gi, ['card', 'charge', 'payment', 'billing']],
  // The plan the reader pays for changes or is swapped for another: `your subscription moves to the Solo plan`.
  ['billing', 2, /\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:plan|subscription)\s+(?:moves?|changes?|is\s+changing|will\s+(?:change|move))\b|\b(?:moves?|switch(?:es|ed)?|migrat(?:es|ed))\s+(?:automatically\s+)?to\s+the\s+(?:[\w-]+\s+){1,2}?plan\b/gi, ['plan', 'subscription', 'move', 'switch', 'migrat']],
  // What the reader pays changes (`the monthly price of the tier changes from $100 to $200`, `renews at the new price`); a price alone is
  // an announcement's, and a new rate limit caps requests, not what they cost.
  ['billing', 2, /\b(?:prices?|pricing|costs?|fees?)\b[^.\n]{0,40}?\b(?:chang|increas|ris|go(?:es)?\s+up)\w*|\bnew\s+(?:price|pricing|rate)s?\b(?![\s-]+limit)|\brenews?\s+automatically\b/gi, ['pric', 'cost', 'fee', 'new', 'renew']],
  // A prepaid account that runs dry: `your account balance is $3.12`, `add funds`, `top up`.
  ['billing', 2, /\b(?:account|credit|prepaid|your)\s+balance\b|\badd(?:ing)?\s+funds\b|\btop(?:ping)?\s+up\b|\bauto(?:matic)?[\s-]?recharge\b/gi, ['balance', 'add', 'top', 'auto']],
  // Usage against what a plan includes: `used 80% of the 225 credits`, `exceeded its bandwidth allowance`.
  ['billing', 2, /\bbilling\s+(?:cycle|period)\b|\bused\s+\d{1,3}\s*%\s+of\b|\bmonthly\s+(?:bandwidth|credits|quota|allowance|usage)\b/gi, ['billing', 'used', 'monthly']],
  ['billing', 3, /\bexceed(?:s|ed|ing)?\s+(?:its|your|the|their)\s+(?:[\w-]+\s+){0,2}(?:allowance|quota|credits|usage\s+limit)\b/gi, ['exceed']],
  // A `security incident` is a breach, counted above; an incident alone is an outage.
  // Degradation the provider expects of its own work (`we anticipate up to 20 minutes of degraded performance`, `you may
  // experience a service disruption`, `in the unlikely event of…`) is what planned work may cost, not an outage; so is an
  // outage announced ahead (`we'll have a major outage next week`, `a scheduled network outage`, `the annual maintenance outage`, `in preparation for the outage`, one named with its day (`Outage on August 11`, `network outage Sunday, May 3`), `an emergency outage` the provider takes, `we need a short outage`,
  // `an outage of the cluster for maintenance`, `power your VMs off before the outage`). One the reader's action
  // avoids (`migrate before June 10 to avoid service disruption`, `to prevent an outage`) is a consequence that may never come.
  ['incident', 3, new RegExp(String.raw`\b(?<!\bsecurity\s{1,3})incident\b|(?<!\b(?:(?:planned|scheduled|emergency|maintenance|annual|yearly|upcoming)(?:\s+[\w-]+)?|brief|short|expected|period\s+of|(?:anticipat|expect|foresee)\w*(?:\s+[\w-]+){0,5}|(?:may|might|could|will|['’]ll)\s+(?:also\s+)?(?:see|notice|experience|observe|cause|have|result\s+in)(?:\s+[\w-]+){0,4}|(?:event|case|risk)\s+of(?:\s+an?|\s+any)?|(?:avoid|prevent|minimi[sz]e|without|no)(?:\s+(?:an?|any|further|the))?|(?:requir|need)\w*(?:\s+[\w-]+){0,3}|(?:prior\s+to|ahead\s+of|before|in\s+preparation\s+for)(?:\s+(?:the|this))?)\s+)\b(?:outage|degraded\s+performance|service\s+disruption)\b(?!\s+(?:[\w-]+\s+){0,4}?(?:for|to\s+(?:perform|carry\s+out|complete))\s+(?:planned\s+|scheduled\s+|the\s+)?maintenance\b|${DATED})|\binvestigating\b|\belevated\s+(?:error\s+rates?|errors|latency|response\s+times?|failure\s+rates?)\b|\bhardware\s+(?:issue|failure|problem)s?\b|\bcurrently\s+(?:experiencing|suffering)\b`, 'gi'), ['incident', 'outage', 'degraded', 'service', 'investigating', 'elevated', 'hardware', 'currently']],
  // `may be unreachable during the window` is what planned work may cost, not an outage.
  // Something of the reader's that is failing now: `Webhook deliveries to your app are failing`; or the latest run of
  // a recurring job of theirs that did not succeed (`The last nightly backup of your database failed`); not one that may fail.
  ['incident', 3, /\b(?:are|is|has\s+been|have\s+been)\s+failing\b|\b(?:has|have)\s+failed\s+\d+\s+times\b|(?<!\b(?:if|when|whether)\s+(?:the|your|its|a)\s+)\b(?:most\s+recent|last|latest|nightly|daily|weekly|scheduled|automatic)\s+(?:[\w-]+\s+){0,10}?(?:failed|did\s+not\s+(?:complete|succeed))\b/gi, ['fail', 'most', 'last', 'latest', 'nightly', 'daily', 'weekly', 'scheduled', 'auto']],
  // An outage reported in another language (`incidente`, `interrupción del servicio`, `Störung`, `une panne`); one announced
  // as planned (`interrupção programada`, `geplante Störung`) is work, as in English.
  ['incident', 3, /(?<!\b(?:geplante?|angekündigte?)\s+)(?:\bincident(?:e|es|i|ia|ias)\b|\binterrup(?:ção|ções|ción|ciones)|\binterruzion[ei]\b|\bSt(?:ö|oe)rung(?:en)?\b|\bAusf(?:a|ä)ll\w*|\bpannes?\b)(?!\s+(?:programad|planead|planejad|previst|programmé|pianificat)\w*)/gi, ['incident', 'interrup', 'interruzion', 'störung', 'stoerung', 'ausfall', 'ausfäll', 'panne']],
  // `taking the web interface offline` is the provider's own plan, as `a planned service disruption` is (above); `if a device
  // is offline at the time` is a case the notice provides for, not an outage.
  ['incident', 2, /(?<!\b(?:may|might|will|could|would)\s+(?:be|go)\s+|\btak(?:e|es|ing|en)\s+(?:[\w-]+\s+){0,3}|\b(?:(?:if|when|whenever|while)\s+(?:(?:a|an|the|your|any)\s+)?(?:[\w-]+\s+){0,2}?(?:is|are|was|were|goes|go|happens\s+to\s+be)|should\s+(?:(?:a|an|the|your|any)\s+)?(?:[\w-]+\s+){0,2}?(?:be|go))\s+(?:currently\s+|still\s+)?)\b(?:offline|unreachable)\b|\bresolved\b/gi, ['off', 'unreachable', 'resolved']],
  // An apology for `the disruption` looks back on one; `any inconvenience` is a maintenance notice's courtesy.
  // An update in progress: `Our engineers are working on a fix`, `Next update in 30 minutes`.
  ['incident', 2, /\b(?:working\s+on|deploying|deployed|implemented)\s+a\s+fix\b|\bnext\s+update\s+(?:in|within|at)\b|\bwe\s+are\s+(?:seeing|observing)\s+(?:elevated|increased|intermittent|high)\b/gi, ['fix', 'next', 'seeing', 'observing']],
  // A report looks back on what happened, whatever it was: `Incident Report for…`, `Postmortem`.
  ['incident', 3, /\bpost-?mortem\b|\b(?:incident|outage)\s+reports?\b|\broot\s+cause\b|\bwe\s+apologi[sz]e\s+for\s+the\s+(?:disruption|inconvenience|impact)\b|\b(?:processed|delivered)\s+with\s+delays?\b|\brolled\s+back\s+the\s+change\b/gi, ['post', 'incident', 'outage', 'root', 'apologi', 'processed', 'delivered', 'rolled']],
];
