import { Agent, request } from 'node:http';
import { loadNeo4jConfig } from '../graph/config.ts';
import { loadApiConfig } from '../api/http/config.ts';
import { type Graph } from '../graph/driver.ts';
import { findEntity } from '../graph/queries/entity.ts';
import { neighborhood } from '../graph/queries/neighborhood.ts';
import { ORGANIZATION_PARTS } from '../graph/queries/organization-details.ts';
import { PATENT_PARTS } from '../graph/queries/patent-details.ts';
import { findPaths } from '../graph/queries/paths.ts';
import { policyChain } from '../graph/queries/policy-chain.ts';
import { searchNodes } from '../graph/queries/search.ts';
import { graphStats } from '../graph/queries/stats.ts';
import { transactionDateRange } from '../graph/queries/transaction-dates.ts';
import { connectApiGraph } from '../api/database/api-driver.ts';
import { startApiProcess } from './api-process.ts';
import { answeredLatency, connectionHeaders, drive } from './load.ts';
import { benchDatabase } from './bench-database.ts';
import { fmt } from './format.ts';
import { compareWithGeneratedApi } from './generated-peer.ts';
import { idsAt, searchTextsOf } from './graph-samples.ts';
import { latency, ms, seededRandom } from './latency.ts';

// `npm run bench -- api [--scale S]`: each field's latency through the API (HTTP + GraphQL, the
// API in its own process as `npm run api` runs it) beside the same graph/queries function called
// directly through the driver, request by request in one run (through the API: from sending the
// request on a kept-alive connection to the answer's last byte); then a load of 20 clients asking
// for 100-node neighbourhoods; then one question, an organization with its first 20 patents,
// asked of our API and of the official @neo4j/graphql's generated API over the same graph and
// organizations (bench/generated-peer.ts). Timing starts once the API has logged the end of its
// start-up warm-up (it runs the job queries in the background; requests timed beside it met its
// load). A fresh embedded Neo4j gets the generated bundle, unless NEO4J_URI names a database that
// already holds data (then it is used as it is).

export interface ApiBenchOptions {
  scale: number;
  seed: number;
}

const SAMPLES = 400;
const WARM_MS = 3_000;
const LOAD_CLIENTS = 20;
const LOAD_SECONDS = 10;
const PATH_TYPES = ['FROM_PARTY', 'TO_PARTY', 'OF_PATENT', 'HOLDS', 'OWNS', 'OFFICER_OF'];

type Vars = Record<string, unknown>;

interface FieldCase {
  name: string;
  target?: string;
  query: string;
  inputs: Vars[];
  direct: (graph: Graph, vars: Vars) => Promise<unknown>;
}

export interface Inputs {
  searchTexts: string[];
  entityIds: string[];
  nodeIds: string[];
  pathPairs: { from: string; to: string }[];
  policyIds: string[];
  organizationIds: string[];
}

export async function benchApi({ scale, seed }: ApiBenchOptions): Promise<void> {
  console.log(`\n== api (scale ${scale}, seed ${seed})`);
  const neo4j = loadNeo4jConfig();
  const db = await benchDatabase({ neo4j, scale, seed });
  const graph = connectApiGraph({ neo4j, api: loadApiConfig(), uri: db.uri });
  const api = await startApiProcess(db.uri, { untilWarm: true });
  try {
    const inputs = await sampleInputs(graph, seed);
    const cases = fieldCases(inputs);
    console.log(`${'field'.padEnd(34)}${'API median'.padStart(11)}${'p95'.padStart(8)} | ${'direct median'.padStart(13)}${'p95'.padStart(8)} | overhead (median)`);
    for (const c of cases) await measureField(api.url, graph, c);
    await measureLoad(api.url, inputs.nodeIds);
    await compareWithGeneratedApi({ ourUrl: api.url, uri: db.uri, ids: inputs.organizationIds });
  } finally {
    await api.stop();
    await graph.close();
    await db.close();
  }
}

