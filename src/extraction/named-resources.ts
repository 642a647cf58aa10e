import { IDENT, looksLikeName, trimName } from './names.ts';
import { isRegionName } from './regions.ts';
import { joinsWords } from './repos.ts';

/**
 * Names the text gives right after the noun that says what they are (`app codebar-production`, `the
 * functions payments-api, and billing-cron`), or after `including` a few words on from that noun.
 */

const NOUN =
  String.raw`(?<![:/\w-])(?:(?:db|database)\s+(?:instance|cluster)|(?:public\s+)?ip\s+address(?:es)?|storage\s+box(?:es)?|environment|tenant|database|instance|cluster|function|service|compute|bucket|app|application|droplet|linode|server|host(?:name)?|machine|volume|project|repository|repo|mirror|workspace|token|api\s+key|key\s+vault|vault|key|vm|virtual\s+machine|storage\s+account|resource\s+group|node\s+pool|namespace|service\s+account|distribution|stream|queue|topic|dataset|pipeline|job|load\s+balancer|container|deployment|resource|add-?on|domain|zone|site|certificate|ind(?:ex|ice)|stack|monitor|team|user)s?`;
/** Within a paragraph: a name hard-wrapped onto the next line is still the noun's, one past a blank line is not. */
const GAP = String.raw`[ \t]*(?:\n[ \t]*)?`;
/** A name right after the noun that says what it is: `app codebar-production`, `token (classic) "CI"`. */
const NAMED = new RegExp(
  String.raw`\b${NOUN}\b(\s+(?:name|id|ID|identifier|number|OCID|ARN|SID|UUID|GUID|uuid))?(?:\s*\([^)\n]{1,20}\))?(?:\s*[:=]${GAP}|\s+(?:named|called|at)\s+|,?\s+(?:including|incl\.)\s+|[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(["'\x60“‘]?)(${IDENT})`,
  'gi',
);
/** `the clusters in project Acme Production, including orders-cluster0`: the noun a few words back. */
const INCLUDING = new RegExp(String.raw`()\b${NOUN}\b[^.;:\n]{0,60}?,?\s+(?:including|incl\.)\s+(["'\x60“‘]?)(${IDENT})`, 'gi');
const INCLUDES = /\b(?:including|incl\.)/i;
const MORE_NAMES = new RegExp(String.raw`\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(["'\x60“‘]?)(${IDENT})`, 'y');
/**
 * What follows a name that makes it no name: `openpracticelibrary-bot's team` after `team` names the
 * team by its owner, and `IMS service` or `acme-web app` qualify the noun after them, a product's name.
 */
const QUALIFIES = new RegExp(String.raw`^[ \t]+${NOUN}\b`, 'i');
const POSSESSIVE = /^['’]s[ \t]+([A-Za-z]+)/;
const singular = (word: string): string => word.toLowerCase().replace(/s$/, '');

/** `team acme-bot's team` is a display name; `app acme-web's build` still names the app. */
function standsAlone(prose: string, end: number, noun: string): boolean {
  const after = prose.slice(end, end + 40);
  if (QUALIFIES.test(after)) return false;
  const owned = POSSESSIVE.exec(after)?.[1];
  return !owned || singular(owned) !== singular(noun);
}
/**
 * `Monitor long-running jobs`, `Host static sites`, `Stream build logs`: a noun that is also a verb,
 * opening a sentence or an item with no label's mark after it, and with more than a verb after the word it
 * governs, tells the reader what to do; it names nothing.
 */
const VERB_NOUN = /^(?:monitor|host|stream|queue|stack|index|mirror|compute)[ \t]/i;
const CLAUSE_START = /(?:^|[.!?][ \t]+|\n[ \t]*(?:(?:[-*•·]|\d{1,3}[.)])[ \t]+)?)$/;
/** `Monitor api-health-eu was paused.`: the noun is the subject where a verb or the clause's end follows the name. */
const SUBJECT_AFTER = /^(?:[ \t]*(?:[.,;:)!?]|$)|[ \t]+(?:is|was|has|had|have|will|would|may|might|can|could|must|should|needs?|failed|stopped|recovered|triggered|changed|went|are|were)\b)/;
function commands(prose: string, index: number, match: string): boolean {
  const end = index + match.length;
  return VERB_NOUN.test(match) && CLAUSE_START.test(prose.slice(Math.max(0, index - 8), index)) && !SUBJECT_AFTER.test(prose.slice(end, end + 20));
}

/**
 * `project pause/restore behavior`, `app start/stop scripts`: two plain words a slash joins, before a
 * noun they qualify, are a pair of actions; `project acme/web will move` still names a project.
 */
