import { matchesOf } from './anchored.ts';
/**
 * Names that look like words: Azure storage accounts and registries allow only lower-case letters and
 * digits (`stacmeexports`), buckets and namespaces are often one word. Such a name is read only right
 * after `the`/`your` and a noun for a kind of resource whose names are often single words, and before
 * the end of the clause or a verb (`the storage account stacmeexports may have been exposed`). A word
 * that often follows those nouns (`the storage account keys`, `the bucket itself`) is not a name.
 * Nouns like `droplet` or `database` are left out: their names carry digits or dashes, and the word
 * after them is more often a verb (`where your Droplet resides will be…`).
 */

const NOUN = String.raw`(?:storage\s+account|key\s+vault|container\s+registry|registry|function\s+app|web\s+app|app\s+service|cosmos\s+db\s+account|search\s+service|bucket|workspace|namespace)`;
const FOLLOW = String.raw`(?=\s*[,.;:)]|\s+(?:may|might|will|would|is|was|has|had|have|can|could|must|should|needs?|uses?|runs?|expire[sd]?|received|reached|exceeded|in|on|at|and|or|which|that|to|for|from|with|were|are|does|did)\b)`;
const PLAIN = new RegExp(String.raw`\b(?:the|your)\s+(?:[A-Z][\w.]{1,20}\s+)?${NOUN}\s+([a-z][a-z0-9]{3,62})${FOLLOW}`, 'gi');
/**
 * `on your Docker account acmebuild expires`, `the Name.com account acmetravel has`: an account's
 * one-word handle, after `your` or after `the` and the provider's name, bare or quoted (`your account "acmebuild" uses`).
 */
const ACCOUNT = new RegExp(String.raw`\b(?:[Yy]our\s+(?:[A-Z][\w.]{1,20}\s+)?|[Tt]he\s+[A-Z][\w.]{1,20}\s+)account\s+["'\x60“]?([a-z][a-z0-9]{3,38})["'\x60”]?${FOLLOW}`, 'g');
/** `cPanel username: acmebake`, `(username: acmeparts, …)`, `Login: acme_ops`: a handle under a label that says it is one. */
const USERNAME = /\b(?:user\s?name|login|handle)\s*[:=]\s*["'\x60]?([a-z][a-z0-9._-]{2,38}[a-z0-9])(?![\w@-]|\.\w)/gi;

/** Words that follow these nouns in prose. Not a dictionary: what notices put after `the app`, `the cluster`. */
const ATTRIBUTES = new Set(
  (
    'name names keys key type size owner owners settings setting configuration config data level logs log tier region ' +
    'location endpoint endpoints status state version versions engine class family policy policies role roles access ' +
    'credentials password passwords user users admin admins administrator details page dashboard console team members ' +
    'quota limit limits capacity storage network networking firewall connection connections string certificate ' +
    'certificates maintenance window upgrade upgrades migration itself resources resource plan account accounts metrics ' +
    'usage traffic performance backup backups replica replicas nodes node instance instances cluster clusters database ' +
    'databases server servers identity operator firmware software runtime image images host hosts address addresses ' +
    'records record domain domains contents content files file directory folder documentation docs pricing price cost ' +
    'costs bill billing subscription tenant group groups service services feature features option options code ' +
    'deployment deployments build builds release releases environment environments secrets secret token tokens ' +
    'owner ownership health outage issue issues event events alert alerts notification notifications will must that ' +
    'this these those they them there then than also when only more most some such same other each every both what ' +
    'which while with without within from into onto over under after before during until since been being have ' +
    'does here where itself reboot restart update updates patch patches schedule scheduled hardware disk disks memory ' +
    'volume volumes snapshot snapshots stack stacks scheme schema tables table index indexes queries query workload ' +
    'workloads traffic team owners admin project projects still already currently now just never always often ' +
    'usually recently automatically soon again manager representative executive holder balance history activity ' +
    'email profile preferences information number credit credits verification security contact recovery setup ' +
    'creation deletion closure suspension used using linked associated listed below above named specified mentioned ' +
    'expires expired expiring renews renewed requires required needs contains includes remains becomes received'
  ).split(' '),
);

const PARTICIPLE = /^[a-z]{4,}ed$/;
const PAIRED = /^[ \t]+(?:and|or)[ \t]+([a-z]+)/;

/** `your account username and password`: a word joined to an attribute of the thing is another attribute. */
function pairedWithAttribute(prose: string, end: number): boolean {
  const other = PAIRED.exec(prose.slice(end, end + 30))?.[1];
  return other !== undefined && ATTRIBUTES.has(other);
}

export function plainNames(prose: string): string[] {
  const out: string[] = [];
  const grammars = prose.includes('account') ? [PLAIN, ACCOUNT] : [PLAIN];
  if (/user\s?name|login|handle/i.test(prose)) grammars.push(USERNAME);
  for (const re of grammars) {
    for (const m of matchesOf(prose, re)) {
      const name = m[1] ?? '';
      // `in your AWS account failed.`: a past participle ends the clause; it names nothing.
      const shape = re === USERNAME ? /^[a-z][a-z0-9._-]+$/i : /^[a-z][a-z0-9]+$/;
      if (shape.test(name) && !ATTRIBUTES.has(name.toLowerCase()) && !PARTICIPLE.test(name) && !pairedWithAttribute(prose, m.index + m[0].length)) out.push(name);
    }
  }
  return out;
}