export async function sampleInputs(graph: Graph, seed: number): Promise<Inputs> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const [counts] = await graph.read<{ patents: number; orgs: number; persons: number; txs: number }>(
    'RETURN COUNT { (:Patent) } AS patents, COUNT { (:Organization) } AS orgs, COUNT { (:Person) } AS persons, COUNT { (:Transaction) } AS txs',
  );
  const patents = await idsAt(graph, random, { label: 'Patent', n: counts!.patents, k: 60 });
  const orgs = await idsAt(graph, random, { label: 'Organization', n: counts!.orgs, k: 30 });
  const persons = await idsAt(graph, random, { label: 'Person', n: counts!.persons, k: 20 });

  const texts = await searchTextsOf(graph, random, patents);
  const searchTexts = [...texts.zh, ...texts.en];
  searchTexts.push('电', '芯', '池');

  const txs = await idsAt(graph, random, { label: 'Transaction', n: counts!.txs, k: 40 });
  const pathPairs: { from: string; to: string }[] = [];
  const walks = await graph.read<{ from: string; to: string | null }>(
    `UNWIND $ids AS id
     MATCH (:Transaction {id: id})-[:FROM_PARTY]->(a)
     CALL (a) {
       OPTIONAL MATCH (a)-[:${PATH_TYPES.join('|')}]-()-[:${PATH_TYPES.join('|')}]-()-[:${PATH_TYPES.join('|')}]-(b:Organization) WHERE b <> a
       RETURN b.id AS to LIMIT 1
     }
     RETURN a.id AS from, to`,
    { ids: txs },
    { timeoutMs: 120_000 },
  );
  for (const w of walks) if (w.to) pathPairs.push({ from: w.from, to: w.to });
  // Some pairs that may well not connect within the hop limit: the search must still be bounded.
  for (let i = 0; i < 10; i++) {
    const a = pick(orgs);
    const b = pick(orgs);
    if (a !== b) pathPairs.push({ from: a, to: b });
  }
  const policyIds = (await graph.read<{ id: string }>('MATCH (p:Policy) RETURN p.id AS id ORDER BY p.id')).map((r) => r.id);
  // Users also open the big ones (they rank first in search): the largest holders, the most cited
  // patent among those sampled, a province and an IPC main group, one in ten of the inputs.
  const hubs = await graph.read<{ id: string }>(
    `CALL () { MATCH (o:Organization) RETURN o.id AS id ORDER BY COUNT { (o)-[:HOLDS]->() } DESC LIMIT 3 }
     RETURN id
     UNION ALL
     CALL () { UNWIND $patents AS pid MATCH (p:Patent {id: pid}) RETURN p.id AS id ORDER BY COUNT { (p)<-[:CITES]-() } DESC LIMIT 1 }
     RETURN id
     UNION ALL
     CALL () { MATCH (r:Region {level: 'province'}) RETURN r.code AS id ORDER BY COUNT { (r)<-[:LOCATED_IN]-() } DESC LIMIT 1 }
     RETURN id
     UNION ALL
     CALL () { MATCH (c:IpcClass {level: 'main_group'}) RETURN c.code AS id ORDER BY COUNT { (c)<-[:CLASSIFIED_AS]-() } DESC LIMIT 1 }
     RETURN id`,
    { patents },
    { timeoutMs: 120_000 },
  );
  const nodeIds = [...patents.slice(0, 27), ...orgs.slice(0, 14), ...persons.slice(0, 9)];
  // Spread the hubs over the list, so the load run meets them as often as the timed runs do.
  hubs.forEach((h, i) => nodeIds.splice(Math.min(nodeIds.length, 5 + i * 9), 0, h.id));
  for (const h of hubs.slice(0, 2)) for (const to of orgs.slice(20, 22)) pathPairs.push({ from: h.id, to });
  await describeInputs(graph, nodeIds, pathPairs);
  // The three largest holders beside the sampled organizations, as users open those too.
  const organizationIds = [...orgs, ...hubs.slice(0, 3).map((h) => h.id)];
  return { searchTexts, entityIds: [...patents.slice(30), ...orgs.slice(15)], nodeIds, pathPairs, policyIds, organizationIds };
}

