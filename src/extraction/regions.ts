import { isAcronym } from './names.ts';
import { siteCodes } from './site-lists.ts';
import { SETS_APART, onlyUnaffected } from './unaffected.ts';
import { matchesAt, matchesOf } from './anchored.ts';

/**
 * Regions, written the way each provider writes them: AWS and Google Cloud in lower case
 * (`eu-central-1`, `europe-west1`), DigitalOcean in capitals (`AMS3`), Azure by its programmatic name
 * (`westeurope`, also when the mail says `West Europe`), MongoDB Atlas as `US_EAST_1`, Linode and
 * Fly.io by their short codes where the notice is theirs.
 */

/** AWS regions, and availability zones (`us-east-1a`), which name their region. */
const AWS = /\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}[a-f]?\b/gi;
const GCP = /\b(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)\d{1,2}(?:-[a-f](?![\w-]))?\b/gi;
/** Never inside a dashed code: `fra1` in UpCloud's `de-fra1` is not DigitalOcean's FRA1. */
const DIGITALOCEAN = /(?<!-)\b(?:NYC[1-3]|SFO[1-3]|AMS[23]|SGP1|LON1|FRA1|TOR1|BLR1|SYD1|ATL1)\b(?!-)/gi;
/** OVHcloud regions in capitals: `GRA11`, `SBG5`, `BHS5`, `WAW1`. */
const OVH = /\b(?:GRA|SBG|BHS|WAW|RBX|LIM|ERI|SGP|SYD|VIN|HIL)\d{1,2}\b/g;
/** UpCloud zones: a country, a city and a number (`de-fra1`, `fi-hel2`, `us-nyc1`). */
const UPCLOUD = /\b(?:de-fra|fi-hel|nl-ams|uk-lon|us-chi|us-nyc|us-sjo|sg-sin|pl-waw|es-mad|au-syd|se-sto|dk-cph|no-svg)\d\b(?!-)/g;
const COMPASS = /-(?:north|south|east|west|central)/i;
const ATLAS = /\b(?:US|EU|AP|SA|CA|ME|AF)_(?:EAST|WEST|NORTH|SOUTH|CENTRAL|NORTHEAST|NORTHWEST|SOUTHEAST|SOUTHWEST)_\d\b/g;

const AZURE_NAMES = [
  'eastus', 'eastus2', 'westus', 'westus2', 'westus3', 'centralus', 'northcentralus', 'southcentralus', 'westcentralus',
  'northeurope', 'westeurope', 'uksouth', 'ukwest', 'francecentral', 'francesouth', 'germanywestcentral', 'germanynorth',
  'swedencentral', 'switzerlandnorth', 'switzerlandwest', 'norwayeast', 'norwaywest', 'italynorth', 'polandcentral',
  'spaincentral', 'japaneast', 'japanwest', 'koreacentral', 'koreasouth', 'southeastasia', 'eastasia', 'australiaeast',
  'australiasoutheast', 'australiacentral', 'centralindia', 'southindia', 'westindia', 'canadacentral', 'canadaeast',
  'brazilsouth', 'brazilsoutheast', 'southafricanorth', 'uaenorth', 'qatarcentral', 'israelcentral', 'mexicocentral',
];
const AZURE = new RegExp(String.raw`\b(?:${AZURE_NAMES.join('|')})\b`, 'g');
/** `East US 2`, `West Europe`, `Southeast Asia`: display names, read only in Azure's own notices. */
const AZURE_DISPLAY =
  /\b(?:(?:East|West|Central|North\s+Central|South\s+Central|West\s+Central)\s+US(?:\s+[23])?|(?:North|West)\s+Europe|UK\s+(?:South|West)|France\s+(?:Central|South)|Germany\s+(?:West\s+Central|North)|Sweden\s+Central|Switzerland\s+(?:North|West)|Norway\s+(?:East|West)|Italy\s+North|Poland\s+Central|Spain\s+Central|Japan\s+(?:East|West)|Korea\s+(?:Central|South)|(?:Southeast|East)\s+Asia|Australia\s+(?:East|Southeast|Central)|(?:Central|South|West)\s+India|Canada\s+(?:Central|East)|Brazil\s+South(?:east)?|South\s+Africa\s+North|UAE\s+North|Qatar\s+Central|Israel\s+Central|Mexico\s+Central)\b/g;

