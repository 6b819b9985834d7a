import { requestGraphQL } from '../../lib/api/graphql-client.ts';
import type { GraphEdge, GraphNode } from '../../lib/api/types.ts';

// The policy tracer's GraphQL operations and the shapes they return.

const NODE = 'id kind labels name nameEn properties';
const SUBGRAPH = `nodes { ${NODE} } edges { id type source target properties }`;

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Hit {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
}

export interface ChainItem {
  policy: GraphNode;
  level: string;
  parentId: string | null;
  link: string | null;
  distance: number;
}

export interface Condition {
  dimension: string;
  value: string;
  regionCode: string | null;
  patentId: string | null;
  symbol: string | null;
  heldVia: string | null;
  heldSince: string | null;
}

export interface Coverage {
  policy: { id: string; title: string; titleEn: string | null; level: string | null; effective: string | null; expires: string | null };
  scope: string;
  scopes: string[];
  conditions: Condition[];
  reason: string;
  chain: GraphNode[];
  evidence: Subgraph;
}

export interface CoveredPage {
  totalCount: number;
  byKind: { name: string; count: number }[];
  byRegion: { code: string; name: string; nameEn: string | null; count: number }[];
  edges: { node: GraphNode; via: string[]; cursor: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export const ORG_KINDS = ['university', 'enterprise', 'research_institute', 'agency', 'platform', 'service_org', 'bank'] as const;

export async function searchHits(text: string, kinds: readonly string[], signal?: AbortSignal): Promise<Hit[]> {
  const { data } = await requestGraphQL<{ search: Hit[] }>({
    query: 'query TracerSearch($text: String!, $kinds: [String!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { id kind name nameEn } }',
    variables: { text, kinds, first: 12 },
    signal,
  });
  return data.search;
}

export async function fetchChain(policyId: string, signal?: AbortSignal): Promise<{ root: GraphNode; items: ChainItem[]; graph: Subgraph } | null> {
  const { data } = await requestGraphQL<{ policyChain: { root: GraphNode; items: ChainItem[]; graph: Subgraph } | null }>({
    query: `query TracerChain($id: ID!) { policyChain(policyId: $id) { root { ${NODE} } items { policy { ${NODE} } level parentId link distance } graph { ${SUBGRAPH} } } }`,
    variables: { id: policyId },
    signal,
  });
  return data.policyChain;
}

export async function fetchCovered(
  vars: { policyId: string; asOf: string; first: number; after: string | null; includeImplementing: boolean; kinds: string[] | null; region: string | null },
  signal?: AbortSignal,
): Promise<CoveredPage> {
  const { data } = await requestGraphQL<{ actorsCoveredBy: CoveredPage }>({
    query: `query TracerCovered($policyId: ID!, $asOf: Date, $first: Int, $after: String, $includeImplementing: Boolean, $kinds: [String!], $region: ID) {
      actorsCoveredBy(policyId: $policyId, asOf: $asOf, first: $first, after: $after, includeImplementing: $includeImplementing, kinds: $kinds, region: $region) {
        totalCount byKind { name count } byRegion { code name nameEn count }
        edges { node { ${NODE} } via cursor } pageInfo { endCursor hasNextPage }
      } }`,
    variables: vars,
    signal,
  });
  return data.actorsCoveredBy;
}

export async function fetchCovering(actorId: string, asOf: string, signal?: AbortSignal): Promise<Coverage[]> {
  const { data } = await requestGraphQL<{ policiesCovering: Coverage[] }>({
    query: `query TracerCovering($actorId: ID!, $asOf: Date) { policiesCovering(actorId: $actorId, asOf: $asOf) {
      policy { id title titleEn level effective expires } scope scopes reason
      conditions { dimension value regionCode patentId symbol heldVia heldSince }
      chain { ${NODE} } evidence { ${SUBGRAPH} } } }`,
    variables: { actorId, asOf },
    signal,
  });
  return data.policiesCovering;
}
