import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARMOR_LIMITS } from '../../api/graphql/armor.ts';
import type { Graph } from '../../graph/driver.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { post, postGraphql, send, type RawResponse } from './helpers/http.ts';
import { problemsOf, type GraphqlError } from './helpers/response-checks.ts';

// Requests that are wrong as a whole: bodies that are not JSON or too big, content types a form
// could send, batches, GET with a mutation, operations that do not parse or validate, variables of
// the wrong type, and queries beyond the shape limits. Each is refused with a status of 4xx, a
// JSON body and a documented code; none reaches a resolver. hardening.test.ts has the basic
// limits, CSRF and the 404; this file goes through the rest. Needs no data of its own.

const graph: Graph = testApiGraph();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
});

function errorsOf(res: RawResponse): GraphqlError[] {
  return ((res.json as { errors?: GraphqlError[] } | undefined)?.errors ?? []) as GraphqlError[];
}

/** Refused with `status` and `code`, well-formed, no data, nothing internal in the message. */
function expectRefused(res: RawResponse, status: number, code: string, message?: RegExp): void {
  expect(problemsOf(res, { statuses: [status] }), res.text.slice(0, 300)).toEqual([]);
  const errors = errorsOf(res);
  expect(errors.map((e) => e.extensions?.code), res.text.slice(0, 300)).toContain(code);
  expect((res.json as { data?: unknown }).data ?? null).toBeNull();
  if (message) expect(errors.map((e) => e.message).join(' | ')).toMatch(message);
}

const STATS = '{ stats { nodes } }';