const LINODE =
  /\b(?:us-(?:east|central|west|southeast|iad|ord|lax|mia|sea)|eu-(?:west|central)|ap-(?:south|northeast|west|southeast)|ca-central|fr-par|nl-ams|se-sto|in-maa|in-bom-2|jp-osa|jp-tyo-3|it-mil|id-cgk|gb-lon|au-mel|de-fra-2|sg-sin-2|br-gru|es-mad)\b(?!-\d)/g;
const FLY_CODES = new Set(
  'ams arn atl bog bom bos cdg den dfw ewr eze fra gdl gig gru hkg iad jnb lax lhr mad mia nrt ord otp phx qro scl sea sin sjc syd waw yul yyz'.split(' '),
);
/** Fly.io codes are three lower-case letters, so only read them where a region is being named. */
const FLY = /\bregions?\b[^.\n]{0,40}|\([a-z]{3}\)/gi;

/** Oracle Cloud names regions after a city: `us-ashburn-1`, `eu-frankfurt-1`, `ap-tokyo-1`. */
const OCI =
  /\b(?:us|eu|uk|ap|sa|ca|me|af|il|mx)-(?:ashburn|phoenix|sanjose|chicago|saltlake|frankfurt|amsterdam|london|cardiff|zurich|paris|marseille|madrid|milan|stockholm|jovanovac|tokyo|osaka|seoul|chuncheon|mumbai|hyderabad|sydney|melbourne|singapore|saopaulo|vinhedo|santiago|valparaiso|toronto|montreal|dubai|abudhabi|jeddah|riyadh|johannesburg|jerusalem|queretaro|monterrey|batam)-\d\b/gi;
/** IBM Cloud regions (`us-east` is left out: it is also a prefix of AWS's `us-east-1`). */
const IBM = /\b(?:us-south|eu-de|eu-gb|eu-es|jp-tok|jp-osa|au-syd|ca-tor|br-sao|in-che)\b(?!-)/g;
/** Scaleway zones: `fr-par-2`, `nl-ams-1`, `pl-waw-3`. */
const SCALEWAY = /\b(?:fr-par|nl-ams|pl-waw|it-mil)-[1-3]\b/g;
const HETZNER = /\b(?:fsn1|nbg1|hel1)\b|\blocation\s+(?:ash|hil|sin)\b/gi;
const RENDER = /\b(?:oregon|ohio|virginia|frankfurt|singapore)\b/gi;

/** A data centre by its code and city, either way round: `FRA (Frankfurt) datacenter`, `Gravelines (GRA) datacentre`. */
const SITE_CODE =
  /\b([A-Z]{3}\d?)\s+\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)\s+(?:datacenter|datacentre|data\s+cent(?:er|re)|region|location|PoP)\b|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+\(([A-Z]{2,4}\d?)\)\s+(?:datacenter|datacentre|data\s+cent(?:er|re)|region|location|PoP)\b/g;

/**
 * `racks in rows C and D in Global Switch 2`, `our cage at Telehouse North`: the building that holds the
 * reader's racks or cage is where their things run, named as the provider writes it (capitalised
 * words, maybe a number or a code).
 */
const RACK_WORD = /\b(?:racks?|cages?)\b/i;
const RACKED = /\b(?:racks?|cages?)\b[^.;\n]{0,40}?\b(?:in|at)[ \t]+(?:the[ \t]+)?([A-Z][A-Za-z0-9]+(?:[ \t]+[A-Z][A-Za-z0-9]+){0,3}(?:[ \t]+\d{1,2}\b)?)/g;

/** A region with its cloud in front, as multi-cloud providers write it: `google-europe-west1`, `aws-us-east-2`, `aws/us-east-1`. */
const CLOUD_BEFORE = /(?:aws|google|gcp|azure)[-/]$/i;
/**
 * `the China (Hangzhou) region (cn-hangzhou)`, `the DFW region`, `on region EU-PAR-2`, `in the de-fra1 zone`: a code where
 * the text says it is a region. A code after the word is read only for `region` (`the zone acme.io`
 * names a DNS zone), and never across a line (a table's `Region` title above its first row).
 */
