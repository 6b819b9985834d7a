import { ApiError } from './api-error.ts';
import { requestGraphQL } from './graphql-client.ts';
import type { EntityDetails, GraphNode, PathResult, RelationshipCount, SearchHidden, SearchHit, Stats, Subgraph } from './types.ts';

const NODE_FIELDS = 'id kind labels name nameEn properties';
const EDGE_FIELDS = 'id type source target properties';
export const HIDDEN_FIELDS = 'hidden { nodes edges properties byKind { name count } visibleTo }';
export const SUBGRAPH_FIELDS = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated omitted { nodes edges byKind { name count } } ${HIDDEN_FIELDS}`;
const TX_FIELDS = `id kind date amountCny licenseType registrationNo from { ${NODE_FIELDS} } to { ${NODE_FIELDS} } patents { ${NODE_FIELDS} } platform { ${NODE_FIELDS} }`;
const SHARE_FIELDS = `owner { ${NODE_FIELDS} } company { ${NODE_FIELDS} } share since`;
const OFFICER_FIELDS = `person { ${NODE_FIELDS} } organization { ${NODE_FIELDS} } role since`;

/** The hits, and what the caller's role kept out of them (null when nothing), in one request. */
export async function searchEntities(opts: { text: string; first?: number; kinds?: readonly string[]; signal?: AbortSignal }): Promise<{ hits: SearchHit[]; hidden: SearchHidden | null }> {
  const { data } = await requestGraphQL<{ search: SearchHit[]; searchHidden: SearchHidden | null }>({
    query:
      'query Search($text: String!, $first: Int, $kinds: [String!]) { search(text: $text, first: $first, kinds: $kinds) { id kind name nameEn score snippet } searchHidden(kinds: $kinds) { kinds visibleTo } }',
    variables: { text: opts.text, first: opts.first ?? 30, kinds: opts.kinds ?? null },
    signal: opts.signal,
  });
  return { hits: data.search, hidden: data.searchHidden };
}

export async function fetchStats(opts: { signal?: AbortSignal; fetch?: typeof fetch } = {}): Promise<Stats> {
  const { data } = await requestGraphQL<{ stats: Stats }>({
    query: 'query Stats { stats { nodes relationships byLabel { name count } byType { name count } transactionDates { first last } } }',
    signal: opts.signal,
    fetch: opts.fetch,
  });
  return data.stats;
}

export async function fetchRelationshipCounts(opts: { id: string; signal?: AbortSignal }): Promise<RelationshipCount[] | null> {
  const { data } = await requestGraphQL<{ entity: { relationshipCounts: RelationshipCount[] } | null }>({
    query: 'query Counts($id: ID!) { entity(id: $id) { relationshipCounts { type direction count } } }',
    variables: { id: opts.id },
    signal: opts.signal,
  });
  return data.entity?.relationshipCounts ?? null;
}

const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    node { ${NODE_FIELDS} }
    relationshipCounts { type direction count }
    ${HIDDEN_FIELDS}
    patent {
      ipc
      applicants { ${NODE_FIELDS} }
      inventors { ${NODE_FIELDS} }
      holders { holder { ${NODE_FIELDS} } from until via }
      assignments { ${TX_FIELDS} }
      licenses { ${TX_FIELDS} }
      pledges { ${TX_FIELDS} }
      citationsOut { ${NODE_FIELDS} }
      citationsIn { ${NODE_FIELDS} }
      ${HIDDEN_FIELDS}
    }
    organization {
      regions { ${NODE_FIELDS} }
      patentCount
      patents { ${NODE_FIELDS} }
      transactions { ${TX_FIELDS} }
      transactionCount
      owners { ${SHARE_FIELDS} }
      holdings { ${SHARE_FIELDS} }
      officers { ${OFFICER_FIELDS} }
      ${HIDDEN_FIELDS}
    }
    person {
      positions { ${OFFICER_FIELDS} }
      holdings { ${SHARE_FIELDS} }
      inventedCount
      appliedCount
    }
    policy {
      issuer { ${NODE_FIELDS} }
      provisions { seq title text category }
      scopes { id scope regions { ${NODE_FIELDS} } orgKinds industries ipcPrefixes organizations { ${NODE_FIELDS} } }
    }
  }
}`;

export async function fetchEntityDetails(opts: { id: string; signal?: AbortSignal }): Promise<EntityDetails | null> {
  const { data } = await requestGraphQL<{ entity: EntityDetails | null }>({
    query: ENTITY_QUERY,
    variables: { id: opts.id },
    signal: opts.signal,
  });
  return data.entity;
}

