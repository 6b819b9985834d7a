import { ApiError } from './api-error.ts';
import type { GraphNode, Subgraph } from './fragments.ts';
import { graphql } from './generated/index.ts';
import { TypedDocumentString, type SearchQuery, type StatsQuery } from './generated/graphql.ts';
import { requestGraphQL } from './graphql-client.ts';

export type SearchHit = SearchQuery['search'][number];
/** The kinds `search` leaves out for the caller's role (`searchHidden`): from the role, never counted. */
export type SearchHidden = NonNullable<SearchQuery['searchHidden']>;
export type Stats = StatsQuery['stats'];

const SearchDocument = graphql(`
  query Search($text: String!, $first: Int, $kinds: [String!]) {
    search(text: $text, first: $first, kinds: $kinds) {
      ...SearchHitFields
      score
      snippet
    }
    searchHidden(kinds: $kinds) {
      kinds
      visibleTo
    }
  }
`);

/** The hits, and what the caller's role kept out of them (null when nothing), in one request. */
export async function searchEntities(opts: { text: string; first?: number; kinds?: readonly string[]; signal?: AbortSignal }): Promise<{ hits: SearchHit[]; hidden: SearchHidden | null }> {
  const { data } = await requestGraphQL({
    document: SearchDocument,
    variables: { text: opts.text, first: opts.first ?? 30, kinds: opts.kinds ? [...opts.kinds] : null },
    signal: opts.signal,
  });
  return { hits: data.search, hidden: data.searchHidden };
}

const StatsDocument = graphql(`
  query Stats {
    stats {
      nodes
      relationships
      byLabel {
        name
        count
      }
      byType {
        name
        count
      }
      transactionDates {
        first
        last
      }
    }
  }
`);

export async function fetchStats(opts: { signal?: AbortSignal; fetch?: typeof fetch } = {}): Promise<Stats> {
  const { data } = await requestGraphQL({ document: StatsDocument, signal: opts.signal, fetch: opts.fetch });
  return data.stats;
}

// The explorer asks for every piece of its canvas in one request: each piece is one of these
// operations, checked and typed by codegen, put under an alias of its own by `buildPartsQuery`.

const NodePartDocument = graphql(`
  query NodePart($id: ID!) {
    part: entity(id: $id) {
      node {
        ...GraphNodeFields
      }
    }
  }
`);

const ExpandPartDocument = graphql(`
  query ExpandPart($id: ID!, $types: [String!], $limit: Int, $asOf: Date) {
    part: neighborhood(id: $id, depth: 1, relTypes: $types, asOf: $asOf, limit: $limit) {
      ...DrawnGraphFields
      ...SubgraphCutFields
    }
  }
`);

const PathPartDocument = graphql(`
  query PathPart($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
    part: paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
      paths {
        nodeIds
        edgeIds
        length
      }
      graph {
        ...DrawnGraphFields
        ...SubgraphCutFields
      }
      truncated
    }
  }
`);

const LinksPartDocument = graphql(`
  query LinksPart($ids: [ID!]!, $among: [ID!]) {
    part: links(ids: $ids, among: $among) {
      ...DrawnGraphFields
      truncated
    }
  }
`);

/** An operation that asks one root field under the alias `part`. */
type PartDocument<R extends { part: unknown }, V> = TypedDocumentString<R, V>;
type PartAnswer<D> = D extends PartDocument<infer R, infer _V> ? R['part'] : never;

export type PathResult = NonNullable<PartAnswer<typeof PathPartDocument>>;

/** One piece of the explorer's graph; each is fetched once and cached under its key. */
export type GraphPart =
  | { kind: 'node'; id: string }
  | { kind: 'expand'; id: string; types: string[] | null; limit: number; asOf: string | null }
  | { kind: 'path'; from: string; to: string; maxHops: number; limit: number }
  /** The relationships of nodes new on the canvas to each other and to what it showed before. */
  | { kind: 'links'; ids: string[]; among: string[] };

export type GraphPartResult =
  | { kind: 'node'; node: GraphNode | null }
  | { kind: 'expand'; graph: Subgraph }
  | { kind: 'path'; result: PathResult }
  | { kind: 'links'; graph: LinksResult };

export type LinksResult = NonNullable<PartAnswer<typeof LinksPartDocument>>;

export function partKey(part: GraphPart): string {
  switch (part.kind) {
    case 'node':
      return `node|${part.id}`;
    case 'expand':
      return `expand|${part.id}|${part.types ? [...part.types].sort().join(',') : '*'}|${part.limit}|${part.asOf ?? ''}`;
    case 'path':
      return `path|${part.from}|${part.to}|${part.maxHops}|${part.limit}`;
    // Asked once per node as it arrives, whatever the canvas held then (in runs when large).
    case 'links':
      return `links|${part.ids.join(',')}|${part.among.length}|${part.among[0] ?? ''}`;
  }
}