const REGION_WORD = /\b(?:regions?|zones?|locations?|facilit(?:y|ies)|data[ \t]?cent(?:er|re)s?|datacent(?:er|re)s?|pops?)\b/gi;
/** A point of presence is written `PoP` or `POP`; `pop` in lower case is a word (`pop-up`). */
const POP_WORD = /^P[oO]Ps?$/;
const CODE_AFTER = /^[ \t]*(?:[:(][ \t]*)?([a-z]{2,10}(?:-[a-z0-9]{1,12}){1,4}|[A-Z]{2,10}(?:-[A-Z0-9]{1,12}){1,3}|[A-Z]{2,3}\d{0,2}|[a-z]{2,10}\d{1,2})(?=\)|[\s,.;]|$)/;
const CODE_BEFORE = /(?:^|[ \t(])([a-z]{2,10}(?:-[a-z0-9]{1,12}){1,4}|[A-Z]{3}\d{0,2}|[A-Z]{2}\d{1,2}|[a-z]{2,10}\d{1,2})\)?[ \t]+(?:\([^()\n]{1,30}\)[ \t]+)?$/;
/**
 * `track-eu.customer.io (EU region)`: two capitals name a region where they qualify the thing before
 * them, as a table's `Region` column or a `Region:` label does, or where the provider calls the region
 * its own (`our EU region`); in prose (`the EU region for EU merchants`) they name a market.
 */
