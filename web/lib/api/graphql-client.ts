import { signInLost } from '../access/sign-in-lost.ts';
import { ApiError, fromGraphQLError } from './api-error.ts';

/** Same origin: the SvelteKit server proxies /graphql to the API (web/hooks.server.ts). */
export const GRAPHQL_PATH = '/graphql';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  signal?: AbortSignal;
  /** SvelteKit's `fetch` in a load function; the global one otherwise. */
  fetch?: typeof fetch;
}

export interface GraphQLResponse<T> {
  data: T;
  /** Errors of single fields while the rest answered (e.g. one of several aliased lookups). */
  errors: ApiError[];
}

/** Runs one GraphQL operation; throws an ApiError when nothing usable came back. */
export async function requestGraphQL<T>(req: GraphQLRequest): Promise<GraphQLResponse<T>> {
  const doFetch = req.fetch ?? fetch;
  const res = await doFetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: req.query, variables: req.variables ?? {} }),
    signal: req.signal,
  });
  let body: { data?: T | null; errors?: unknown[] } | undefined;
  try {
    body = (await res.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const errors = (body?.errors ?? []).map((e) => fromGraphQLError(e as Parameters<typeof fromGraphQLError>[0]));
  // The API refuses the whole request before any field runs: the page asks the user to sign in.
  if (res.status === 401) {
    signInLost.set(true);
    throw errors[0]?.code === 'UNAUTHENTICATED' ? errors[0] : new ApiError('UNAUTHENTICATED', `the API answered ${res.status}`);
  }
  if (body?.data) return { data: body.data, errors };
  if (errors[0]) throw errors[0];
  if (res.status === 502 || res.status === 503 || res.status === 504) {
    throw new ApiError('API_UNAVAILABLE', `the API answered ${res.status}`);
  }
  throw new ApiError('INTERNAL', `the API answered ${res.status} without data`);
}
