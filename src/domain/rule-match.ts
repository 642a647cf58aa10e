/**
 * Whether a provider rule applies to a notice, and why. Before extraction (`extraction` null) the
 * conditions on extracted facts are unknown and count as possible: that is how `patternsFor` picks
 * the rules whose patterns extraction should try.
 */
import type { Extraction } from './facts.ts';
import type { Notice } from './notice.ts';
import type { ProviderIdentity, ProviderRule } from './policy.ts';

export interface MatchResult {
  matched: boolean;
  /** What held, in words: `subject matches /EC2/ ("Amazon EC2")`. Empty when it did not match. */
  reasons: string[];
}

const EXCERPT = 60;
const flattened = new WeakMap<Notice, string>();

/**
 * The body with every run of whitespace as one space: mail is hard-wrapped at ~72 columns, so a
 * phrase in a rule ("end of support") must match across a line break.
 */
function flatBody(notice: Notice): string {
  let flat = flattened.get(notice);
  if (flat === undefined) {
    flat = notice.text.replace(/\s+/g, ' ');
    flattened.set(notice, flat);
  }
  return flat;
}

export function matchRule(rule: ProviderRule, notice: Notice, extraction: Extraction | null): MatchResult {
  const reasons: string[] = [];
  if (rule.identity) {
    const why = identify(rule.identity, notice, providerName(notice, extraction));
    if (!why) return { matched: false, reasons: [] };
    reasons.push(why);
  }
  const m = rule.match;
  const checks: [RegExp[] | undefined, string, string[]][] = [
    [m.from, 'sender', [notice.from]],
    [m.subject, 'subject', [notice.subject]],
    [m.body, 'body', [flatBody(notice)]],
    [m.text, 'text', [notice.subject, flatBody(notice)]],
    [m.feed, 'feed', feedsOf(notice)],
  ];
  for (const [regexes, what, values] of checks) {
    for (const regex of regexes ?? []) {
      const hit = firstHit(regex, values);
      if (!hit) return { matched: false, reasons: [] };
      reasons.push(`${what} matches /${regex.source}/ ("${excerpt(hit)}")`);
    }
  }
  if (m.source) {
    if (!m.source.includes(notice.source.kind)) return { matched: false, reasons: [] };
    reasons.push(`source is ${notice.source.kind}`);
  }
  if (m.provider) {
    const name = providerName(notice, extraction);
    // Before extraction a notice without a structured provider may still turn out to be one.
    if (name === null && extraction === null) reasons.push('provider: not known before extraction');
    else if (name === null || !m.provider.includes(name.toLowerCase())) return { matched: false, reasons: [] };
    else reasons.push(`provider is ${name}`);
  }
  if (extraction === null) return { matched: true, reasons };

  const service = extraction.service;
  for (const regex of m.service ?? []) {
    if (service === null || !regex.test(service)) return { matched: false, reasons: [] };
    reasons.push(`service "${service}" matches /${regex.source}/`);
  }
  if (m.kind) {
    if (!m.kind.includes(extraction.kind)) return { matched: false, reasons: [] };
    reasons.push(`kind is ${extraction.kind}`);
  }
  for (const regex of m.resource ?? []) {
    const hit = extraction.resources.find((r) => regex.test(r));
    if (hit === undefined) return { matched: false, reasons: [] };
    reasons.push(`resource "${hit}" matches /${regex.source}/`);
  }
  if (m.actionRequired !== undefined) {
    if (extraction.actionRequired !== m.actionRequired) return { matched: false, reasons: [] };
    reasons.push(m.actionRequired ? 'action is required' : 'no action is required');
  }
  if (m.deadline !== undefined) {
    if ((extraction.deadline !== null) !== m.deadline) return { matched: false, reasons: [] };
    reasons.push(m.deadline ? 'a deadline was found' : 'no deadline was found');
  }
  return { matched: true, reasons };
}

/** Why a notice belongs to the identity's provider, or null when it does not. */
export function identify(identity: ProviderIdentity, notice: Notice, name: string | null): string | null {
  const label = identity.provider ?? 'this file';
  if (name !== null && identity.provider !== null && name.toLowerCase() === identity.provider) return `provider ${label}: named ${name}`;
  if (name !== null && identity.name?.test(name)) return `provider ${label}: name "${name}" matches /${identity.name.source}/`;
  if (identity.from?.test(notice.from)) return `provider ${label}: sender "${notice.from}" matches /${identity.from.source}/`;
  const feed = identity.feed ? feedsOf(notice).find((f) => identity.feed?.test(f)) : undefined;
  if (feed !== undefined && identity.feed) return `provider ${label}: feed "${feed}" matches /${identity.feed.source}/`;
  if (identity.subject?.test(notice.subject)) return `provider ${label}: subject matches /${identity.subject.source}/`;
  return null;
}

export function providerName(notice: Notice, extraction: Extraction | null): string | null {
  return extraction?.provider ?? notice.hints?.provider ?? null;
}

/** The feed's id or URL; for a feed item the sender is the feed URL too. */
function feedsOf(notice: Notice): string[] {
  return notice.source.kind === 'feed' ? [...new Set([notice.source.feed, notice.from])] : [];
}

function firstHit(regex: RegExp, values: string[]): string | null {
  for (const value of values) {
    const hit = regex.exec(value);
    if (hit) return hit[0];
  }
  return null;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}
