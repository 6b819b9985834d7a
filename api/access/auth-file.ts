import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ROLES, type Role } from './roles.ts';

// AUTH_FILE: the API's users, `[{ "name", "role", "tokenSha256", "expires"? }]`. Only the SHA-256
// of each token is stored, so the file grants nothing to whoever reads it.

export interface AuthEntry {
  name: string;
  role: Role;
  tokenSha256: string;
  /** ISO date-time after which the token is refused; none: it does not expire. */
  expires: Date | null;
}

export class AuthFileError extends Error {}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The entries of an AUTH_FILE's JSON text; every fault named with its entry, and nothing accepted half. */
export function parseAuthEntries(text: string, file: string): AuthEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new AuthFileError(`AUTH_FILE ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new AuthFileError(`AUTH_FILE ${file} must be a non-empty JSON array of { "name", "role", "tokenSha256" }`);
  const faults: string[] = [];
  const entries: AuthEntry[] = [];
  const hashes = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const at = `entry ${i + 1}`;
    if (typeof item !== 'object' || item === null) return void faults.push(`${at}: not an object`);
    const { name, role, tokenSha256, expires } = item as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') faults.push(`${at}: "name" must be a non-empty string`);
    if (!(ROLES as readonly unknown[]).includes(role)) faults.push(`${at}: "role" must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role)}`);
    if (typeof tokenSha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(tokenSha256)) {
      faults.push(`${at}: "tokenSha256" must be 64 hex digits (the SHA-256 of the token, never the token itself)`);
    } else if (hashes.has(tokenSha256.toLowerCase())) {
      faults.push(`${at}: the same token hash as an earlier entry`);
    } else hashes.add(tokenSha256.toLowerCase());
    let until: Date | null = null;
    if (expires !== undefined && expires !== null) {
      until = typeof expires === 'string' ? new Date(expires) : new Date(NaN);
      if (Number.isNaN(until.getTime())) faults.push(`${at}: "expires" must be an ISO date-time such as 2027-01-31T00:00:00Z, got ${JSON.stringify(expires)}`);
    }
    entries.push({ name: String(name), role: role as Role, tokenSha256: String(tokenSha256).toLowerCase(), expires: until });
  });
  if (faults.length > 0) throw new AuthFileError(`AUTH_FILE ${file}:\n  ${faults.join('\n  ')}`);
  return entries;
}

export function loadAuthFile(file: string): AuthEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new AuthFileError(`AUTH_FILE ${file} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseAuthEntries(text, file);
}
