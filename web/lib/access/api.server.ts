import { isRole, type Access, type Session } from './roles.ts';

// The web server's side of access control: the API's address, the cookie that holds the
// signed-in user's token, and asking the API who that token belongs to. The token stays on the
// server: pages and scripts never see it (the cookie is HttpOnly), and it is never logged.

/** HttpOnly cookie with the bearer token; set by the sign-in page, read by the /graphql proxy. */
export const TOKEN_COOKIE = 'ipatlas-token';

export const API_URL = apiUrl();

function apiUrl(): string {
  // The API's defaults (api/http/config.ts): the web server reads the same two variables itself.
  const apiHost = process.env.API_HOST || '127.0.0.1';
  const apiPort = process.env.API_PORT || '4000';
  // An API listening on every interface is reached on loopback.
  const host = apiHost === '0.0.0.0' || apiHost === '::' ? '127.0.0.1' : apiHost;
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${apiPort}/graphql`;
}

/** How long a sign-in lasts on this browser at most: a working day, or less when the token expires sooner. */
export const SIGN_IN_HOURS = 12;

/** When the sign-in cookie of a token expiring at `tokenExpires` (ISO; null: never) should end. */
export function signInExpiry(tokenExpires: string | null, now = new Date()): Date {
  const end = new Date(now.getTime() + SIGN_IN_HOURS * 3_600_000);
  const token = tokenExpires ? new Date(tokenExpires) : null;
  return token && !Number.isNaN(token.getTime()) && token < end ? token : end;
}

/** The Authorization header for a token, when there is one. */
export function bearer(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

const SESSION_QUERY = 'query Session { session { user role local grants expires } }';
const SESSION_TIMEOUT_MS = 10_000;

export type SessionAnswer =
  | { kind: 'ok'; session: Session }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'unavailable'; message: string };

/** Asks the API whose token this is (none: the local user, when the API runs without AUTH_FILE). */
export async function askSession(token: string | undefined): Promise<SessionAnswer> {
  let res: Response;
  try {
    res = await fetch(API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...bearer(token) },
      body: JSON.stringify({ query: SESSION_QUERY }),
      signal: AbortSignal.timeout(SESSION_TIMEOUT_MS),
    });
  } catch (err) {
    return { kind: 'unavailable', message: (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name };
  }
  const body = (await res.json().catch(() => null)) as { data?: { session?: unknown }; errors?: { message?: string; extensions?: { code?: string } }[] } | null;
  const first = body?.errors?.[0];
  if (res.status === 401 || first?.extensions?.code === 'UNAUTHENTICATED') return { kind: 'unauthenticated', message: first?.message ?? 'not signed in' };
  const s = body?.data?.session as Partial<Session> | undefined;
  if (!s || typeof s.user !== 'string' || !isRole(s.role)) return { kind: 'unavailable', message: first?.message ?? `the API answered ${res.status}` };
  return { kind: 'ok', session: { user: s.user, role: s.role, local: s.local === true, grants: Array.isArray(s.grants) ? s.grants.map(String) : [], expires: typeof s.expires === 'string' ? s.expires : null } };
}

/** What the layout shows of the visitor: signed in (or the local user), asked to sign in, or unknown. */
export async function accessFor(token: string | undefined): Promise<Access> {
  const answer = await askSession(token);
  if (answer.kind === 'ok') return { session: answer.session, signIn: null };
  if (answer.kind === 'unauthenticated') return { session: null, signIn: { reason: token ? 'rejected' : 'missing', message: answer.message } };
  return { session: null, signIn: null };
}
