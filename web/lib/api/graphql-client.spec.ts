import { describe, expect, it } from 'vitest';
import { ApiError, asApiError, fromGraphQLError } from './api-error.ts';
import { requestGraphQL } from './graphql-client.ts';
import { buildPartsQuery, fetchGraphParts, partKey, type GraphPart } from './queries.ts';

const answering = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('the GraphQL client', () => {
  it('returns data with the errors of single fields', async () => {
    const r = await requestGraphQL<{ a: number }>({
      query: '{ a }',
      fetch: answering(200, { data: { a: 1 }, errors: [{ message: 'no such id', path: ['p1'], extensions: { code: 'NOT_FOUND' } }] }),
    });
    expect(r.data.a).toBe(1);
    expect(r.errors[0]).toMatchObject({ code: 'NOT_FOUND', path: 'p1' });
  });

  it('turns a 401 into UNAUTHENTICATED and a refused field into FORBIDDEN with the role it needs', async () => {
    const refused = requestGraphQL({ query: '{ a }', fetch: answering(401, { errors: [{ message: 'The token is not recognised.', extensions: { code: 'UNAUTHENTICATED' } }] }) });
    await expect(refused).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const forbidden = requestGraphQL({
      query: '{ a }',
      fetch: answering(200, { data: null, errors: [{ message: 'needs analyst', path: ['a'], extensions: { code: 'FORBIDDEN', field: 'a', role: 'ANALYST' } }] }),
    });
    await expect(forbidden).rejects.toMatchObject({ code: 'FORBIDDEN', role: 'ANALYST', path: 'a' });
  });

  it('throws the API error when there is no data', async () => {
    const req = requestGraphQL({ query: '{ a }', fetch: answering(400, { errors: [{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT' } }] }) });
    await expect(req).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'bad date' });
  });

  it('names an unreachable API as such', async () => {
    await expect(requestGraphQL({ query: '{ a }', fetch: answering(502, 'Bad Gateway') })).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
    expect(asApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('maps codes it knows and calls the rest internal', () => {
    expect(fromGraphQLError({ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }).code).toBe('DATABASE_UNAVAILABLE');
    expect(fromGraphQLError({ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }).code).toBe('INTERNAL');
    expect(fromGraphQLError({ message: 'The transaction has timed out', extensions: { code: 'DATABASE_UNAVAILABLE' } }).code).toBe('TIMEOUT');
    expect(asApiError(new ApiError('NOT_FOUND', 'n')).code).toBe('NOT_FOUND');
  });
});

describe('the batched graph query', () => {
  it('asks for every part under its own alias with typed variables', () => {
    const { query, variables } = buildPartsQuery([
      { kind: 'node', id: 'CN1' },
      { kind: 'expand', id: 'CN1', types: ['HOLDS'], limit: 150, asOf: '2020-01-01' },
      { kind: 'path', from: 'A', to: 'B', maxHops: 4 },
    ]);
    expect(query).toContain('query GraphParts($p0: ID!, $p1: ID!, $p1t: [String!], $p1l: Int, $p1d: Date, $p2f: ID!, $p2to: ID!, $p2h: Int)');
    expect(query).toContain('p0: entity(id: $p0) { node {');
    expect(query).toContain('p1: neighborhood(id: $p1, depth: 1, relTypes: $p1t, asOf: $p1d, limit: $p1l) {');
    expect(query).toContain('p2: paths(from: $p2f, to: $p2to, maxHops: $p2h) {');
    expect(variables).toEqual({ p0: 'CN1', p1: 'CN1', p1t: ['HOLDS'], p1l: 150, p1d: '2020-01-01', p2f: 'A', p2to: 'B', p2h: 4 });
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
    const request = (async (req: { query: string }) => {
      const aliases = [...req.query.matchAll(/\bp(\d+): neighborhood/g)].map((m) => Number(m[1]));
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
