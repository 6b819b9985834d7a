import type { Role, SessionQuery } from '../api/generated/graphql.ts';

// The API's roles as the web app meets them (the `Role` enum of api/schema.graphql), least first.

export type { Role };
const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, SUPERVISOR: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

export function roleAtLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}

/** `Session` of the API: who is asking and what the role lets them see. */
export type Session = SessionQuery['session'];

/**
 * What the layout knows about the visitor. `session` is null when the API refused the request
 * (`signIn` then says why) or could not be asked (`signIn` null: the pages show their own error).
 */
export interface Access {
  session: Session | null;
  signIn: null | { reason: 'missing' | 'rejected'; message: string };
}
