import type { Notice } from '../domain/notice.ts';

/** Sender domains (mail) and feed hosts of the providers noticeboard knows by name. */
const PROVIDERS: Array<[RegExp, string]> = [
  [/(?:^|\.)(?:amazon\.com|amazonaws\.com|aws\.com|aws\.amazon\.com|awsstatic\.com)$/, 'AWS'],
  [/(?:^|\.)(?:google\.com|googleapis\.com|cloud\.google\.com|googlecloud\.com)$/, 'Google Cloud'],
  [/(?:^|\.)(?:microsoft\.com|azure\.com|azure\.net|microsoftonline\.com)$/, 'Microsoft Azure'],
  [/(?:^|\.)(?:github\.com|githubstatus\.com|github\.blog)$/, 'GitHub'],
  [/(?:^|\.)(?:heroku\.com|herokustatus\.com)$/, 'Heroku'],
  [/(?:^|\.)(?:cloudflare\.com|cloudflarestatus\.com)$/, 'Cloudflare'],
  [/(?:^|\.)digitalocean\.com$/, 'DigitalOcean'],
  [/(?:^|\.)(?:linode\.com|akamai\.com)$/, 'Linode'],
  [/(?:^|\.)fly\.io$/, 'Fly.io'],
  [/(?:^|\.)letsencrypt\.org$/, "Let's Encrypt"],
  [/(?:^|\.)(?:mongodb\.com|mongodb\.net)$/, 'MongoDB Atlas'],
  [/(?:^|\.)vercel\.com$/, 'Vercel'],
  [/(?:^|\.)netlify\.com$/, 'Netlify'],
  [/(?:^|\.)render\.com$/, 'Render'],
  [/(?:^|\.)fastly\.com$/, 'Fastly'],
  [/(?:^|\.)(?:hetzner\.com|hetzner\.de|hetzner\.cloud)$/, 'Hetzner'],
  [/(?:^|\.)(?:ovh\.com|ovhcloud\.com)$/, 'OVHcloud'],
  [/(?:^|\.)oracle\.com$/, 'Oracle Cloud'],
  [/(?:^|\.)vultr\.com$/, 'Vultr'],
  [/(?:^|\.)scaleway\.com$/, 'Scaleway'],
  [/(?:^|\.)supabase\.(?:com|io)$/, 'Supabase'],
];

/** Names in the text, for notices that arrive from a relay or a forward. */
const NAMED: Array<[RegExp, string]> = [
  [/\bAmazon Web Services\b|\bAWS\b/, 'AWS'],
  [/\bGoogle Cloud\b/, 'Google Cloud'],
  [/\bMicrosoft Azure\b|\bAzure\b/, 'Microsoft Azure'],
  [/\bDigitalOcean\b/, 'DigitalOcean'],
  [/\bCloudflare\b/, 'Cloudflare'],
  [/\bHeroku\b/, 'Heroku'],
  [/\bGitHub\b/, 'GitHub'],
  [/\bLet['’]s Encrypt\b/, "Let's Encrypt"],
  [/\bLinode\b|\bAkamai Cloud\b/, 'Linode'],
  [/\bMongoDB Atlas\b/, 'MongoDB Atlas'],
  [/\bFly\.io\b/, 'Fly.io'],
];

/** The provider: the sender's domain or the feed's host, else the sender's name, else a name in the text. */
export function providerOf(notice: Pick<Notice, 'from' | 'fromName' | 'url'>, prose: string): string | null {
  for (const host of [hostOf(notice.from), hostOf(notice.url ?? '')]) {
    if (!host) continue;
    for (const [re, name] of PROVIDERS) if (re.test(host)) return name;
  }
  const head = prose.slice(0, 5_000);
  for (const [re, name] of NAMED) if (re.test(head)) return name;
  const status = /^(.{2,40}?)\s+(?:Status|Statuspage|Notifications?|Support|Team)(?:\s+[-–—|]\s+(?:Incident\s+History|Incidents|Maintenances?|History))?$/i.exec(notice.fromName?.trim() ?? '');
  if (status?.[1]) return status[1];
  return notice.fromName?.trim() || null;
}

function hostOf(address: string): string | null {
  const lower = address.toLowerCase().trim();
  const at = lower.lastIndexOf('@');
  if (at >= 0) return lower.slice(at + 1).replace(/[>\s].*$/, '') || null;
  const url = /^[a-z]+:\/\/([^/:?#]+)/.exec(lower);
  return url?.[1] ?? null;
}

const SERVICES: RegExp[] = [
  /\b((?:Amazon|AWS)\s+(?:[A-Z][\w-]*|[A-Z]{2,})(?:\s+(?:for\s+)?(?:[A-Z][\w-]*|[A-Z]{2,}|\/)){0,3})/,
  /\b(Azure\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\(classic\))){0,3})/,
  /\b(GitHub\s+(?:Actions|Pages|Packages|Copilot|Codespaces|Advanced\s+Security|Enterprise|API))\b/,
  /\b(App\s+Engine|Compute\s+Engine|Cloud\s+(?:SQL|Storage|Run|Functions|Build|DNS|CDN|Spanner|Memorystore)|Container\s+Registry|Artifact\s+Registry|BigQuery|Google\s+Kubernetes\s+Engine|GKE)\b/,
  /\b(Heroku\s+(?:Postgres|Redis|Data|Connect|Kafka|Scheduler|Runtime))\b/,
  /\b(Droplets?|Managed\s+Databases|App\s+Platform|Spaces|Linodes?|Compute\s+Instances|Atlas|Workers|Pages|Machines)\b/,
];

/** The service: the subject's `X notification` form, else a product name in the subject, else in the text. */
export function serviceOf(subject: string, prose: string): string | null {
  const plainSubject = subject.replace(/^(?:\s*\[[^\]]{0,60}\]\s*|(?:re|fwd?):\s*)+/i, '').trim();
  const notification = /^(.{2,80}?)\s+(?:notification|notice|announcement)$/i.exec(plainSubject);
  if (notification?.[1]) return notification[1];
  for (const text of [plainSubject, prose.slice(0, 5_000)]) {
    for (const re of SERVICES) {
      const m = re.exec(text);
      if (m?.[1]) return m[1].replace(/\s+(?:notification|is|will|and)$/i, '').trim();
    }
  }
  return null;
}