/** What the traversal inputs are, so figures can be read against them: kind and degree of each. */
async function describeInputs(graph: Graph, nodeIds: string[], pathPairs: { from: string; to: string }[]): Promise<void> {
  const ids = [...new Set([...nodeIds, ...pathPairs.flatMap((p) => [p.from, p.to])])];
  const rows = await graph.read<{ id: string; labels: string[]; degree: number }>(
    `UNWIND $ids AS id
     CALL (id) {
       OPTIONAL MATCH (n:Party|Patent {id: id}) RETURN n
       UNION
       OPTIONAL MATCH (n:Region|IpcClass {code: id}) RETURN n
     }
     WITH id, n WHERE n IS NOT NULL
     RETURN id, labels(n) AS labels, COUNT { (n)--() } AS degree`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const show = (id: string) => {
    const r = byId.get(id);
    return r ? `${id} (${r.labels.filter((l) => l !== 'Party' && l !== 'Organization').join('/')}, ${fmt(r.degree)} rels)` : `${id} (?)`;
  };
  const degrees = nodeIds.map((id) => byId.get(id)?.degree ?? 0).sort((a, b) => a - b);
  const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
  console.log(`neighborhood inputs: ${nodeIds.length} nodes, degree median ${fmt(median)}, max ${fmt(degrees.at(-1) ?? 0)}; those over 1 000 relationships:`);
  for (const id of nodeIds) if ((byId.get(id)?.degree ?? 0) > 1000) console.log(`  ${show(id)}`);
  console.log(`paths inputs: ${pathPairs.length} pairs, types ${PATH_TYPES.join('|')}:`);
  for (const p of pathPairs) console.log(`  ${show(p.from)} → ${show(p.to)}`);
}

const NODE = 'id kind name';
const EDGE = 'id type source target';
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated omitted { nodes edges }`;
const TX = 'id kind date amountCny from { id name } to { id name } patents { id }';

function fieldCases(inputs: Inputs): FieldCase[] {
  // The API leaves out the node and edge properties the query does not select; so does the direct call.
  const hood = (depth: number, limit: number) => async (graph: Graph, v: Vars) => neighborhood(graph, { id: String(v.id), depth, limit, properties: false, edgeProperties: false });
  return [
    {
      name: 'search (first 20)',
      target: 'p95 ≤ 30 ms',
      query: `query Search($text: String!) { search(text: $text, first: 20) { id kind name nameEn score snippet } }`,
      inputs: inputs.searchTexts.map((text) => ({ text })),
      direct: (graph, v) => searchNodes(graph, { text: String(v.text), first: 20, hiddenLabels: [] }),
    },
    {
      name: 'entity (detail panel)',
      query: `query Entity($id: ID!) { entity(id: $id) {
        node { ${NODE} properties } relationshipCounts { type direction count }
        patent { ipc applicants { ${NODE} } inventors { ${NODE} } holders { holder { ${NODE} } from until via } assignments { ${TX} } licenses { ${TX} } pledges { ${TX} } citationsOut { ${NODE} } citationsIn { ${NODE} } }
        organization { regions { ${NODE} } patentCount patents { ${NODE} } transactionCount transactions { ${TX} } owners { owner { ${NODE} } share } holdings { company { ${NODE} } share } officers { person { ${NODE} } role } }
      } }`,
      inputs: inputs.entityIds.map((id) => ({ id })),
      // Every part, as the query above selects them all, and the lists' nodes without their properties, as it selects none.
      direct: (graph, v) =>
        findEntity(graph, {
          id: String(v.id),
          relationshipCounts: true,
          organization: { parts: new Set(ORGANIZATION_PARTS), properties: false },
          patent: { parts: new Set(PATENT_PARTS), properties: false },
        }),
    },
    {
      name: 'neighborhood depth 1 (limit 200)',
      query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
      inputs: inputs.nodeIds.map((id) => ({ id })),
      direct: hood(1, 200),
    },
    {
      name: 'neighborhood depth 2 (limit 200)',
      target: 'p95 ≤ 50 ms',
      query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 2) { ${SUBGRAPH} } }`,
      inputs: inputs.nodeIds.map((id) => ({ id })),
      direct: hood(2, 200),
    },
    {
      name: 'paths SHORTEST (maxHops 4)',
      target: 'p95 ≤ 100 ms',
      query: `query Paths($from: ID!, $to: ID!, $relTypes: [String!]) { paths(from: $from, to: $to, maxHops: 4, relTypes: $relTypes) { paths { nodeIds edgeIds length } graph { ${SUBGRAPH} } truncated } }`,
      inputs: inputs.pathPairs.map((p) => ({ ...p, relTypes: PATH_TYPES })),
      direct: (graph, v) => findPaths(graph, { from: String(v.from), to: String(v.to), maxHops: 4, relTypes: PATH_TYPES, limit: 10, mode: 'SHORTEST' }),
    },
    {
      name: 'paths ALL (maxHops 4, limit 10)',
      query: `query Paths($from: ID!, $to: ID!, $relTypes: [String!]) { paths(from: $from, to: $to, maxHops: 4, relTypes: $relTypes, mode: ALL) { paths { nodeIds edgeIds length } graph { ${SUBGRAPH} } truncated } }`,
      inputs: inputs.pathPairs.map((p) => ({ ...p, relTypes: PATH_TYPES })),
      direct: (graph, v) => findPaths(graph, { from: String(v.from), to: String(v.to), maxHops: 4, relTypes: PATH_TYPES, limit: 10, mode: 'ALL' }),
    },
    {
      name: 'policyChain',
      query: `query Chain($id: ID!) { policyChain(policyId: $id) { root { id } items { policy { ${NODE} } level parentId link distance } graph { ${SUBGRAPH} } } }`,
      inputs: inputs.policyIds.map((id) => ({ id })),
      direct: (graph, v) => policyChain(graph, String(v.id)),
    },
    {
      name: 'stats',
      query: '{ stats { nodes relationships byLabel { name count } byType { name count } transactionDates { first last } } }',
      inputs: [{}],
      direct: (graph) => Promise.all([graphStats(graph), transactionDateRange(graph)]),
    },
  ];
}

type Answer = { errors?: { extensions?: { code?: string } }[]; data?: unknown };

