import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, print, validate, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiError, asApiError, fromGraphQLError } from './api-error.ts';
import { TypedDocumentString } from './generated/graphql.ts';
import { requestGraphQL } from './graphql-client.ts';
import { buildPartsQuery, fetchGraphParts, partKey, type GraphPart } from './queries.ts';

/** The API's schema, as codegen reads it. */
const SCHEMA = buildSchema(
  ['api/schema.graphql', ...readdirSync('api/schema').filter((f) => f.endsWith('.graphql')).map((f) => `api/schema/${f}`)].map((f) => readFileSync(f, 'utf8')).join('\n'),
);

/** A document of this spec's own: the client is tested apart from the schema. */
const A = new TypedDocumentString<{ a: number }, Record<string, never>>('{ a }');

const answering = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('the GraphQL client', () => {
  it('returns data with the errors of single fields', async () => {
    const r = await requestGraphQL({
      document: A,
      fetch: answering(200, { data: { a: 1 }, errors: [{ message: 'no such id', path: ['p1'], extensions: { code: 'NOT_FOUND' } }] }),
    });
    expect(r.data.a).toBe(1);
    expect(r.errors[0]).toMatchObject({ code: 'NOT_FOUND', path: 'p1' });
  });

  it('turns a 401 into UNAUTHENTICATED and a refused field into FORBIDDEN with the role it needs', async () => {
    const refused = requestGraphQL({ document: A, fetch: answering(401, { errors: [{ message: 'The token is not recognised.', extensions: { code: 'UNAUTHENTICATED' } }] }) });
    await expect(refused).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const forbidden = requestGraphQL({
      document: A,
      fetch: answering(200, { data: null, errors: [{ message: 'needs analyst', path: ['a'], extensions: { code: 'FORBIDDEN', field: 'a', role: 'ANALYST' } }] }),
    });
    await expect(forbidden).rejects.toMatchObject({ code: 'FORBIDDEN', role: 'ANALYST', path: 'a' });
  });

  it('throws the API error when there is no data', async () => {
    const req = requestGraphQL({ document: A, fetch: answering(400, { errors: [{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT' } }] }) });
    await expect(req).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'bad date' });
  });

  it('names an unreachable API as such', async () => {
    await expect(requestGraphQL({ document: A, fetch: answering(502, 'Bad Gateway') })).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
    expect(asApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('maps codes it knows and calls the rest internal', () => {
    expect(fromGraphQLError({ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }).code).toBe('DATABASE_UNAVAILABLE');
    expect(fromGraphQLError({ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }).code).toBe('INTERNAL');
    expect(fromGraphQLError({ message: 'The transaction has timed out', extensions: { code: 'DATABASE_UNAVAILABLE' } }).code).toBe('TIMEOUT');
    expect(asApiError(new ApiError('NOT_FOUND', 'n')).code).toBe('NOT_FOUND');
  });
});

describe('typed documents', () => {
  it('take the variables their operation declares, and only those', () => {
    const D = new TypedDocumentString<{ a: number }, { id: string; first?: number | null }>('query D($id: ID!, $first: Int) { a }');
    // Checked by the type checker (npm run check), never run.
    const misuses = () => [
      // @ts-expect-error: `id` is required
      requestGraphQL({ document: D }),
      // @ts-expect-error: the operation declares no `other`
      requestGraphQL({ document: D, variables: { id: 'x', other: 1 } }),
      // @ts-expect-error: `first` is a number
      requestGraphQL({ document: D, variables: { id: 'x', first: '10' } }),
      // An operation without required variables needs none.
      requestGraphQL({ document: A }),
    ];
    expect(typeof misuses).toBe('function');
  });
});

describe('the batched graph query', () => {
  it('asks for every part under its own alias with typed variables, in a document the schema accepts', () => {
    const { query, variables } = buildPartsQuery([
      { kind: 'node', id: 'CN1' },
      { kind: 'expand', id: 'CN1', types: ['HOLDS'], limit: 150, asOf: '2020-01-01' },
      { kind: 'path', from: 'A', to: 'B', maxHops: 4, limit: 10 },
    ]);
    expect(query).toContain('query GraphParts($p0_id: ID!, $p1_id: ID!, $p1_types: [String!], $p1_limit: Int, $p1_asOf: Date, $p2_from: ID!, $p2_to: ID!, $p2_maxHops: Int, $p2_limit: Int)');
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const roots = operation.selectionSet.selections.map((f) => {
      const field = f as FieldNode;
      return `${field.alias?.value}: ${field.name.value}(${(field.arguments ?? []).map((a) => `${a.name.value}: ${print(a.value)}`).join(', ')})`;
    });
    expect(roots).toEqual([
      'p0: entity(id: $p0_id)',
      'p1: neighborhood(id: $p1_id, depth: 1, relTypes: $p1_types, asOf: $p1_asOf, limit: $p1_limit)',
      'p2: paths(from: $p2_from, to: $p2_to, maxHops: $p2_maxHops, limit: $p2_limit)',
    ]);
    expect(variables).toEqual({ p0_id: 'CN1', p1_id: 'CN1', p1_types: ['HOLDS'], p1_limit: 150, p1_asOf: '2020-01-01', p2_from: 'A', p2_to: 'B', p2_maxHops: 4, p2_limit: 10 });
    expect(validate(SCHEMA, document).map((e) => e.message)).toEqual([]);
    // Each fragment once, however many parts spread it.
    expect(query.match(/fragment DrawnGraphFields /g)).toHaveLength(1);
  });

  it('keys parts so the same question is asked once', () => {
    expect(partKey({ kind: 'expand', id: 'A', types: ['OWNS', 'HOLDS'], limit: 150, asOf: null })).toBe(
      partKey({ kind: 'expand', id: 'A', types: ['HOLDS', 'OWNS'], limit: 150, asOf: null }),
    );
  });

  it('splits a batch the API finds too costly until each half fits', async () => {
    const parts: GraphPart[] = Array.from({ length: 5 }, (_, i) => ({ kind: 'expand', id: `N${i}`, types: null, limit: 2000, asOf: null }));
    const asked: number[] = [];
    // This API takes at most two parts a request.
    const request = (async (req: { document: { toString(): string } }) => {
      const aliases = [...req.document.toString().matchAll(/\bp(\d+): neighborhood/g)].map((m) => Number(m[1]));
      asked.push(aliases.length);
      if (aliases.length > 2) throw new ApiError('QUERY_TOO_COMPLEX', 'The request costs too much.');
      return { data: Object.fromEntries(aliases.map((i) => [`p${i}`, { nodes: [], edges: [], truncated: false }])), errors: [] };
    }) as unknown as Parameters<typeof fetchGraphParts>[0]['request'];
    const { results, failed } = await fetchGraphParts({ parts, request });
    expect(failed.size).toBe(0);
    expect([...results.keys()]).toEqual(parts.map(partKey));
    expect(asked).toEqual([5, 3, 2, 1, 2]);
  });
});
