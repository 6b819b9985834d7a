// The API's roles as the web app meets them (the `Role` enum of api/schema.graphql).

export const ROLES = ['VIEWER', 'ANALYST', 'SUPERVISOR'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, SUPERVISOR: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}

/** `Session` of the API: who is asking and what the role lets them see. */
export interface Session {
  user: string;
  role: Role;
  /** No AUTH_FILE: one local user with every role. */
  local: boolean;
  grants: string[];
  /** When the token stops being accepted (ISO date-time); null: never. */
  expires: string | null;
}

/**
 * What the layout knows about the visitor. `session` is null when the API refused the request
 * (`signIn` then says why) or could not be asked (`signIn` null: the pages show their own error).
 */
export interface Access {
  session: Session | null;
  signIn: null | { reason: 'missing' | 'rejected'; message: string };
}