/** One piece of the explorer's graph; each is fetched once and cached under its key. */
export type GraphPart =
  | { kind: 'node'; id: string }
  | { kind: 'expand'; id: string; types: string[] | null; limit: number; asOf: string | null }
  | { kind: 'path'; from: string; to: string; maxHops: number };

export type GraphPartResult =
  | { kind: 'node'; node: GraphNode | null }
  | { kind: 'expand'; graph: Subgraph }
  | { kind: 'path'; result: PathResult };

export function partKey(part: GraphPart): string {
  switch (part.kind) {
    case 'node':
      return `node|${part.id}`;
    case 'expand':
      return `expand|${part.id}|${part.types ? [...part.types].sort().join(',') : '*'}|${part.limit}|${part.asOf ?? ''}`;
    case 'path':
      return `path|${part.from}|${part.to}|${part.maxHops}`;
  }
}

/** One GraphQL document that asks for every part at once, each under its own alias. */
export function buildPartsQuery(parts: readonly GraphPart[]): { query: string; variables: Record<string, unknown> } {
  const decls: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  parts.forEach((part, i) => {
    const a = `p${i}`;
    switch (part.kind) {
      case 'node':
        decls.push(`$${a}: ID!`);
        variables[a] = part.id;
        fields.push(`${a}: entity(id: $${a}) { node { ${NODE_FIELDS} } }`);
        break;
      case 'expand':
        decls.push(`$${a}: ID!`, `$${a}t: [String!]`, `$${a}l: Int`, `$${a}d: Date`);
        Object.assign(variables, { [a]: part.id, [`${a}t`]: part.types, [`${a}l`]: part.limit, [`${a}d`]: part.asOf });
        fields.push(`${a}: neighborhood(id: $${a}, depth: 1, relTypes: $${a}t, asOf: $${a}d, limit: $${a}l) { ${SUBGRAPH_FIELDS} }`);
        break;
      case 'path':
        decls.push(`$${a}f: ID!`, `$${a}to: ID!`, `$${a}h: Int`);
        Object.assign(variables, { [`${a}f`]: part.from, [`${a}to`]: part.to, [`${a}h`]: part.maxHops });
        fields.push(`${a}: paths(from: $${a}f, to: $${a}to, maxHops: $${a}h) { paths { nodeIds edgeIds length } graph { ${SUBGRAPH_FIELDS} } truncated }`);
        break;
    }
  });
  return { query: `query GraphParts(${decls.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
}

/**
 * Fetches parts in one request. A part that failed alone is reported in `failed`, the rest still
 * count. A batch the API refuses as too costly (a view restored from a URL may hold many parts) is
 * split in two and each half asked again, so no cost table is copied here; one part alone always
 * fits.
 */
export async function fetchGraphParts(opts: {
  parts: readonly GraphPart[];
  signal?: AbortSignal;
  /** The client's request function; the page's by default. */
  request?: typeof requestGraphQL;
}): Promise<{ results: Map<string, GraphPartResult>; failed: Map<string, Error> }> {
  const results = new Map<string, GraphPartResult>();
  const failed = new Map<string, Error>();
  const request = opts.request ?? requestGraphQL;
  const fetchBatch = async (parts: readonly GraphPart[]): Promise<void> => {
    if (parts.length === 0) return;
    const { query, variables } = buildPartsQuery(parts);
    let answer: Awaited<ReturnType<typeof requestGraphQL<Record<string, unknown>>>>;
    try {
      answer = await request<Record<string, unknown>>({ query, variables, signal: opts.signal });
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'QUERY_TOO_COMPLEX' && parts.length > 1)) throw err;
      const half = Math.ceil(parts.length / 2);
      await fetchBatch(parts.slice(0, half));
      await fetchBatch(parts.slice(half));
      return;
    }
    const { data, errors } = answer;
    parts.forEach((part, i) => {
      const key = partKey(part);
      const value = data[`p${i}`];
      const error = errors.find((e) => e.path === `p${i}`);
      if (error) failed.set(key, error);
      else if (part.kind === 'node') results.set(key, { kind: 'node', node: (value as { node: GraphNode } | null)?.node ?? null });
      else if (value == null) failed.set(key, errors[0] ?? new Error('no answer'));
      else if (part.kind === 'expand') results.set(key, { kind: 'expand', graph: value as Subgraph });
      else results.set(key, { kind: 'path', result: value as PathResult });
    });
  };
  await fetchBatch(opts.parts);
  return { results, failed };
}
