import type { RawResponse } from './http.ts';

// What every answer to a bad request must look like, as a list of problems (empty: fine), so a
// test can probe hundreds of values and report every failure at once, and a property test can
// print the problems of its counterexample.

/** The codes the API documents for a request it refuses (api/graphql/errors.ts and Apollo's own). */
export const REFUSAL_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Words of Cypher, the driver or a stack trace: none belongs in a message a client reads. */
const INTERNALS = [
  /\bneo4j\b|\bNeo\.|cypher|node_modules|\.[jt]s:\d+|TypeError|ReferenceError|RangeError|\[object Object\]|\bundefined\b|\bNaN\b/i,
  /\bMATCH\b|\bRETURN\b|\bUNWIND\b|\bOPTIONAL\b|\bWHERE\b|Integer\{|\bat [\w.<>$]+ \(/,
];

/** Longest message a client should have to read, besides the values it sent. */
const MAX_MESSAGE = 600;
/** Longest message with the values it quotes back: a huge value is cut, not echoed whole. */
const MAX_QUOTING_MESSAGE = 2000;

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; argument?: string; [k: string]: unknown };
}

export interface CheckOptions {
  /** HTTP statuses accepted; default 200 and 400. */
  statuses?: readonly number[];
  /** The argument under test: a BAD_USER_INPUT or NOT_FOUND must name it (as `extensions.argument`, or its variable). */
  argument?: { name: string; variable: string };
  /** Several arguments under test: a BAD_USER_INPUT or NOT_FOUND must name one of them (or a variable). */
  argumentNames?: readonly string[];
  /** Values the request carried, which a message may quote back. */
  sent?: readonly unknown[];
}

function strings(values: readonly unknown[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v, JSON.stringify(v).slice(1, -1));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  // Longest first, so a value is removed whole before a shorter one inside it. Shorter values
  // stay: removing a sent "e" everywhere would hide the words looked for.
  return [...new Set(out)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
}

/** The message without the values the client sent, which it may quote whole or cut short with `…`. */
function ownWords(message: string, sent: readonly unknown[]): string {
  // graphql-js quotes a refused variable's whole value as it printed it (numbers and nesting
  // included), which the sent strings alone do not match: that quote is the client's, not ours.
  let m = message.replace(/^(Variable "\$\w+" got invalid value ).*?(; [A-Z])/s, '$1…$2');
  for (const s of strings(sent)) {
    m = m.split(s).join('…');
    for (let k = Math.min(s.length - 1, 200); k >= 8; k--) {
      const cut = `${s.slice(0, k)}…`;
      if (m.includes(cut)) m = m.split(cut).join('…');
    }
  }
  return m;
}

export function problemsOf(res: RawResponse, { statuses = [200, 400], argument, argumentNames, sent = [] }: CheckOptions = {}): string[] {
  const problems: string[] = [];
  if (!statuses.includes(res.status)) problems.push(`HTTP ${res.status}`);
  const body = res.json as { data?: unknown; errors?: unknown } | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [...problems, `body is not a JSON object: ${res.text.slice(0, 200)}`];
  if (!('data' in body) && !('errors' in body)) problems.push('neither data nor errors');
  if (body.errors === undefined) {
    if (body.data == null) problems.push('no data and no errors');
    return problems;
  }
  if (!Array.isArray(body.errors) || body.errors.length === 0) return [...problems, 'errors is not a non-empty list'];
  for (const e of body.errors as GraphqlError[]) {
    const code = e?.extensions?.code;
    if (typeof e?.message !== 'string' || typeof code !== 'string') {
      problems.push(`malformed error ${JSON.stringify(e).slice(0, 200)}`);
      continue;
    }
    if (!REFUSAL_CODES.has(code)) problems.push(`code ${code}: ${e.message.slice(0, 200)}`);
    const own = ownWords(e.message, sent);
    if (INTERNALS.some((r) => r.test(own))) problems.push(`message shows internals: ${own.slice(0, 300)}`);
    if (own.length > MAX_MESSAGE) problems.push(`message of ${own.length} characters: ${own.slice(0, 200)}…`);
    if (e.message.length > MAX_QUOTING_MESSAGE) problems.push(`message of ${e.message.length} characters with the values sent: ${e.message.slice(0, 200)}…`);
    if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') {
      const named = e.extensions?.argument;
      // Apollo's refusal of a variable's value names the variable instead.
      const variable = /^Variable "\$(\w+)"/.exec(e.message)?.[1];
      if (named === undefined && variable === undefined) problems.push(`${code} names no argument: ${e.message.slice(0, 200)}`);
      if (argument && named !== undefined && named !== argument.name) problems.push(`${code} names "${named}", not "${argument.name}": ${e.message.slice(0, 200)}`);
      if (argument && named === undefined && variable !== undefined && variable !== argument.variable) problems.push(`${code} names $${variable}, not $${argument.variable}`);
      if (argumentNames && named !== undefined && !argumentNames.includes(named)) problems.push(`${code} names "${named}", which is no argument of the field: ${e.message.slice(0, 200)}`);
    }
  }
  return problems;
}