const PLAIN_PAIR = /^[a-z]+\/[a-z]+$/;
const NOUN_AFTER = /^[ \t]+(?!(?:is|was|has|had|have|will|would|may|might|can|could|must|should|are|were|and|or|in|on|at|to|for|from|with|by|of|as|repository|repo|project)\b)[a-z]{3,}\b/;
const qualifiesNext = (prose: string, name: string, end: number): boolean => PLAIN_PAIR.test(name) && NOUN_AFTER.test(prose.slice(end, end + 30));

/** `sync-crm-contacts in europe-west1, and export-invoices`: where an item of a list runs. */
const LOCATED = /\s+(?:in|at)\s+([a-z0-9-]{2,32})(?=[\s,.;)]|$)/y;

/** Names after the noun that says what they are (`app codebar-production`), and after `including` a few words on. */
const elided = (prose: string, name: string, end: number): boolean => /(?:\.\.|…)$/.test(name) || /^(?:\.\.|…)/.test(prose.slice(end, end + 2));

export function namedResources(prose: string): string[] {
  const out = namedBy(prose, NAMED);
  if (INCLUDES.test(prose)) out.push(...namedBy(prose, INCLUDING));
  return out;
}

function namedBy(prose: string, re: RegExp): string[] {
  const out: string[] = [];
  // The shared pattern is read from the start, and left at 0 when exec finds no more (a copy per call costs more than the scan of a short notice).
  re.lastIndex = 0;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    // `a token such as p.eyJ...`: a name cut short is a placeholder, not the reader's.
    const end = m.index + m[0].length;
    const noun = /^[A-Za-z]+/.exec(m[0])?.[0] ?? '';
    const name = m[3] ?? '';
    const first =
      elided(prose, name, end) || !standsAlone(prose, end, noun) || commands(prose, m.index, m[0]) || qualifiesNext(prose, name, end) || bareCapitals(m[0], m[2] ?? '', name, Boolean(m[1]))
        ? null
        : accept(closed(prose, m[2] ?? '', end), name, Boolean(m[1]));
    // `VM instance web-frontend-3`: where the word after a noun is no name, the next noun may have one.
    if (!first) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push(first);
    let at = m.index + m[0].length;
    for (;;) {
      LOCATED.lastIndex = at;
      const located = LOCATED.exec(prose);
      if (located && isRegionName(located[1] ?? '')) at = LOCATED.lastIndex;
      MORE_NAMES.lastIndex = at;
      const more = MORE_NAMES.exec(prose);
      const next = more && standsAlone(prose, MORE_NAMES.lastIndex, noun) ? accept(closed(prose, more[1] ?? '', MORE_NAMES.lastIndex), more[2] ?? '') : null;
      if (!next) break;
      out.push(next);
      at = MORE_NAMES.lastIndex;
    }
  }
  return out;
}

/**
 * `the legacy server OVZ`, `create new VMs ASAP`, `the database EU`: two to four capitals alone, only a
 * space after the noun, are a product line's short name, an abbreviation or a market; a name the reader
 * gave is marked as one (`server: OVZ`, `app named "OVZ"`, `instance ID ABCD`), holds a digit or a
 * separator (`server WEB01`, `app BILLING_API`), or is longer (`workspace ACMEPROD`).
 */
const NAMING_GAP = /(?:[:=]|\b(?:named|called|at|including|incl\.))\s*["'\x60“‘]?$/i;
function bareCapitals(match: string, quote: string, name: string, isId: boolean): boolean {
  if (isId || quote || !/^[A-Z]{2,4}$/.test(trimName(name))) return false;
  return !NAMING_GAP.test(match.slice(0, match.length - name.length));
}

/**
 * The opening quote, where a closing one ends the name: `workspace "Acme Outdoor"` quotes a display
 * name of several words, of which the first alone names nothing.
 */
function closed(prose: string, quote: string, end: number): string {
  return quote && /["'\x60”’]/.test(prose.charAt(end)) ? quote : '';
}

/**
 * `our support team at acme.io/support`: a host with a path after the noun is a page to visit, not a
 * name of the thing (hosts the reader's clients call are read in hosts.ts and endpoint-urls.ts).
 */
const WEB_ADDRESS = /^(?:[a-z0-9-]+\.)+[a-z]{2,}\//i;

function accept(quote: string, token: string, isId = false): string | null {
  const name = trimName(token);
  if (isId && /^\d{5,20}$/.test(name)) return name;
  if (joinsWords(name) || WEB_ADDRESS.test(name)) return null;
  if (quote && name.length >= 2 && !/^v?\d+(?:\.\d+)*$/.test(name)) return name;
  return looksLikeName(name) ? name : null;
}
