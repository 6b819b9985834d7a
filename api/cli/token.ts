import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseAuthEntries, sha256Hex } from '../access/auth-file.ts';
import { ROLES, type Role } from '../access/roles.ts';

// `npm run auth:token -- --name NAME --role ROLE [--expires ISO] [--file AUTH_FILE]`: a new random
// token, printed once, and its AUTH_FILE entry (only its SHA-256), appended to --file when given.

function fail(message: string): never {
  console.error(`auth:token: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { name: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' }, file: { type: 'string' } },
  strict: true,
});
if (!values.name?.trim()) fail('--name is required (who the token is for)');
if (!values.role || !(ROLES as readonly string[]).includes(values.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if (values.expires && Number.isNaN(new Date(values.expires).getTime())) fail(`--expires must be an ISO date-time such as 2027-01-31T00:00:00Z, got "${values.expires}"`);

const token = randomBytes(32).toString('base64url');
const entry = { name: values.name.trim(), role: values.role as Role, tokenSha256: sha256Hex(token), ...(values.expires ? { expires: new Date(values.expires).toISOString() } : {}) };

if (values.file) {
  const entries: unknown[] = existsSync(values.file) ? (JSON.parse(readFileSync(values.file, 'utf8')) as unknown[]) : [];
  const next = [...entries, entry];
  // The whole file must still load: the API refuses a file with any bad entry.
  parseAuthEntries(JSON.stringify(next), values.file);
  writeFileSync(values.file, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
  console.error(`added "${entry.name}" (${entry.role}) to ${values.file}`);
} else {
  console.error('AUTH_FILE entry (add it to the JSON array):');
  console.error(JSON.stringify(entry));
}
console.error('the token (shown only now; give it to the user, it is not stored anywhere):');
console.log(token);