const QUALIFIER_BEFORE = /(?:\(|\b[Oo]ur[ \t]+(?!(?:IT|DR|HQ)\b))([A-Z]{2})[ \t]+$/;
/**
 * `our EU data center`, `the US datacentre`: a data centre is a place, so two capitals before it name
 * where, not a market; those that name a role (`IT`, `DR` for disaster recovery, `HQ`) do not.
 */
const SITE_QUALIFIER_BEFORE = /(?:^|[ \t(])(?!(?:IT|DR|HQ)\b)([A-Z]{2})[ \t]+$/;
const SITE_WORD = /^data/i;
/** A region's display name: an area, a compass point, maybe a number and a city in parentheses, then `region`. */
const COMPASS_NAME_BEFORE =
  /(?:^|[^\w-])((?:US|EU|UK|Europe|Asia(?:[ \t]+Pacific)?|AP|APAC|Canada|Americas|Africa|Middle[ \t]+East|Australia|India|Japan)[ \t]+(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest)(?:[ \t]+\d)?(?:[ \t]+\([A-Z][\w. ]{1,24}\))?)[ \t]+$/;

const PAREN_CODE_AFTER = /^[ \t]*\(([a-z]{3,4})\)/;
/** `our Frankfurt zone (de-fra1)`: a dashed or numbered code in parentheses right after the word. */
const PAREN_DASHED_AFTER = /^[ \t]*\(([a-z]{2,10}(?:-[a-z0-9]{1,12}){1,4}|[a-z]{2,10}\d{1,2})\)/;
const PAREN_CODE_BEFORE = /\(([a-z]{3,4})\)[ \t]+$/;
const PAREN_SITE_AFTER = /^[ \t]*\(([A-Z]{2,4}\d{1,2})\)/;

/**
 * `work at Equinix AM7, Amsterdam`, `maintenance in Interxion FRA3`: a colocation site by its
 * operator and code (and its city), kept as written, in a text about work there.
 */
const WORK_WORD = /\b(?:work|maintenance)\b/i;
const OPERATOR_SITE = /(?:\b(?:in|at)|@)[ \t]+((?:[A-Z][A-Za-z]{2,20}[ \t]){1,2}[A-Z]{2,3}\d{1,2}(?:,[ \t]*[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?(?=[,.;:)]|[ \t]*\n))?)(?![\w-])/g;

export function findRegions(prose: string, provider: string | null): string[] {
  const out: string[] = [];
  out.push(...regionsNamedAsSuch(prose));
  for (const m of matchesOf(prose, SITE_CODE)) out.push(m[1] ?? m[2] ?? '');
  out.push(...siteCodes(prose));
  if (WORK_WORD.test(prose)) for (const m of matchesOf(prose, OPERATOR_SITE)) out.push(m[1] ?? '');
  if (RACK_WORD.test(prose)) for (const m of matchesOf(prose, RACKED)) out.push(m[1] ?? '');
  const dashed = dashStarts(prose);
  // AWS and Google Cloud codes hold a dash before a compass word: a text without one is not scanned for either.
  if (dashed ? dashed.length > 0 : COMPASS.test(prose)) {
    codesOf(prose, AWS, (s) => s.toLowerCase(), true, out, dashed);
    codesOf(prose, GCP, (s) => s.toLowerCase(), true, out, dashed);
  }
  codesOf(prose, DIGITALOCEAN, (s) => s.toUpperCase(), false, out);
  if (prose.includes('_')) codesOf(prose, ATLAS, (s) => s, false, out);
  codesOf(prose, AZURE, (s) => s, true, out);
  codesOf(prose, OCI, (s) => s.toLowerCase(), false, out, dashed);
  codesOf(prose, SCALEWAY, (s) => s, false, out, dashed);
  codesOf(prose, OVH, (s) => s, false, out);
  codesOf(prose, UPCLOUD, (s) => s, false, out, dashed);
  codesOf(prose, IBM, (s) => s, false, out, dashed);
  if (provider === 'Microsoft Azure') codesOf(prose, AZURE_DISPLAY, (s) => s.replace(/\s+/g, '').toLowerCase(), false, out);
  if (provider === 'Linode') codesOf(prose, LINODE, (s) => s, false, out);
  if (provider === 'Hetzner') codesOf(prose, HETZNER, (s) => s.toLowerCase().replace(/^location\s+/, ''), false, out);
  if (provider === 'Render') codesOf(prose, RENDER, (s) => s.toLowerCase(), false, out);
  if (provider === 'Fly.io') {
    for (const m of matchesOf(prose, FLY)) {
      for (const code of m[0].match(/\b[a-z]{3}\b/g) ?? []) if (FLY_CODES.has(code)) out.push(code);
    }
  }
  // A zone is kept as written (`us-east-1a`, `europe-west1-b`), and names its region beside it.
  const found = [...new Set(out.filter(Boolean).flatMap((r) => {
    const region = regionOfZone(r);
    return region ? [r, region] : [r];
  }))];
  // `europe-west1` read again inside `google-europe-west1`, `eu-west-0` inside `prod-eu-west-0`, `us-east-1` inside `aws/us-east-1`.
  const named = found.filter((r) => !found.some((longer) => longer.length > r.length && /[-/]$/.test(longer.slice(0, -r.length)) && longer.toLowerCase().endsWith(r.toLowerCase())));
  // `Instances in the US (Oregon, us-west-2) region are not affected`: named only to be set apart.
  return named.length > 1 && SETS_APART.test(prose) ? named.filter((r) => !onlyUnaffected(prose, r)) : named;
}

/** `us-east-1a` → `us-east-1`, `europe-west1-b` → `europe-west1`; null for a name that is no zone. */
function regionOfZone(name: string): string | null {
  if (/\d[a-f]$/.test(name) && AWS_WHOLE.test(name)) return name.slice(0, -1);
  if (/\d-[a-f]$/.test(name) && GCP_WHOLE.test(name)) return name.slice(0, -2);
  return null;
}

/**
 * A list of thousands of resources names the same few regions again and again: each spelling once.
 * A dashed code is looked for at `starts` only, where they are given.
 */
function codesOf(prose: string, re: RegExp, norm: (s: string) => string, prefixed: boolean, out: string[], starts: number[] | null = null): void {
  const seen = new Set<string>();
  const sticky = starts ? STICKY.get(re) : undefined;
  for (const m of starts && sticky ? matchesAt(prose, sticky, starts) : matchesOf(prose, re)) {
    const before = prose.charCodeAt(m.index - 1);
    // A cloud's prefix ends in `-` or `/` (`google-europe-west1`, `aws/us-east-1`): only then is it looked for.
    const cloud = prefixed && (before === 45 || before === 47) ? (CLOUD_BEFORE.exec(prose.slice(Math.max(0, m.index - 7), m.index))?.[0] ?? '') : '';
    if (seen.has(cloud + m[0])) continue;
    seen.add(cloud + m[0]);
    out.push(cloud ? (cloud + m[0]).toLowerCase() : norm(m[0]));
  }
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Where a dashed code (`us-east-1`, `de-fra1`, `eu-frankfurt-1`) can start: at the letters right
 * before a dash, from the first of them, since each code opens with a word of letters and a dash.
 * Each pattern is then tried there only, rather than at every offset; a text dense with dashes (a
 * list of thousands of ids) is cheaper to scan whole, and gets null.
 */
function dashStarts(prose: string): number[] | null {
  const out: number[] = [];
  const most = prose.length >> 5;
  for (let dash = prose.indexOf('-'); dash >= 0; dash = prose.indexOf('-', dash + 1)) {
    let start = dash;
    while (start > 0 && isAsciiLetter(prose.charCodeAt(start - 1))) start--;
    if (start < dash && out.push(start) > most) return null;
  }
  return out;
}

const STICKY = new Map([AWS, GCP, OCI, SCALEWAY, UPCLOUD, IBM].map((re) => [re, new RegExp(re.source, re.flags.replace('g', 'y'))]));

/** Codes right before or after the words for a region; the words are rare, so each use is read alone. */
function regionsNamedAsSuch(prose: string): string[] {
  const out: string[] = [];
  for (const m of matchesOf(prose, REGION_WORD)) {
    if (/^pop/i.test(m[0]) && !POP_WORD.test(m[0])) continue;
    const lead = prose.slice(Math.max(0, m.index - 50), m.index);
    const region = /^regions?$/i.test(m[0]);
    // `Location ZRH (Zurich)`, `Datacenter: FRA2`, `the AMS PoP`: after the other words only a code in capitals, never a DNS zone's name.
    const site = !region && /^(?:loc|dat|pop)/i.test(m[0]);
    const tail = region || site ? prose.slice(m.index + m[0].length, m.index + m[0].length + 40) : '';
    const qualifier = region ? QUALIFIER_BEFORE.exec(lead)?.[1] : SITE_WORD.test(m[0]) ? SITE_QUALIFIER_BEFORE.exec(lead)?.[1] : undefined;
    const before = CODE_BEFORE.exec(lead)?.[1] ?? qualifier;
    // `the US East (N. Virginia) region`, `our Europe West 2 region`: an area and a compass point name a place, never a market.
    const display = region ? COMPASS_NAME_BEFORE.exec(lead)?.[1] : undefined;
    if (display) out.push(display.replace(/\s+/g, ' '));
    const read = tail ? CODE_AFTER.exec(tail)?.[1] : undefined;
    // Spaces that align a table's titles (`Location     SKU`) separate two columns, not a word and its code.
    const after = site && read && (!/^[A-Z]{2,3}\d{0,2}$/.test(read) || /^[ \t]{2}/.test(tail)) ? undefined : read;
    for (const code of [before, after]) if (code && isRegionCode(code) && !/^[a-z]+$/.test(code) && !isRegionName(code) && !isCompoundWord(code)) out.push(code);
    // `the US and EU regions`: two capitals joined before the plural are the regions it counts, not markets.
    const pair = /^regions$/i.test(m[0]) ? JOINED_PAIR.exec(lead) : null;
    if (pair?.[1] && pair[2]) out.push(pair[1], pair[2]);
    // `our LON and NYC data centers`: a plural word names every code joined before it.
    if (before && /s$/i.test(m[0])) out.push(...joinedBefore(lead.slice(0, lead.lastIndexOf(before))));
    // `our Tampa facility (TPA1)`, `the Paris data centre (PAR2)`: a site's code in capitals right after it.
    const siteCode = region ? undefined : PAREN_SITE_AFTER.exec(prose.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1];
    if (siteCode && isRegionCode(siteCode)) out.push(siteCode);
    // `the Washington, D.C. region (was)`: a word in parentheses beside `region` is its code.
    const parenthesised = PAREN_CODE_AFTER.exec(tail)?.[1] ?? PAREN_CODE_BEFORE.exec(lead)?.[1];
    if (parenthesised && isRegionCode(parenthesised)) out.push(parenthesised);
    const next = prose.charAt(m.index + m[0].length + 1) === '(' || prose.charAt(m.index + m[0].length) === '(';
    const dashed = next ? PAREN_DASHED_AFTER.exec(prose.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1] : undefined;
    if (dashed && isRegionCode(dashed) && !isRegionName(dashed)) out.push(dashed);
  }
  return out;
}

/**
 * `higher-capacity facilities`, `multi-zone regions`, `in-house data centres`: words a dash joins in
 * prose. A code in lower case without a number opens with a country or continent (`ap-guangzhou`,
 * `eu-de`, `fr-par`), two letters that are no English word.
 */
const COUNTRY_FIRST = /^(?!(?:on|in|co|re|by|at|to|up|as|of|go|do|no|so|or|an|is|it|we)-)[a-z]{2}-/;
const isCompoundWord = (code: string): boolean => /^[a-z]+(?:-[a-z]+)+$/.test(code) && !COUNTRY_FIRST.test(code);

const JOINED_PAIR = /(?:^|[ \t(])(?!(?:IT|DR|HQ)\b)([A-Z]{2})[ \t]+(?:and|&)[ \t]+(?!(?:IT|DR|HQ)\b)([A-Z]{2})[ \t]+$/;

const JOINED_CODE = /(?:^|[ \t(])([A-Z]{3}\d{0,2})(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|,[ \t]+and[ \t]+)$/;

/** The codes joined before the one next to a plural (`FRA, AMS and LON datacenters`), from the nearest back. */
function joinedBefore(lead: string): string[] {
  const out: string[] = [];
  let rest = lead;
  for (let m = JOINED_CODE.exec(rest); m?.[1] && out.length < 8; m = JOINED_CODE.exec(rest)) {
    if (!isRegionCode(m[1])) break;
    out.push(m[1]);
    rest = rest.slice(0, rest.length - m[0].length + (m[0].length - m[0].trimStart().length));
  }
  return out;
}

/** A host label named after a region: `us-west-004` in `s3.us-west-004.backblazeb2.com`, `eu-central-1` in `eu-central-1-1.aws.…`. */
const HOST_LABEL_REGION =
  /^((?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,3})(?:-\d{1,2})?$/;

export function regionInHost(host: string): string | null {
  if (!host.includes('.')) return null;
  for (const label of host.toLowerCase().split('.')) {
    const region = HOST_LABEL_REGION.exec(label)?.[1];
    if (region) return region;
  }
  return null;
}

/** The shapes above as whole tokens, in one pattern per case rule: a list of thousands of names tests each name twice, not ten times. */
const whole = (res: RegExp[], flags: string): RegExp => new RegExp(`^(?:${res.map((re) => `(?:${re.source})`).join('|')})$`, flags);
const AWS_WHOLE = whole([AWS], 'i');
const GCP_WHOLE = whole([GCP], 'i');
const WHOLE = [whole([AWS, GCP, DIGITALOCEAN, OCI], 'i'), whole([ATLAS, AZURE, SCALEWAY, IBM, OVH, UPCLOUD], '')];

/** Longer than any name the patterns above accept (at most 26 characters: `southamerica-northwest12-a`). */
const MAX_REGION_NAME = 32;

/** A token that is a region name of some provider: a region, never a resource. */
export function isRegionName(token: string): boolean {
  return token.length <= MAX_REGION_NAME && WHOLE.some((re) => re.test(token));
}

/** A region's code as providers write it in a column or after a label: `ap-guangzhou`, `DFW`, `EU`, `EU2`, `prod-eu-west-0`, `iad`, `EU-FR`, `US-NY2`. */
const REGION_CODE = /^(?:[a-z]{2,10}(?:-[a-z0-9]{1,12}){1,4}|[A-Z]{2,10}(?:-[A-Z0-9]{1,12}){1,3}|[A-Z]{2,3}\d{0,2}|[a-z]{2,10}\d{1,2}|[a-z]{3})$/;

export function isRegionCode(token: string): boolean {
  return REGION_CODE.test(token) && !isAcronym(token) && !/^(?:the|all|any|new|our|one|two|see|and|for|its|per)$/.test(token);
}
