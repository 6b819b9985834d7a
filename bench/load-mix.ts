import type { Graph } from '../graph/driver.ts';
import { idsAt, searchTextsOf } from './graph-samples.ts';
import { seededRandom } from './latency.ts';

// The requests of the load bench: each root field with real ids from the database, weighted
// like a working day on the explorer and the three job pages (searching and opening things far
// more often than sweeping a policy's reach).

export type Vars = Record<string, unknown>;

export interface FieldLoad {
  name: string;
  /** Share of the requests, out of the sum of all weights. */
  weight: number;
  query: string;
  inputs: Vars[];
}

export interface LoadInputs {
  searchZh: string[];
  searchEn: string[];
  entityIds: string[];
  nodeIds: string[];
  pathPairs: { from: string; to: string }[];
  policyIds: string[];
  actorIds: string[];
  licensedPatents: string[];
  tradingHolders: string[];
}

const NODE = 'id kind name nameEn';
const SUBGRAPH = `nodes { ${NODE} } edges { id type source target } truncated`;
const EVIDENCE = 'evidence { nodes { id kind name } edges { id type source target } }';
const PATH_TYPES = ['FROM_PARTY', 'TO_PARTY', 'OF_PATENT', 'HOLDS', 'OWNS', 'OFFICER_OF'];

/** The mix; fields without inputs in this database are left out (and so said by the caller). */
export function loadMix(inputs: LoadInputs): FieldLoad[] {
  const mix: FieldLoad[] = [
    { name: 'search zh', weight: 14, query: `query Search($text: String!) { search(text: $text, first: 20) { ${NODE} score } }`, inputs: inputs.searchZh.map((text) => ({ text })) },
    { name: 'search en', weight: 10, query: `query Search($text: String!) { search(text: $text, first: 20) { ${NODE} score } }`, inputs: inputs.searchEn.map((text) => ({ text })) },
    {
      name: 'entity',
      weight: 14,
      query: `query Entity($id: ID!) { entity(id: $id) {
        node { ${NODE} properties } relationshipCounts { type direction count }
        patent { ipc applicants { ${NODE} } holders { holder { ${NODE} } from until via } citationsIn { ${NODE} } }
        organization { patentCount transactionCount owners { owner { ${NODE} } share } officers { person { ${NODE} } role } }
      } }`,
      inputs: inputs.entityIds.map((id) => ({ id })),
    },
    { name: 'neighborhood depth 1', weight: 14, query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`, inputs: inputs.nodeIds.map((id) => ({ id })) },
    { name: 'neighborhood depth 2', weight: 10, query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) { ${SUBGRAPH} } }`, inputs: inputs.nodeIds.map((id) => ({ id })) },
    {
      name: 'paths',
      weight: 6,
      query: `query Paths($from: ID!, $to: ID!, $relTypes: [String!]) { paths(from: $from, to: $to, maxHops: 4, relTypes: $relTypes) { paths { nodeIds edgeIds length } graph { ${SUBGRAPH} } truncated } }`,
      inputs: inputs.pathPairs.map((p) => ({ ...p, relTypes: PATH_TYPES })),
    },
    {
      name: 'policyChain',
      weight: 4,
      query: `query Chain($id: ID!) { policyChain(policyId: $id) { root { id } items { policy { ${NODE} } level parentId link distance } graph { ${SUBGRAPH} } } }`,
      inputs: inputs.policyIds.map((id) => ({ id })),
    },
    { name: 'stats', weight: 3, query: '{ stats { nodes relationships byLabel { name count } byType { name count } transactionDates { first last } } }', inputs: [{}] },
    {
      name: 'policiesCovering',
      weight: 7,
      query: `query Covering($id: ID!) { policiesCovering(actorId: $id) { policy { id title titleEn level } scope reason ${EVIDENCE} } }`,
      inputs: inputs.actorIds.map((id) => ({ id })),
    },
    {
      name: 'actorsCoveredBy',
      weight: 5,
      query: `query Covered($id: ID!) { actorsCoveredBy(policyId: $id, first: 50) { totalCount byKind { name count } edges { node { ${NODE} } via } pageInfo { endCursor hasNextPage } } }`,
      inputs: inputs.policyIds.map((id) => ({ id })),
    },
    {
      name: 'licenseeCandidates',
      weight: 7,
      query: `query Licensees($id: ID!) { licenseeCandidates(patentId: $id, first: 10) { rank candidate { id name } score reasonZh reasonEn ${EVIDENCE} } }`,
      inputs: inputs.licensedPatents.map((id) => ({ id })),
    },
    {
      name: 'relatedPartyChains',
      weight: 6,
      query: `query Chains($id: ID!) { relatedPartyChains(holderId: $id, first: 20) { id risk rules transactions { id } parties { id name } reason ${EVIDENCE} } }`,
      inputs: inputs.tradingHolders.map((id) => ({ id })),
    },
  ];
  return mix.filter((f) => f.inputs.length > 0);
}