// One kept-alive connection, as the driver keeps its Bolt connection: the API's time is then the
// request, its work and the answer's bytes, not a client's connection set-up or JSON parsing.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs one GraphQL request; `ms` runs from sending it to the last byte of the answer. */
function timedPost(url: string, query: string, variables: Vars): Promise<{ ms: number; text: string }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ ms: performance.now() - t, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function postGraphQL(url: string, query: string, variables: Vars): Promise<Answer> {
  return JSON.parse((await timedPost(url, query, variables)).text) as Answer;
}

async function measureField(url: string, graph: Graph, c: FieldCase): Promise<void> {
  const errors = new Map<string, number>();
  const viaApi = async (v: Vars) => {
    const answer = await timedPost(url, c.query, v);
    const body = JSON.parse(answer.text) as Answer;
    const elapsed = answer.ms;
    for (const e of body.errors ?? []) errors.set(e.extensions?.code ?? '?', (errors.get(e.extensions?.code ?? '?') ?? 0) + 1);
    return elapsed;
  };
  const direct = async (v: Vars) => {
    const t = performance.now();
    await c.direct(graph, v).catch(() => undefined);
    return performance.now() - t;
  };
  // Warm: every input once each way, so plans are cached and pages are in memory; then on for
  // WARM_MS at least, so V8 has compiled the API's code on this field's path (a warm API has served
  // thousands of requests; one just started interprets its first hundreds).
  const warmUntil = performance.now() + WARM_MS;
  for (let i = 0; i < c.inputs.length || performance.now() < warmUntil; i++) {
    const v = c.inputs[i % c.inputs.length]!;
    await viaApi(v);
    await direct(v);
  }
  errors.clear();
  const apiTimes: number[] = [];
  const directTimes: number[] = [];
  let slowest = { ms: 0, vars: {} as Vars };
  for (let i = 0; i < SAMPLES; i++) {
    const v = c.inputs[i % c.inputs.length]!;
    // Alternate which goes first, so neither always meets the warmer cache.
    if (i % 2 === 0) {
      apiTimes.push(await viaApi(v));
      directTimes.push(await direct(v));
    } else {
      directTimes.push(await direct(v));
      apiTimes.push(await viaApi(v));
    }
    if (directTimes.at(-1)! > slowest.ms) slowest = { ms: directTimes.at(-1)!, vars: v };
  }
  const a = latency(apiTimes);
  const d = latency(directTimes);
  const over = a.median - d.median;
  const errorNote = errors.size > 0 ? `  errors: ${[...errors].map(([k, n]) => `${k}×${n}`).join(', ')}` : '';
  console.log(
    `${c.name.padEnd(34)}${ms(a.median).padStart(11)}${ms(a.p95).padStart(8)} | ${ms(d.median).padStart(13)}${ms(d.p95).padStart(8)} | ${over >= 0 ? '+' : ''}${over.toFixed(1)} ms (${((over / d.median) * 100).toFixed(0)} %)${c.target ? `   target at scale 50: ${c.target}` : ''}${errorNote}`,
  );
  if (process.env.BENCH_VERBOSE) console.log(`${''.padEnd(34)}slowest direct: ${slowest.ms.toFixed(1)} ms for ${JSON.stringify(slowest.vars)}`);
}

/**
 * LOAD_CLIENTS autocannon connections in a closed loop for LOAD_SECONDS, each asking for depth-2
 * neighbourhoods of 100 nodes. autocannon, not fetch, so the client's own CPU takes as little as
 * it can of the two cores the API and Neo4j share.
 */
async function measureLoad(url: string, ids: string[]): Promise<void> {
  const query = `query Hood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { ${SUBGRAPH} } }`;
  let nodes = 0;
  const sample = ids.slice(0, 20);
  for (const id of sample) nodes += ((await postGraphQL(url, query, { id })) as { data?: { neighborhood: { nodes: unknown[] } } }).data?.neighborhood.nodes.length ?? 0;
  const run = await drive({
    url,
    mix: [{ name: 'neighborhood depth 2', weight: 1, query, inputs: ids.map((id) => ({ id })) }],
    seed: 1,
    connections: LOAD_CLIENTS,
    duration: LOAD_SECONDS,
    headers: connectionHeaders([]),
  });
  const l = answeredLatency(run.outcomes);
  const failed = run.outcomes.filter((x) => x.code !== 'ok').length;
  console.log(
    `load: neighborhood depth 2, limit 100, ${LOAD_CLIENTS} clients, ${LOAD_SECONDS} s: ${fmt(run.outcomes.length / run.seconds)} req/s, median ${l.median.toFixed(1)} ms, ` +
      `p99 ${l.p99.toFixed(1)} ms, ${fmt(nodes / Math.max(1, sample.length))} nodes per answer, ${failed} failed   (target at scale 50: ≥ 250 req/s, p99 ≤ 250 ms)`,
  );
}