/** A part's operation with its variables, checked against each other here. */
interface Piece {
  text: string;
  variables: Record<string, unknown>;
}

function piece<R extends { part: unknown }, V extends Record<string, unknown>>(document: PartDocument<R, V>, variables: NoInfer<V>): Piece {
  return { text: document.toString(), variables };
}

function pieceOf(part: GraphPart): Piece {
  switch (part.kind) {
    case 'node':
      return piece(NodePartDocument, { id: part.id });
    case 'expand':
      return piece(ExpandPartDocument, { id: part.id, types: part.types, limit: part.limit, asOf: part.asOf });
    case 'path':
      return piece(PathPartDocument, { from: part.from, to: part.to, maxHops: part.maxHops, limit: part.limit });
    case 'links':
      return piece(LinksPartDocument, { ids: part.ids, among: part.among });
  }
}

/**
 * An operation's text as codegen prints it (the operation, then the fragments it spreads), cut into
 * its variable definitions, its selection and its fragment definitions.
 */
function splitOperation(text: string): { definitions: string; selection: string; fragments: Map<string, string> } {
  const head = /^\s*query\s+\w+\s*\(([^)]*)\)\s*\{/.exec(text);
  if (!head) throw new Error(`not a query with variables: ${text.slice(0, 60)}`);
  let depth = 1;
  let end = head[0].length;
  while (depth > 0 && end < text.length) {
    const c = text[end++];
    if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  const fragments = new Map<string, string>();
  for (const definition of text.slice(end).split(/(?=\bfragment\s)/)) {
    const name = /^\s*fragment\s+(\w+)/.exec(definition)?.[1];
    if (name) fragments.set(name, definition.trim());
  }
  return { definitions: head[1]!, selection: text.slice(head[0].length, end - 1).trim(), fragments };
}

/**
 * One GraphQL document that asks for every part at once: part i's operation with its root field
 * under the alias `p{i}` and its variables prefixed `p{i}_`, the fragments they share written once.
 * `query` is the document's text.
 */
export function buildPartsQuery(parts: readonly GraphPart[]): { query: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const selections: string[] = [];
  const fragments = new Map<string, string>();
  const variables: Record<string, unknown> = {};
  parts.forEach((part, i) => {
    const alias = `p${i}`;
    const { text, variables: own } = pieceOf(part);
    const op = splitOperation(text);
    const rename = (s: string) => s.replace(/\$(\w+)/g, `$$${alias}_$1`);
    definitions.push(rename(op.definitions));
    selections.push(rename(op.selection).replace(/^part:/, `${alias}:`));
    for (const [name, definition] of op.fragments) fragments.set(name, definition);
    for (const [name, value] of Object.entries(own)) variables[`${alias}_${name}`] = value;
  });
  const query = `query GraphParts(${definitions.join(', ')}) {\n  ${selections.join('\n  ')}\n}\n${[...fragments.values()].join('\n')}`;
  return { query, variables };
}

/** What the batch answers: each alias holds its part's answer (null when that part failed). */
type PartsAnswer = Record<string, unknown>;

/** Part i's answer in a batch, typed by the operation the part was asked with. */
function answerOf<R extends { part: unknown }>(data: PartsAnswer, i: number, _document: PartDocument<R, never>): R['part'] | undefined {
  return data[`p${i}`] as R['part'] | undefined;
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
    let answer: Awaited<ReturnType<typeof requestGraphQL<PartsAnswer, Record<string, unknown>>>>;
    try {
      answer = await request({ document: new TypedDocumentString<PartsAnswer, Record<string, unknown>>(query), variables, signal: opts.signal });
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
      const error = errors.find((e) => e.path === `p${i}`);
      if (error) {
        failed.set(key, error);
        return;
      }
      if (part.kind === 'node') {
        results.set(key, { kind: 'node', node: answerOf(data, i, NodePartDocument)?.node ?? null });
      } else if (part.kind === 'expand') {
        const graph = answerOf(data, i, ExpandPartDocument);
        if (graph) results.set(key, { kind: 'expand', graph });
        else failed.set(key, errors[0] ?? new Error('no answer'));
      } else if (part.kind === 'links') {
        const graph = answerOf(data, i, LinksPartDocument);
        if (graph) results.set(key, { kind: 'links', graph });
        else failed.set(key, errors[0] ?? new Error('no answer'));
      } else {
        const result = answerOf(data, i, PathPartDocument);
        if (result) results.set(key, { kind: 'path', result });
        else failed.set(key, errors[0] ?? new Error('no answer'));
      }
    });
  };
  await fetchBatch(opts.parts);
  return { results, failed };
}