/** Picks a field by weight, then one of its inputs; the same seed gives the same sequence. */
export function requestPicker(mix: readonly FieldLoad[], seed: number): () => { field: FieldLoad; variables: Vars } {
  const random = seededRandom(seed);
  const total = mix.reduce((s, f) => s + f.weight, 0);
  return () => {
    let r = random() * total;
    let field = mix[mix.length - 1]!;
    for (const f of mix) {
      if (r < f.weight) {
        field = f;
        break;
      }
      r -= f.weight;
    }
    return { field, variables: field.inputs[Math.floor(random() * field.inputs.length)]! };
  };
}

/**
 * Real ids of every kind the mix needs, drawn at random (seeded) from the database: patents,
 * organizations and persons at random offsets, policies all, the patents of universities (the
 * licensee finder's users), holders that traded, and search words cut from sampled titles.
 */
export async function sampleLoadInputs(graph: Graph, seed: number): Promise<LoadInputs> {
  const random = seededRandom(seed);
  const slow = { timeoutMs: 120_000 };
  const [counts] = await graph.read<{ patents: number; orgs: number; persons: number; txs: number }>(
    'RETURN COUNT { (:Patent) } AS patents, COUNT { (:Organization) } AS orgs, COUNT { (:Person) } AS persons, COUNT { (:Transaction) } AS txs',
  );
  const patents = await idsAt(graph, random, { label: 'Patent', n: counts!.patents, k: 60 });
  const orgs = await idsAt(graph, random, { label: 'Organization', n: counts!.orgs, k: 40 });
  const persons = await idsAt(graph, random, { label: 'Person', n: counts!.persons, k: 15 });
  const txs = await idsAt(graph, random, { label: 'Transaction', n: counts!.txs, k: 40 });

  const { zh: searchZh, en: searchEn } = await searchTextsOf(graph, random, patents);

  const parties = await graph.read<{ from: string; to: string }>(
    'UNWIND $ids AS id MATCH (f)<-[:FROM_PARTY]-(:Transaction {id: id})-[:TO_PARTY]->(t) RETURN f.id AS from, t.id AS to',
    { ids: txs },
  );
  const pathPairs = parties.filter((p) => p.from !== p.to);
  // A few pairs that may not connect within the hop limit: the search must still be bounded.
  for (let i = 0; i + 1 < Math.min(orgs.length, 10); i += 2) pathPairs.push({ from: orgs[i]!, to: orgs[i + 1]! });

  const policyIds = (await graph.read<{ id: string }>('MATCH (p:Policy) RETURN p.id AS id ORDER BY p.id')).map((r) => r.id);
  const licensedPatents = (
    await graph.read<{ id: string }>(
      'MATCH (u:University) WITH u SKIP toInteger($skip) LIMIT 20 MATCH (u)-[:HOLDS]->(p:Patent) WITH u, p LIMIT 200 RETURN p.id AS id',
      { skip: Math.floor(random() * 10) },
      slow,
    )
  ).map((r) => r.id);

  return {
    searchZh,
    searchEn,
    entityIds: [...patents.slice(0, 30), ...orgs.slice(0, 20), ...persons.slice(0, 5)],
    nodeIds: [...patents.slice(30), ...orgs.slice(20), ...persons.slice(5)],
    pathPairs,
    policyIds,
    actorIds: orgs,
    licensedPatents: [...new Set(licensedPatents)].filter((_, i) => i % 5 === 0),
    tradingHolders: [...new Set(parties.flatMap((p) => [p.from, p.to]))],
  };
}
