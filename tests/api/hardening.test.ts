import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError, QueryTimeoutError, type Graph } from '../../graph/driver.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';

// What the API refuses and how: query shape limits (GraphQL Armor), CSRF, error masking, the
// health endpoint, CORS and the request log. Needs no data of its own.

const graph: Graph = testApiGraph();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
});

describe('query limits', () => {
  it('refuses a query nested too deep with QUERY_TOO_COMPLEX', async () => {
    const deep = '{ entity(id: "x") { patent { holders { holder { node: __typename } } } } }';
    expect((await api.gql(deep)).errors).toBeUndefined();
    const r = await api.gql('{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }');
    expect(r.errors?.map((e) => e.extensions.code)).toContain('QUERY_TOO_COMPLEX');
    expect(r.status).toBe(400);
  });

  it('refuses too many aliases, too high a cost and too many tokens with QUERY_TOO_COMPLEX', async () => {
    const aliases = `{ ${Array.from({ length: 11 }, (_, i) => `s${i}: stats { nodes }`).join(' ')} }`;
    expect((await api.gql(aliases)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    const hit = 'id kind name nameEn score snippet';
    const costly = `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: search(text: "x", first: 100) { ${hit} }`).join(' ')} }`;
    const cost = await api.gql(costly);
    expect(cost.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(cost.errors?.[0]?.message).toMatch(/cost/i);
    const tokens = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
    expect((await api.gql(tokens)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('accepts what the web app asks for: one detail panel at full depth', async () => {
    const r = await api.gql(`{
      entity(id: "nothing") {
        node { id kind labels name nameEn properties }
        relationshipCounts { type direction count }
        patent { ipc holders { holder { id name kind } from until via } assignments { id date from { id name } to { id name } patents { id } } }
        organization { regions { id name } patentCount transactions { id kind date amountCny from { id } to { id } } owners { owner { id name } share } officers { person { id name } role } }
      }
    }`);
    expect(r.errors).toBeUndefined();
  });
});

describe('HTTP', () => {
  it('blocks requests a browser could send cross-site without preflight (CSRF)', async () => {
    const form = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { nodes } }"}' });
    expect(form.status).toBe(400);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ stats { nodes } }')}`);
    expect(get.status).toBe(400);
    const allowed = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('answers malformed JSON and unknown paths plainly', async () => {
    const bad = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect((await fetch(`${api.origin}/nowhere`)).status).toBe(404);
  });

  it('says on /health that the database is up', async () => {
    const res = await fetch(`${api.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ database: 'up' });
  });

  it("lets the web app's origin call it from a browser, and no other", async () => {
    const web = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } });
    expect(web.status).toBe(204);
    expect(web.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('writes one log line per request with operation, duration and outcome', async () => {
    const before = api.logs.length;
    await api.gql('query Probe { stats { nodes } }');
    await api.gql('query BadProbe { neighborhood(id: "x", depth: 9) { truncated } }');
    await fetch(`${api.origin}/health`);
    const lines = api.logs.slice(before).filter((l) => l.msg === 'request');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ operation: 'Probe', outcome: 'ok', status: 200, path: '/graphql' });
    expect(lines[1]).toMatchObject({ operation: 'BadProbe', outcome: 'BAD_USER_INPUT' });
    expect(lines[2]).toMatchObject({ path: '/health', outcome: 'ok' });
    for (const l of lines) expect(typeof l.ms).toBe('number');
  });
});

describe('errors from the database', () => {
  /** A graph whose every read fails with `error`, to see what the client is told. */
  const failing = (error: Error): Graph =>
    ({
      ...graph,
      read: () => Promise.reject(error),
      readTx: () => Promise.reject(error),
    }) as Graph;

  it('hides internals behind INTERNAL_SERVER_ERROR, and maps a timeout to TIMEOUT', async () => {
    const secret = new DatabaseError('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) near line 3', 'Neo.ClientError.Statement.SyntaxError');
    const broken = await startTestApi(failing(secret), {}, { quiet: true });
    try {
      const r = await broken.gql('{ entity(id: "x") { node { id } } }');
      expect(r.errors).toEqual([{ message: 'Internal server error.', locations: expect.any(Array), path: ['entity'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(r)).not.toMatch(/Secret|Neo\.|MATCH/);
      expect(broken.logs.some((l) => l.msg === 'internal error')).toBe(true);
    } finally {
      await broken.close();
    }
    const slow = await startTestApi(failing(new QueryTimeoutError('the query took longer than its time limit')));
    try {
      const r = await slow.gql('{ neighborhood(id: "x") { truncated } }');
      expect(r.errors?.[0]?.extensions.code).toBe('TIMEOUT');
    } finally {
      await slow.close();
    }
  });
});
