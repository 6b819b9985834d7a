import type { Hidden } from '../api/fragments.ts';
import { isRole, roleAtLeast, type Role } from './roles.ts';

/** Which role sees each kind of hidden thing the API counts (api/access/roles.ts has the rules). */
const SEEN_BY: Record<string, Role> = { person: 'SUPERVISOR', OWNS: 'SUPERVISOR', OFFICER_OF: 'SUPERVISOR', INVENTED: 'SUPERVISOR', amount_cny: 'ANALYST' };

/** The order the notice names them in. */
const ORDER = ['person', 'OWNS', 'OFFICER_OF', 'INVENTED', 'amount_cny'];

export interface HiddenItem {
  name: string;
  count: number;
}

/** Hidden things of one least role, for one sentence ("… are hidden: visible to supervisors"). */
export interface HiddenGroup {
  visibleTo: Role;
  items: HiddenItem[];
  total: number;
  /** False when several answers each counted some: the counts are then the largest one answer saw, a lower bound. */
  exact: boolean;
}

/**
 * The hidden counts of several answers shown together (a canvas built from several expansions),
 * grouped by the role that would see them. One person reached from two expansions is counted by
 * both, so counts of several answers are not added: the largest is kept and marked inexact.
 * `sameSubject`: the answers all describe one node (its relationship counts and its details), the
 * largest count is the whole. `atLeast`: the API's counts stopped at a cap, so they are lower bounds.
 */
export function hiddenGroups(answers: readonly (Pick<Hidden, 'byKind' | 'visibleTo'> | null | undefined)[], opts: { sameSubject?: boolean; atLeast?: boolean } = {}): HiddenGroup[] {
  const byName = new Map<string, { count: number; answers: number; role: Role }>();
  for (const v of answers) {
    if (!v) continue;
    for (const { name, count } of v.byKind) {
      if (count <= 0) continue;
      const role = SEEN_BY[name] ?? (isRole(v.visibleTo) ? v.visibleTo : 'SUPERVISOR');
      const seen = byName.get(name);
      if (seen) byName.set(name, { count: Math.max(seen.count, count), answers: seen.answers + 1, role });
      else byName.set(name, { count, answers: 1, role });
    }
  }
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  const groups = new Map<Role, HiddenGroup>();
  for (const [name, { count, answers, role }] of [...byName].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))) {
    const g = groups.get(role) ?? { visibleTo: role, items: [], total: 0, exact: true };
    g.items.push({ name, count });
    g.total += count;
    g.exact &&= (answers === 1 || opts.sameSubject === true) && opts.atLeast !== true;
    groups.set(role, g);
  }
  // Supervisor-only things first: they are what a viewer most often misses.
  return [...groups.values()].sort((a, b) => (roleAtLeast(a.visibleTo, b.visibleTo) ? -1 : 1));
}
