import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError, QueryTimeoutError, StillPreparingError } from '../../graph/driver.ts';
import { HiddenNodeError, NodeNotFoundError } from '../../graph/queries/node-by-id.ts';

// Every error a client sees carries one of these codes in `extensions.code`; anything else is
// reported as INTERNAL_SERVER_ERROR with a fixed message, so no Cypher, stack or driver text leaks.

export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVER_BUSY: 'SERVER_BUSY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** What a client is told whenever Neo4j is down, whether a read found it so or the request queue did. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly.';

/** Codes of Apollo's own request errors (bad JSON, unknown field, …): their messages are about the request, so they pass. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const PUBLIC_CODES = new Set<string>([ERROR_CODES.BAD_USER_INPUT, ERROR_CODES.NOT_FOUND, ERROR_CODES.QUERY_TOO_COMPLEX, ERROR_CODES.FORBIDDEN, ...APOLLO_REQUEST_CODES]);

/** A bad argument value, naming the argument (and the allowed values, when there is a list). */
export function badUserInput(argument: string, message: string, { allowed, nodes }: { allowed?: readonly (string | number)[]; nodes?: ASTNode } = {}): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    ...(nodes ? { nodes } : {}),
    extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument, ...(allowed ? { allowed } : {}) },
  });
}

export function notFound(argument: string, id: string, message = `No node has the id "${id}" (argument "${argument}").`): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ERROR_CODES.NOT_FOUND, argument, id },
  });
}

/**
 * A field, argument or node beyond the caller's role. `what` names it (`licenseeCandidates`, or an
 * argument such as `id`); `role` is the least role that may have it.
 */
export function forbidden(what: string, message: string, { role, argument }: { role: string; argument?: string }): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ERROR_CODES.FORBIDDEN, role: role.toUpperCase(), ...(argument ? { argument } : { field: what }) },
  });
}


/**
 * A query refused by GraphQL Armor's depth, alias, cost, directive or token limits, or by the
 * request cost limit (`detail`: its cost and the limit). Always HTTP 400, whichever hook refused it.
 */
export class QueryTooComplexError extends GraphQLError {
  constructor(
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message.replace(/^Syntax Error: /, ''), { extensions: { code: ERROR_CODES.QUERY_TOO_COMPLEX, http: { status: 400 } } });
  }
}

function codeOf(error: unknown): string | undefined {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The code a failure is reported with; also what the request log records. */
export function classify(error: unknown): { code: string; message?: string; extensions?: Record<string, unknown> } {
  const original = unwrapResolverError(error);
  // Apollo wraps validation-rule errors (armor's) and scalar parse errors; look one level down too.
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  for (const e of [original, inner]) {
    if (e instanceof QueryTooComplexError) return { code: ERROR_CODES.QUERY_TOO_COMPLEX, message: e.message, extensions: e.detail };
    if (e instanceof DatabaseUnavailableError) return { code: ERROR_CODES.DATABASE_UNAVAILABLE, message: DATABASE_UNAVAILABLE_MESSAGE };
    if (e instanceof StillPreparingError) return { code: ERROR_CODES.TIMEOUT, message: 'The server is still preparing this answer (a query plan, or a whole-graph sweep that goes on without this request); try again shortly.' };
    if (e instanceof QueryTimeoutError) return { code: ERROR_CODES.TIMEOUT, message: 'The query took longer than its time limit; narrow it (depth, limit, relTypes).' };
    // A node the caller's role may not see is answered exactly as an id no node has: whether a
    // person with that id exists is itself what the role may not learn.
    if (e instanceof NodeNotFoundError || e instanceof HiddenNodeError) {
      const n = notFound(e.option, e.id);
      return { code: ERROR_CODES.NOT_FOUND, message: n.message, extensions: n.extensions };
    }
  }
  if (codeOf(inner) === ERROR_CODES.BAD_USER_INPUT) return { code: ERROR_CODES.BAD_USER_INPUT };
  const code = codeOf(original);
  // graphql-js's own token limit (parseOptions.maxTokens) aborts the parse with this message.
  if (code === 'GRAPHQL_PARSE_FAILED' && original instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(original.message)) {
    return { code: ERROR_CODES.QUERY_TOO_COMPLEX, message: `The query has more than ${original.message.match(/(\d+) tokens/)?.[1] ?? 'the allowed'} tokens.` };
  }
  if (original instanceof GraphQLError && code && PUBLIC_CODES.has(code)) return { code };
  return { code: ERROR_CODES.INTERNAL_SERVER_ERROR, message: 'Internal server error.' };
}

/** Apollo's formatError: stable codes, nothing internal. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const c = classify(error);
  const { stacktrace: _stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const keep = c.code !== ERROR_CODES.INTERNAL_SERVER_ERROR && c.message === undefined;
  return {
    message: c.message ?? formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...(keep ? extensions : {}), ...(c.extensions ?? {}), code: c.code },
  };
}
