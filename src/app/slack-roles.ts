// Who a Slack user is to the rules: the teams they belong to and the roles they may sign for.
// Roles name users (`U…`) and user groups (`S…`); a group's members come from Slack, cached,
// because every click and every Home tab would otherwise ask Slack again.
import type { RuleSet, Team } from '../domain/policy.ts';
import { groupIds, rolesHeld, type GroupMembers, type RoleMembers } from '../domain/signoff.ts';
import type { Clock, Logger } from './ports.ts';

export type GroupLookup = (groupId: string) => Promise<readonly string[]>;

export interface GroupCacheOptions {
  /** How long a group's members are trusted; a rota change shows up after this. */
  ttlMs?: number;
}

/**
 * A cached `groupMembers`. When Slack cannot be asked, the last known members are used (stale but
 * real); with none known the error goes to the caller, which tells the person rather than
 * refusing them as "not a signer".
 */
export function cachedGroupMembers(fetch: GroupLookup, deps: { clock: Clock; log: Logger }, options: GroupCacheOptions = {}): GroupLookup {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const cache = new Map<string, { members: readonly string[]; at: number }>();
  const inFlight = new Map<string, Promise<readonly string[]>>();
  return async (groupId) => {
    const now = deps.clock.now().getTime();
    const known = cache.get(groupId);
    if (known && now - known.at < ttlMs) return known.members;
    const pending = inFlight.get(groupId);
    if (pending) return pending;
    const asked = fetch(groupId)
      .then((members) => {
        cache.set(groupId, { members: [...members], at: deps.clock.now().getTime() });
        return members;
      })
      .catch((err: unknown) => {
        if (!known) throw err;
        deps.log.warn({ err, groupId }, 'user group lookup failed, using the last known members');
        return known.members;
      })
      .finally(() => inFlight.delete(groupId));
    inFlight.set(groupId, asked);
    return asked;
  };
}

/** A team's role members, as task commands want them. */
export function rolesFromRules(rules: RuleSet): (team: string) => RoleMembers | undefined {
  return (team) => rules.teams[team]?.roles;
}

/** The team of a task; a team since removed from the rules renders in UTC with no roles. */
export function teamOf(rules: RuleSet, id: string, channel = ''): Team {
  return (
    rules.teams[id] ?? {
      id,
      channel,
      members: [],
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
      quietHours: null,
      escalation: { users: [], channel: null },
      roles: {},
    }
  );
}

export interface Membership {
  user: string;
  /** Roles held per team id (only teams where some role is held). */
  roles: Map<string, string[]>;
  /** Teams the person belongs to: listed as a member, holding a role, or an escalation contact. */
  teams: Set<string>;
}

/** Everything the rules say about one person, user groups resolved. */
export async function membershipOf(user: string, rules: RuleSet, groupMembers?: GroupLookup): Promise<Membership> {
  const groups: Record<string, readonly string[]> = {};
  if (groupMembers) {
    const ids = new Set(Object.values(rules.teams).flatMap((t) => groupIds(t.roles)));
    for (const id of ids) groups[id] = await groupMembers(id);
  }
  const roles = new Map<string, string[]>();
  const teams = new Set<string>();
  for (const team of Object.values(rules.teams)) {
    const held = rolesHeld(user, team.roles, groups satisfies GroupMembers);
    if (held.length > 0) roles.set(team.id, held);
    if (held.length > 0 || team.members.includes(user) || team.escalation.users.includes(user)) teams.add(team.id);
  }
  return { user, roles, teams };
}
