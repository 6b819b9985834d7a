// The three roles and what each may see. Every rule of access control is data here; the API's
// guards, the traversals' filters and the redaction of answers read it.

export const ROLES = ['viewer', 'analyst', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, supervisor: 2 };

/** The GraphQL enum value of a role (AUTH_FILE and the code write roles in lowercase). */
export function roleName(role: Role): 'VIEWER' | 'ANALYST' | 'SUPERVISOR' {
  return role.toUpperCase() as 'VIEWER' | 'ANALYST' | 'SUPERVISOR';
}

export function roleAtLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}

/** What a role adds to a viewer's, in the words `Session.grants` uses. */
export const GRANTS: Record<Role, readonly string[]> = {
  viewer: [],
  analyst: ['amounts', 'licensees'],
  supervisor: ['amounts', 'licensees', 'persons', 'equity', 'officers', 'related_party'],
};

/**
 * What the caller may not see: node labels (persons), relationship types (equity, officers, and
 * inventorship, which only links persons) and properties (transaction amounts), with the least
 * role that sees each.
 */
export interface Visibility {
  hiddenLabels: readonly string[];
  hiddenRelTypes: readonly string[];
  hiddenProperties: readonly string[];
}

const HIDDEN_BELOW: { label?: string; relType?: string; property?: string; visibleTo: Role }[] = [
  { label: 'Person', visibleTo: 'supervisor' },
  { relType: 'OWNS', visibleTo: 'supervisor' },
  { relType: 'OFFICER_OF', visibleTo: 'supervisor' },
  { relType: 'INVENTED', visibleTo: 'supervisor' },
  { property: 'amount_cny', visibleTo: 'analyst' },
];

export function visibilityOf(role: Role): Visibility {
  const hidden = HIDDEN_BELOW.filter((h) => !roleAtLeast(role, h.visibleTo));
  return {
    hiddenLabels: hidden.flatMap((h) => (h.label ? [h.label] : [])),
    hiddenRelTypes: hidden.flatMap((h) => (h.relType ? [h.relType] : [])),
    hiddenProperties: hidden.flatMap((h) => (h.property ? [h.property] : [])),
  };
}

/** The least role that sees every one of these (a label, type or property name); viewer when none is hidden. */
export function roleThatSees(names: Iterable<string>): Role {
  let least: Role = 'viewer';
  for (const name of names) {
    const rule = HIDDEN_BELOW.find((h) => h.label === name || h.relType === name || h.property === name || h.label?.toLowerCase() === name);
    if (rule && RANK[rule.visibleTo] > RANK[least]) least = rule.visibleTo;
  }
  return least;
}

/** Who is asking: a name from AUTH_FILE (or `local`), its role, and what that role may not see. */
export interface Caller {
  user: string;
  role: Role;
  /** True without AUTH_FILE: the single local user, with every role. */
  local: boolean;
  visibility: Visibility;
  /** When the caller's token stops being accepted; null: it does not expire (and the local user). */
  expires: Date | null;
}

export function callerOf(user: string, role: Role, opts: { local?: boolean; expires?: Date | null } = {}): Caller {
  return { user, role, local: opts.local ?? false, visibility: visibilityOf(role), expires: opts.expires ?? null };
}

export const LOCAL_CALLER: Caller = callerOf('local', 'supervisor', { local: true });