describe('bodies', () => {
  it('refuses JSON that does not parse, and JSON that is not an object, saying so', async () => {
    for (const body of ['{"query":', '{"query": "{ stats { nodes } }"} trailing', "{'query': '{ stats { nodes } }'}", '\u0000', '"{ stats { nodes } }"', '5', 'null', 'true']) {
      expectRefused(await post(api.url, body), 400, 'BAD_REQUEST', /not valid JSON/);
    }
  });

  it('refuses a body over the size limit with 413 and a JSON error naming the limit', async () => {
    const res = await postGraphql(api.url, 'query($t: String!) { search(text: $t) { id } }', { t: 'x'.repeat(65 * 1024) });
    expectRefused(res, 413, 'BAD_REQUEST', /larger than the limit of 64kb/);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    // Just under the limit, the same string is read and refused by the argument check instead.
    const under = await postGraphql(api.url, 'query($t: String!) { search(text: $t) { id } }', { t: 'x'.repeat(60 * 1024) });
    expect(errorsOf(under)[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });

  it('counts the size limit after decompression, and refuses encodings and charsets it does not read', async () => {
    const query = { query: 'query($t: String!) { search(text: $t) { id } }', variables: { t: 'x'.repeat(1024 * 1024) } };
    const bomb = gzipSync(JSON.stringify(query));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const inflated = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    const res = { status: inflated.status, headers: inflated.headers, text: await inflated.text(), json: undefined as unknown };
    res.json = JSON.parse(res.text);
    expectRefused(res, 413, 'BAD_REQUEST', /larger than the limit/);
    const notGzip = await post(api.url, JSON.stringify({ query: STATS }), { headers: { 'content-encoding': 'gzip' } });
    expect(problemsOf(notGzip, { statuses: [400] }), notGzip.text).toEqual([]);
    const unknownEncoding = await post(api.url, JSON.stringify({ query: STATS }), { headers: { 'content-encoding': 'xz' } });
    expectRefused(unknownEncoding, 415, 'BAD_REQUEST', /encoding/);
    const charset = await post(api.url, JSON.stringify({ query: STATS }), { contentType: 'application/json; charset=latin1' });
    expectRefused(charset, 415, 'BAD_REQUEST', /charset/);
  });

  it('refuses numbers JSON cannot hold where a number is declared', async () => {
    const body = (n: string) => `{"query": "query($n: Int, $r: Float) { relatedPartyChains(holderId: \\"x\\", first: $n, minRisk: $r) { id } }", "variables": {${n}}}`;
    for (const n of ['"n": 1e400', '"n": -1e400', '"r": 1e400', '"n": 123456789012345678901234567890']) {
      expectRefused(await post(api.url, body(n)), 400, 'BAD_USER_INPUT', /Variable "\$[nr]"/);
    }
  });

  it('refuses a body without a query, a query that is not a string, and variables that are not an object', async () => {
    const cases: unknown[] = [{}, { query: '' }, { query: 5 }, { query: ['{ stats { nodes } }'] }, { query: STATS, variables: 'x' }, { query: STATS, variables: [1] }, { query: STATS, extensions: 'x' }, { query: STATS, operationName: 7 }];
    for (const body of cases) {
      const res = await post(api.url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(problemsOf(res, { statuses: [400] }), JSON.stringify(body)).toEqual([]);
    }
  });

  it('refuses batched operations', async () => {
    expectRefused(await post(api.url, [{ query: STATS }, { query: STATS }]), 400, 'BAD_REQUEST', /batching/i);
    expectRefused(await post(api.url, [{ query: STATS }]), 400, 'BAD_REQUEST');
  });

  it('blocks every content type a cross-site form can send (CSRF), and reads no other than JSON', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post(api.url, JSON.stringify({ query: STATS }), { contentType });
      expectRefused(res, 400, 'BAD_REQUEST', /CSRF/);
    }
    const graphqlType = await post(api.url, STATS, { contentType: 'application/graphql' });
    expect(graphqlType.status).toBe(400);
    expect(problemsOf(graphqlType, { statuses: [400] })).toEqual([]);
  });

  it('ignores keys that would pollute prototypes', async () => {
    const body = `{"query": "query($f: LicenseeFilters) { __typename }", "variables": {"__proto__": {"polluted": 1}, "f": {"__proto__": {"region": "x"}}}}`;
    const res = await post(api.url, body);
    expect(res.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers methods other than GET and POST with 405', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await send(api.url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: STATS }) });
      expect(res.status, method).toBe(405);
    }
  });
});

describe('GET', () => {
  const preflight = { 'apollo-require-preflight': 'true' };

  it('runs no mutation or subscription', async () => {
    for (const query of ['mutation { stats { nodes } }', 'subscription { stats { nodes } }']) {
      const res = await send(api.url, { query: { query }, headers: preflight });
      expect([400, 405], query).toContain(res.status);
      expect(problemsOf(res, { statuses: [400, 405] }), res.text).toEqual([]);
    }
  });

  it('refuses a URL longer than the server reads', async () => {
    const res = await send(api.url, { query: { query: `{ search(text: "${'x'.repeat(20_000)}") { id } }` }, headers: preflight });
    expect([414, 431]).toContain(res.status);
  });

  it('refuses variables or extensions that are not JSON', async () => {
    const vars = await send(api.url, { query: { query: 'query($t: String!) { search(text: $t) { id } }', variables: '{bad' }, headers: preflight });
    expectRefused(vars, 400, 'BAD_REQUEST');
    const ext = await send(api.url, { query: { query: STATS, extensions: '[' }, headers: preflight });
    expectRefused(ext, 400, 'BAD_REQUEST');
  });
});

describe('operations', () => {
  it('refuses what does not parse with GRAPHQL_PARSE_FAILED', async () => {
    for (const query of ['{ stats { nodes }', 'query {', '{ search(text: "unterminated) { id } }', '{ search(text: "\\ud800") { id } }', '}{', '{ stats { nodes } } garbage', 'query ($: Int) { stats { nodes } }']) {
      expectRefused(await postGraphql(api.url, query), 400, 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    }
  });

  it('refuses unknown fields and arguments without suggesting names', async () => {
    for (const query of ['{ nope }', '{ stats { nodes secret } }', '{ search(text: "x", bogus: 1) { id } }', '{ entity(id: "x", depth: 2) { node { id } } }']) {
      const res = await postGraphql(api.url, query);
      expectRefused(res, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(res.text, query).not.toMatch(/Did you mean/);
    }
  });

  it('refuses literals of the wrong type, naming where', async () => {
    for (const query of ['{ search(text: 5) { id } }', '{ search(text: "x", first: "5") { id } }', '{ search(text: "x", first: 2147483648) { id } }', '{ paths(from: "a", to: "b", mode: "ALL") { cut } }', '{ paths(from: "a", to: "b", mode: NONE) { cut } }', '{ neighborhood(id: "x", asOf: 20240101) { truncated } }', '{ licenseeCandidates(patentId: "x", filters: { nope: 1 }) { rank } }', '{ search { id } }', '{ search(text: null) { id } }']) {
      const res = await postGraphql(api.url, query);
      expectRefused(res, 400, 'GRAPHQL_VALIDATION_FAILED');
    }
    const date = await postGraphql(api.url, '{ policiesCovering(actorId: "x", asOf: "2024-02-30") { scope } }');
    expectRefused(date, 400, 'BAD_USER_INPUT', /asOf/);
    expect(errorsOf(date)[0]?.extensions?.argument).toBe('asOf');
  });

  it('refuses variables of the wrong type, naming the variable', async () => {
    const SEARCH = 'query($t: String!, $n: Int) { search(text: $t, first: $n) { id } }';
    const cases: [Record<string, unknown>, string][] = [
      [{ t: 'x', n: 'five' }, 'n'],
      [{ t: 'x', n: 2 ** 31 }, 'n'],
      [{ t: 'x', n: 1.5 }, 'n'],
      [{ t: 'x', n: [1] }, 'n'],
      [{ t: 5 }, 't'],
      [{ t: null }, 't'],
      [{ t: { $ne: '' } }, 't'],
      [{}, 't'],
    ];
    for (const [variables, name] of cases) {
      const res = await postGraphql(api.url, SEARCH, variables);
      expectRefused(res, 400, 'BAD_USER_INPUT', new RegExp(`Variable "\\$${name}"`));
    }
    const date = await postGraphql(api.url, 'query($d: Date) { policiesCovering(actorId: "x", asOf: $d) { scope } }', { d: '2023-02-29' });
    expectRefused(date, 400, 'BAD_USER_INPUT', /Variable "\$d".*YYYY-MM-DD/);
  });

  it('refuses variables declared with the wrong type, undeclared or unused', async () => {
    for (const query of ['query($t: Int!) { search(text: $t) { id } }', '{ search(text: $t) { id } }', 'query($t: String!, $u: Int) { search(text: $t) { id } }', 'query($t: String!, $t: String!) { search(text: $t) { id } }']) {
      expectRefused(await postGraphql(api.url, query, { t: 'x' }), 400, 'GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('needs an operation name to pick one of several, and one that exists', async () => {
    const two = 'query A { stats { nodes } } query B { stats { relationships } }';
    expectRefused(await postGraphql(api.url, two), 400, 'OPERATION_RESOLUTION_FAILURE');
    expectRefused(await postGraphql(api.url, two, undefined, 'C'), 400, 'OPERATION_RESOLUTION_FAILURE');
    expect(errorsOf(await postGraphql(api.url, two, undefined, 'B'))).toEqual([]);
  });

  it('writes a client-chosen operation name of any length to the log cut short', async () => {
    const name = `N${'x'.repeat(25_000)}`;
    const before = api.logs.length;
    const res = await postGraphql(api.url, `query ${name} { stats { nodes } }`, undefined, name);
    expect(errorsOf(res)).toEqual([]);
    const line = api.logs.slice(before).find((l) => l.msg === 'request');
    expect(String(line?.operation)).toMatch(/^Nx{99}…$/);
  });

  it('answers a persisted-query hash with PERSISTED_QUERY_NOT_SUPPORTED: one cache for every caller would share their queries', async () => {
    const res = await post(api.url, { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } });
    expect(errorsOf(res)[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(problemsOf(res, { statuses: [200, 400] })).toEqual([]);
  });

  it('accepts deeply nested JSON in variables it does not declare, and refuses it where a list of strings is declared', async () => {
    const nested = '['.repeat(20_000) + ']'.repeat(20_000);
    const ignored = await post(api.url, `{"query": "{ __typename }", "variables": {"deep": ${nested}}}`);
    expect(problemsOf(ignored)).toEqual([]);
    const declared = await post(api.url, `{"query": "query($k: [String!]) { search(text: \\"x\\", kinds: $k) { id } }", "variables": {"k": ${nested}}}`);
    expectRefused(declared, 400, 'BAD_USER_INPUT', /Variable "\$k"/);
  });
});

describe('query limits', () => {
  const field = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${field(depth - 1)} }`);

  it('counts depth through fragments and inline fragments', async () => {
    const viaFragments = `query { __type(name: "Query") { ...A } } fragment A on __Type { ofType { ...B } } fragment B on __Type { ofType { ...C } } fragment C on __Type { ${field(ARMOR_LIMITS.maxDepth)} }`;
    expectRefused(await postGraphql(api.url, viaFragments), 400, 'QUERY_TOO_COMPLEX');
    const inline = `{ __type(name: "Query") { ... on __Type { ${field(ARMOR_LIMITS.maxDepth)} } } }`;
    expectRefused(await postGraphql(api.url, inline), 400, 'QUERY_TOO_COMPLEX');
  });

  it('refuses fragments that spread themselves, without running out of stack', async () => {
    for (const query of ['{ stats { ...F } } fragment F on Stats { nodes ...F }', '{ stats { ...F } } fragment F on Stats { ...G } fragment G on Stats { ...F }']) {
      const res = await postGraphql(api.url, query);
      expect([400], res.text).toContain(res.status);
      expect(problemsOf(res, { statuses: [400] })).toEqual([]);
      expect(errorsOf(res).map((e) => e.extensions?.code)).toEqual(expect.arrayContaining([expect.stringMatching(/GRAPHQL_VALIDATION_FAILED|QUERY_TOO_COMPLEX/)]));
    }
  });

  it('counts aliases and cost wherever they sit', async () => {
    const nestedAliases = `{ stats { ${Array.from({ length: ARMOR_LIMITS.maxAliases + 1 }, (_, i) => `n${i}: nodes`).join(' ')} } }`;
    expectRefused(await postGraphql(api.url, nestedAliases), 400, 'QUERY_TOO_COMPLEX', /alias/i);
    const inFragment = `{ stats { ...F } } fragment F on Stats { ${Array.from({ length: ARMOR_LIMITS.maxAliases + 1 }, (_, i) => `n${i}: nodes`).join(' ')} }`;
    expectRefused(await postGraphql(api.url, inFragment), 400, 'QUERY_TOO_COMPLEX', /alias/i);
    // The same cost as a query hardening.test.ts refuses, moved into a fragment spread five times.
    const spread = `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: search(text: "x", first: 100) { ...H }`).join(' ')} } fragment H on SearchHit { id kind name nameEn score snippet }`;
    expectRefused(await postGraphql(api.url, spread), 400, 'QUERY_TOO_COMPLEX', /cost/i);
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: ARMOR_LIMITS.maxDirectives + 1 }, () => '@skip(if: false)').join(' ');
    expectRefused(await postGraphql(api.url, `{ stats ${directives} { nodes } }`), 400, 'QUERY_TOO_COMPLEX', /directive/i);
  });

  it('applies the limits to GET as to POST', async () => {
    const aliases = `{ ${Array.from({ length: ARMOR_LIMITS.maxAliases + 1 }, (_, i) => `s${i}: stats { nodes }`).join(' ')} }`;
    expectRefused(await send(api.url, { query: { query: aliases }, headers: { 'apollo-require-preflight': 'true' } }), 400, 'QUERY_TOO_COMPLEX');
  });
});
