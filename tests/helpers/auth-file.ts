import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../api/access/auth-file.ts';
import type { Role } from '../../api/access/roles.ts';

/** A user of a test's AUTH_FILE, with its token in clear (the file keeps only the token's SHA-256). */
export interface TestUser {
  name: string;
  role: Role;
  token: string;
  /** ISO time after which the token is refused. */
  expires?: string;
}

/** One user of each role, and a supervisor whose token expired in 2020. */
export const ROLE_USERS = {
  viewer: { name: 'vera', role: 'viewer', token: 'viewer-token-5f1c2a9e7b3d4c6a' },
  analyst: { name: 'ali', role: 'analyst', token: 'analyst-token-0d9e8c7b6a5f4e3d' },
  supervisor: { name: 'sun', role: 'supervisor', token: 'supervisor-token-a1b2c3d4e5f60718', expires: '2999-01-01T00:00:00Z' },
  expired: { name: 'old', role: 'supervisor', token: 'expired-token-99aa88bb77cc66dd', expires: '2020-01-01T00:00:00Z' },
} as const satisfies Record<string, TestUser>;

/** The tokens of ROLE_USERS, by role (and `expired`). */
export const ROLE_TOKENS = Object.fromEntries(Object.entries(ROLE_USERS).map(([k, u]) => [k, u.token])) as { [K in keyof typeof ROLE_USERS]: (typeof ROLE_USERS)[K]['token'] };

/** Writes `users` as an AUTH_FILE named users.json in `dir`; returns its path. */
export function writeAuthFile(dir: string, users: readonly TestUser[] = Object.values(ROLE_USERS)): string {
  const file = join(dir, 'users.json');
  writeFileSync(file, JSON.stringify(users.map(({ token, ...user }) => ({ ...user, tokenSha256: sha256Hex(token) }))));
  return file;
}
