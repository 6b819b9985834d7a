import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { MAX_REQUEST_COST, requestCost } from '../../api/graphql/request-cost.ts';
import { TYPE_DEFS } from '../../api/http/server-factory.ts';
import type { Graph } from '../../graph/driver.ts';
import { RELATIONSHIP_TYPES } from '../../graph/vocabulary/index.ts';
import { buildPartsQuery, type GraphPart } from '../../web/lib/api/queries.ts';
import { writeAuthFile } from '../helpers/auth-file.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type GraphQLResponse, type TestApi } from './helpers/api-server.ts';

// The worst requests a viewer can build: refused by the cost limit, or, at the most the limit
// allows, answered (data or TIMEOUT) within API_QUERY_TIMEOUT_MS plus 2 s, a limit the server
// enforces; meanwhile another client is served. The data is a mesh of its own: enterprises holding
// patents that cite each other, so deep neighbourhoods and path searches have much to read.

// Small, yet room for the other client's request on a busy 2-core machine.
const QUERY_TIMEOUT_MS = 2500;
const SLACK_MS = 2000;
const ORGS = 60;
const PATENTS = 3000;

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
const dir = mkdtempSync(join(tmpdir(), 'ipatlas-cost-'));
const HEAVY = 'heavy-viewer-token-0001';
const CALM = 'calm-viewer-token-0002';
let api: TestApi;
let p = '';

beforeAll(async () => {
  p = uniquePrefix('cost');
  await writer.write(
    `UNWIND range(0, toInteger($orgs) - 1) AS i
     CREATE (:Party:Organization:Enterprise {id: $p + 'ORG-' + i, name: 'Mesh enterprise ' + i})`,
    { p, orgs: ORGS },
  );
  // Each patent held by two enterprises and citing three others: many routes between any two.
  await writer.write(
    `WITH toInteger($orgs) AS orgs
     UNWIND range(0, toInteger($patents) - 1) AS i
     CREATE (t:Patent {id: $p + 'PAT-' + i, title: 'Mesh patent ' + i})
     WITH t, i, orgs
     MATCH (a:Party {id: $p + 'ORG-' + (i % orgs)}), (b:Party {id: $p + 'ORG-' + ((i * 7 + 3) % orgs)})
     CREATE (a)-[:HOLDS]->(t), (b)-[:HOLDS]->(t)`,
    { p, orgs: ORGS, patents: PATENTS },
  );
  await writer.write(
    `WITH toInteger($patents) AS patents
     UNWIND range(0, patents - 1) AS i
     UNWIND [1, 17, 311] AS step
     MATCH (t:Patent {id: $p + 'PAT-' + i}), (c:Patent {id: $p + 'PAT-' + ((i + step) % patents)})
     CREATE (t)-[:CITES]->(c)`,
    { p, patents: PATENTS },
  );
  const authFile = writeAuthFile(dir, [
    { name: 'heavy', role: 'viewer', token: HEAVY },
    { name: 'calm', role: 'viewer', token: CALM },
  ]);
  api = await startTestApi(graph, { authFile, queryTimeoutMs: QUERY_TIMEOUT_MS });
});
afterAll(async () => {
  await api?.close();
  await writer.write('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p });
  await graph.close();
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A random set of relationship types: each a new statement text before statements became a family. */
function randomTypes(seed: number): string[] {
  const types = RELATIONSHIP_TYPES.filter((_, i) => ((seed * 2654435761 + i * 40503) >>> 0) % 3 !== 0);
  return [...new Set([...types, 'HOLDS', 'CITES'])];
}

const hoods = (n: number, depth: number, limit: number) =>
  Array.from({ length: n }, (_, i) => `h${i}: neighborhood(id: "${p}ORG-${i}", depth: ${depth}, limit: ${limit}, relTypes: ${JSON.stringify(randomTypes(i + Date.now()))}) { nodes { id } edges { id } truncated }`).join('\n');
const paths = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: paths(from: "${p}ORG-${i}", to: "${p}ORG-${i + 30}", maxHops: 6, mode: ALL, limit: 100) { paths { length } truncated cut }`).join('\n');

/** Sends as `token`, and how long the answer took, from sending to its last byte. */
async function timed(token: string, query: string): Promise<{ r: GraphQLResponse; ms: number }> {
  const started = performance.now();
  const r = await api.gqlAs(token, query);
  return { r, ms: performance.now() - started };
}

function refusedForCost(r: GraphQLResponse): void {
  expect(r.status).toBe(400);
  expect(r.data ?? null).toBeNull();
  const e = r.errors?.[0];
  expect(e?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: MAX_REQUEST_COST });
  expect(e?.extensions.cost as number).toBeGreaterThan(MAX_REQUEST_COST);
  expect(e?.message).toMatch(new RegExp(`costs ${e?.extensions.cost as number}; the limit is ${MAX_REQUEST_COST}`));
}

describe('the cost of one request', () => {
  it('refuses ten depth-3 neighbourhoods with a new set of types each, and many mode-ALL path searches', async () => {
    refusedForCost((await timed(HEAVY, `{ ${hoods(10, 3, 2000)} }`)).r);
    refusedForCost((await timed(HEAVY, `{ ${paths(6)} }`)).r);
    // Depth and mode as variables weigh the same.
    const r = await api.gqlAs(HEAVY, 'query Q($d: Int) { a: neighborhood(id: "x", depth: $d, limit: 2000) { truncated } b: neighborhood(id: "y", depth: $d, limit: 2000) { truncated } }', { d: 3 });
    refusedForCost(r);
  });

  it('bounds the heaviest requests it lets through by the time limit, and serves another client meanwhile', async () => {
    for (const query of [`{ ${hoods(1, 3, 2000)} s0: search(text: "Mesh") { id } }`, `{ ${paths(3)} }`, `{ ${hoods(3, 3, 200)} }`]) {
      const heavy = timed(HEAVY, query);
      // Sent while the heavy one runs; answered whatever it does.
      const calm = await timed(CALM, '{ stats { nodes } }');
      expect(calm.r.errors).toBeUndefined();
      expect(calm.r.data).toMatchObject({ stats: { nodes: expect.any(Number) } });
      const { r, ms } = await heavy;
      expect(r.status).toBe(200);
      // Data, or fields stopped by the time limit: nothing else.
      for (const e of r.errors ?? []) expect(e.extensions.code).toBe('TIMEOUT');
      expect(ms).toBeLessThan(QUERY_TIMEOUT_MS + SLACK_MS);
    }
  });
});

describe('what the web app asks', () => {
  const schema = makeExecutableSchema({ typeDefs: TYPE_DEFS });

  it('fits a full explorer batch under the limit', () => {
    const parts: GraphPart[] = [
      ...Array.from({ length: 8 }, (_, i): GraphPart => ({ kind: 'expand', id: `N${i}`, types: null, limit: 150, asOf: null })),
      { kind: 'node', id: 'N9' },
      { kind: 'path', from: 'A', to: 'B', maxHops: 6, limit: 100 },
      { kind: 'links', ids: Array.from({ length: 500 }, (_, i) => `M${i}`), among: ['N0'] },
    ];
    const { query, variables } = buildPartsQuery(parts);
    expect(requestCost(schema, parse(query), { variables })).toBeLessThanOrEqual(MAX_REQUEST_COST);
  });
});
