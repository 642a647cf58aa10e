/**
 * Rules → what happens to a notice: track, FYI or ignore; which team; who signs; which ladder.
 * Pure: the same notice, extraction and rules always route the same way, with the reasons why.
 */
import type { Extraction } from './facts.ts';
import type { Notice } from './notice.ts';
import type { Disposition, ProviderRule, Routing, RulePattern, RuleSet, Team } from './policy.ts';
import { identify, matchRule, providerName } from './rule-match.ts';

/** The rule id a routing carries when no rule matched at all. */
export const NO_RULE = '(none)';

/** Patterns of every rule that may apply judging by what is known before extraction (sender, subject, feed, body). */
export function patternsFor(notice: Notice, rules: RuleSet): RulePattern[] {
  return rules.rules.filter((rule) => matchRule(rule, notice, null).matched).flatMap((rule) => rule.patterns);
}

export function route(notice: Notice, extraction: Extraction, rules: RuleSet): Routing {
  let winner: { rule: ProviderRule; reasons: string[] } | null = null;
  const others: string[] = [];
  for (const rule of rules.rules) {
    const result = matchRule(rule, notice, extraction);
    if (!result.matched) continue;
    if (winner) others.push(`${rule.id} (${rule.priority})`);
    else winner = { rule, reasons: result.reasons };
  }

  const reasons: string[] = [];
  let disposition: Disposition;
  if (winner) {
    const { rule } = winner;
    reasons.push(`rule ${rule.id} (priority ${rule.priority}, ${rule.where}): ${rule.description}`);
    reasons.push(...winner.reasons.map((r) => `  ${r}`));
    if (others.length > 0) reasons.push(`also matched, lower in precedence: ${others.join(', ')}`);
    disposition = rule.disposition;
    reasons.push(`disposition ${disposition}: set by the rule`);
  } else {
    // Losing a notice because nobody wrote a rule for it is the failure this product exists to stop.
    disposition = extraction.deadline !== null || extraction.actionRequired ? 'track' : 'fyi';
    reasons.push(`no rule matched: ${disposition === 'track' ? 'tracked, as it has a deadline or asks for action' : 'posted as FYI'}`);
  }
  const rule = winner?.rule;

  const { team, why } = chooseTeam(notice, extraction, rules, rule);
  reasons.push(`team ${team.id}: ${why}`);
  const channel = rule?.channel ?? team.channel;

  const kind = rule?.classify.kind ?? extraction.kind;
  const base = rule?.signoff ?? rules.signoff.default;
  const added = (rules.signoff.byKind[kind] ?? []).filter((role) => !base.includes(role));
  const requiredRoles = [...new Set([...base, ...added])];
  const from = rule?.signoff ? 'the rule' : 'the default';
  reasons.push(`sign-off ${requiredRoles.join(', ')}: ${from}${added.length > 0 ? `, plus ${added.join(', ')} for kind ${kind}` : ''}`);

  const ladder = rule?.ladder ?? team.ladder ?? rules.defaultLadder;
  reasons.push(`ladder ${ladder}: ${rule?.ladder ? 'named by the rule' : team.ladder ? `team ${team.id}'s ladder` : 'the default ladder'}`);
  const leadTimeMinutes = rule?.leadTimeMinutes ?? team.leadTimeMinutes ?? rules.defaultLeadTimeMinutes;

  const provider = rule?.classify.provider ?? (extraction.provider ? undefined : identifiedProvider(notice, rules));
  return {
    ruleId: rule?.id ?? NO_RULE,
    disposition,
    team: team.id,
    channel,
    requiredRoles,
    ladder,
    leadTimeMinutes,
    ...(rule?.classify.kind ? { kind: rule.classify.kind } : {}),
    ...(rule?.classify.service ? { service: rule.classify.service } : {}),
    ...(provider ? { provider } : {}),
    reasons,
  };
}

function chooseTeam(notice: Notice, extraction: Extraction, rules: RuleSet, rule: ProviderRule | undefined): { team: Team; why: string } {
  const fallback = rules.teams[rules.defaultTeam];
  if (!fallback) throw new Error(`rules: default team "${rules.defaultTeam}" is not defined`);
  const pick = (id: string, why: string) => {
    const team = rules.teams[id];
    return team ? { team, why } : null;
  };
  if (rule?.team) return pick(rule.team, 'named by the rule') ?? { team: fallback, why: 'default team' };

  const source = sourceTeam(notice, rules);
  if (source) return pick(source.team, source.why) ?? { team: fallback, why: 'default team' };

  for (const account of accountsOf(extraction)) {
    const id = rules.accounts[account];
    const found = id ? pick(id, `account ${account} belongs to it`) : null;
    if (found) return found;
  }
  for (const r of rules.resourceRoutes) {
    const resource = extraction.resources.find((res) => r.pattern.test(res));
    const found = resource !== undefined ? pick(r.team, `resource "${resource}" matches /${r.pattern.source}/`) : null;
    if (found) return found;
  }
  return { team: fallback, why: 'default team (no rule, source, account or resource names one)' };
}

/** A feed, mailbox or certificate probe configured with a team owns what it delivers. */
function sourceTeam(notice: Notice, rules: RuleSet): { team: string; why: string } | null {
  const src = notice.source;
  if (src.kind === 'feed') {
    const feed = rules.sources.feeds.find((f) => f.id === src.feed || f.url === src.feed);
    return feed?.team ? { team: feed.team, why: `feed ${feed.id} belongs to it` } : null;
  }
  if (src.kind === 'imap') {
    const box = rules.sources.mailboxes.find((m) => m.id === src.mailbox);
    return box?.team ? { team: box.team, why: `mailbox ${box.id} belongs to it` } : null;
  }
  if (src.kind === 'cert-probe') {
    const probe = rules.sources.certProbes.find((p) => src.target === `${p.host}:${p.port}` || src.target === p.host);
    return probe ? { team: probe.team, why: `certificate probe ${probe.host}:${probe.port} belongs to it` } : null;
  }
  return null;
}

/** Account ids found, plus those inside ARNs (`arn:aws:rds:eu-west-1:123456789012:db:orders`). */
function accountsOf(extraction: Extraction): string[] {
  const fromArns = extraction.resources.flatMap((r) => /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(r)?.[1] ?? []);
  return [...new Set([...extraction.accounts, ...fromArns])];
}

/** The first provider file that recognises the notice, when extraction could not name the provider. */
function identifiedProvider(notice: Notice, rules: RuleSet): string | undefined {
  const name = providerName(notice, null);
  for (const rule of rules.rules) {
    if (rule.identity?.provider && identify(rule.identity, notice, name)) return rule.identity.provider;
  }
  return undefined;
}
