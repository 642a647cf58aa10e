// `/notices list|mine|digest` and App Home: which open tasks a person sees, most urgent first.
import type { RuleSet } from '../domain/policy.ts';
import { chooseRole, signIntent } from '../domain/signoff.ts';
import type { Task, TaskState } from '../domain/task.ts';
import type { HomeListing, Store, TaskListing } from './ports.ts';
import { membershipOf, teamOf, type GroupLookup, type Membership } from './slack-roles.ts';

export const OPEN_STATES: readonly TaskState[] = ['open', 'acknowledged', 'scheduled', 'approved'];
const DAY_MS = 86_400_000;

/** Earliest deadline first (overdue ones lead), tasks without a deadline last, then oldest first. */
export function byUrgency(a: Task, b: Task): number {
  const due = (t: Task) => t.deadline?.at.getTime() ?? Number.POSITIVE_INFINITY;
  return due(a) - due(b) || a.id - b.id;
}

/** A required role this person could sign now: a plan or dismissal is waiting and they have not signed. */
export function awaitsSignOff(task: Task, member: Membership): boolean {
  if (signIntent(task) === null) return false;
  return chooseRole(task, member.user, member.roles.get(task.team) ?? []).ok;
}

export interface ListingDeps {
  store: Store;
  rules: RuleSet;
  groupMembers?: GroupLookup;
  /** How far ahead `digest` looks. */
  digestDays?: number;
}

export type ListScope = 'open' | 'mine' | 'digest';

export function makeListing(deps: ListingDeps) {
  const openTasks = async () => (await deps.store.tasks.list({ states: OPEN_STATES })).sort(byUrgency);
  const member = (user: string) => membershipOf(user, deps.rules, deps.groupMembers);
  const teamsFor = (tasks: Task[]) => [...new Map(tasks.map((t) => [t.team, teamOf(deps.rules, t.team, t.channel)])).values()];
  /** A person in no team sees every team's tasks: a newcomer should not see an empty list. */
  const ofTheirTeams = (tasks: Task[], m: Membership) => (m.teams.size === 0 ? tasks : tasks.filter((t) => m.teams.has(t.team)));

  return {
    async list(user: string, scope: ListScope, now: Date): Promise<TaskListing> {
      const [tasks, m] = await Promise.all([openTasks(), member(user)]);
      let shown: Task[];
      if (scope === 'mine') shown = tasks.filter((t) => t.owner === user || awaitsSignOff(t, m));
      else if (scope === 'digest') {
        const horizon = now.getTime() + (deps.digestDays ?? 28) * DAY_MS;
        shown = ofTheirTeams(tasks, m).filter((t) => t.deadline !== null && t.deadline.at.getTime() <= horizon);
      } else shown = ofTheirTeams(tasks, m);
      return { tasks: shown, teams: teamsFor(shown) };
    },

    async home(user: string): Promise<HomeListing> {
      const [tasks, m] = await Promise.all([openTasks(), member(user)]);
      const pendingSignOffs = tasks.filter((t) => awaitsSignOff(t, m));
      const mine = tasks.filter((t) => t.owner === user || (m.teams.size > 0 && m.teams.has(t.team)));
      return { pendingSignOffs, tasks: mine, teams: teamsFor([...pendingSignOffs, ...mine]) };
    },
  };
}
