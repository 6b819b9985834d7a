import { ApiError } from '../api/api-error.ts';
import { graphql } from '../api/generated/index.ts';
import { requestGraphQL } from '../api/graphql-client.ts';
import { apiGraphQLUrl } from '../server/api-address.ts';
import type { Access, Session } from './roles.ts';

// The web server's side of access control: the API's address, the cookie that holds the
// signed-in user's token, and asking the API who that token belongs to. The token stays on the
// server: pages and scripts never see it (the cookie is HttpOnly), and it is never logged.

/** HttpOnly cookie with the bearer token; set by the sign-in page, read by the /graphql proxy. */
export const TOKEN_COOKIE = 'ipatlas-token';

export const API_URL = apiGraphQLUrl();

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

const SessionDocument = graphql(`
  query Session {
    session {
      user
      role
      local
      grants
      expires
    }
  }
`);
const SESSION_TIMEOUT_MS = 10_000;

export type SessionAnswer =
  | { kind: 'ok'; session: Session }
  | { kind: 'unauthenticated'; message: string }
  | { kind: 'unavailable'; message: string };

/** Asks the API whose token this is (none: the local user, when the API runs without AUTH_FILE). */
export async function askSession(token: string | undefined): Promise<SessionAnswer> {
  try {
    const { data } = await requestGraphQL({ document: SessionDocument, url: API_URL, headers: bearer(token), signal: AbortSignal.timeout(SESSION_TIMEOUT_MS) });
    return { kind: 'ok', session: data.session };
  } catch (err) {
    if (err instanceof ApiError) return err.code === 'UNAUTHENTICATED' ? { kind: 'unauthenticated', message: err.message } : { kind: 'unavailable', message: err.message };
    // fetch failed: the socket's error code (ECONNREFUSED) or the timeout says more than its message.
    return { kind: 'unavailable', message: (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name };
  }
}

/** What the layout shows of the visitor: signed in (or the local user), asked to sign in, or unknown. */
export async function accessFor(token: string | undefined): Promise<Access> {
  const answer = await askSession(token);
  if (answer.kind === 'ok') return { session: answer.session, signIn: null };
  if (answer.kind === 'unauthenticated') return { session: null, signIn: { reason: token ? 'rejected' : 'missing', message: answer.message } };
  return { session: null, signIn: null };
}
