import { signInLost } from '../access/sign-in-lost.ts';
import { ApiError, fromGraphQLError } from './api-error.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

/** Same origin: the SvelteKit server proxies /graphql to the API (web/hooks.server.ts). */
export const GRAPHQL_PATH = '/graphql';

/** Variables as the document declares them (inferred from it alone), left out only when none is required. */
type VariablesOption<V> = Record<string, never> extends V ? { variables?: NoInfer<V> } : { variables: NoInfer<V> };

export type GraphQLRequest<R, V> = {
  /** A typed document (a `graphql()` call codegen knows): its answer and variables are typed. */
  document: TypedDocumentString<R, V>;
  signal?: AbortSignal;
  /** SvelteKit's `fetch` in a load function; the global one otherwise. */
  fetch?: typeof fetch;
  /** Where to send it: the web server's proxy, unless the web server itself asks the API. */
  url?: string;
  headers?: Record<string, string>;
} & VariablesOption<V>;

export interface GraphQLResponse<T> {
  data: T;
  /** Errors of single fields while the rest answered (e.g. one of several aliased lookups). */
  errors: ApiError[];
}

/** Runs one GraphQL operation; throws an ApiError when nothing usable came back. */
export async function requestGraphQL<R, V>(req: GraphQLRequest<R, V>): Promise<GraphQLResponse<R>> {
  const doFetch = req.fetch ?? fetch;
  const res = await doFetch(req.url ?? GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...req.headers },
    body: JSON.stringify({ query: req.document.toString(), variables: req.variables ?? {} }),
    signal: req.signal,
  });
  let body: { data?: R | null; errors?: unknown[] } | undefined;
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
