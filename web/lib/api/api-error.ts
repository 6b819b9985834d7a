/**
 * What went wrong, as a code the UI turns into a plain sentence (messages `error.<code>`).
 * GraphQL codes come from the API's `extensions.code`; the others are the browser's view.
 */
export type ApiErrorCode =
  | 'NETWORK'
  | 'API_UNAVAILABLE'
  | 'DATABASE_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'SERVER_BUSY'
  | 'INTERNAL';

const KNOWN: ReadonlySet<string> = new Set<ApiErrorCode>([
  'API_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVER_BUSY',
]);

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** Which aliased field failed, when the API says so. */
  readonly path: string | undefined;
  /** FORBIDDEN: the least role the field or argument needs (VIEWER, ANALYST, SUPERVISOR). */
  readonly role: string | undefined;
  /** BAD_USER_INPUT: the values the argument could take instead, when the API lists them. */
  readonly allowed: readonly string[];
  constructor(code: ApiErrorCode, message: string, path?: string, role?: string, allowed: readonly string[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.path = path;
    this.role = role;
    this.allowed = allowed;
  }
}

/** Failures that may pass by themselves, where "Try again" can help; bad input cannot be retried away. */
export function isTransient(code: ApiErrorCode): boolean {
  return ['NETWORK', 'API_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'TIMEOUT', 'RATE_LIMITED', 'SERVER_BUSY', 'INTERNAL'].includes(code);
}

interface RawGraphQLError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; role?: unknown; allowed?: unknown };
}

/** One GraphQL error object as an ApiError; unknown codes become INTERNAL. */
export function fromGraphQLError(raw: RawGraphQLError): ApiError {
  const message = typeof raw.message === 'string' ? raw.message : 'unknown error';
  const rawCode = typeof raw.extensions?.code === 'string' ? raw.extensions.code : '';
  const path = Array.isArray(raw.path) && typeof raw.path[0] === 'string' ? raw.path[0] : undefined;
  // Neo4j's "transaction timed out" reaches us as DATABASE_* or as text: both mean "too slow".
  if (/time(d)? ?out/i.test(message) && rawCode !== 'BAD_USER_INPUT') return new ApiError('TIMEOUT', message, path);
  const code = KNOWN.has(rawCode) ? (rawCode as ApiErrorCode) : 'INTERNAL';
  const role = typeof raw.extensions?.role === 'string' ? raw.extensions.role : undefined;
  const allowed = Array.isArray(raw.extensions?.allowed) ? raw.extensions.allowed.map(String) : [];
  return new ApiError(code, message, path, role, allowed);
}

/** Any thrown value as an ApiError, so every failure can be shown as a sentence. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof TypeError) return new ApiError('NETWORK', err.message);
  return new ApiError('INTERNAL', err instanceof Error ? err.message : String(err));
}

/** True for an aborted fetch: a newer request replaced it, nothing to show. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** A failure as a load function returns it: plain data, since SvelteKit serializes it from server to browser. */
export type LoadFailure = Pick<ApiError, 'code' | 'message'> & { allowed?: readonly string[] };

export function loadFailure(err: unknown): LoadFailure {
  const { code, message, allowed } = asApiError(err);
  return { code, message, allowed: [...allowed] };
}
