import { loadCypher } from '../cypher-file.ts';
import { QueryTimeoutError, type Graph, type PlainPath, type QueryOptions } from '../driver.ts';
import { SubgraphBuilder, type SubgraphView } from './graph-elements.ts';
import { findNodeById, HiddenNodeError, NodeNotFoundError } from './node-by-id.ts';
import { isHiddenNode, visibleNodeCondition, visibleRelTypes, type Visibility } from './visibility.ts';

const SHORTEST = loadCypher(new URL('./paths-shortest.cypher', import.meta.url));
const ALL = loadCypher(new URL('./paths-all.cypher', import.meta.url));

export const MAX_HOPS = 6;
export const MAX_PATHS = 100;
/** Mode ALL passes through no node with more relationships than this. */
export const HUB_DEGREE = 1000;
/** Mode ALL's search for longer paths gives up after this long and answers with the shortest ones. */
export const ALL_TIME_LIMIT_MS = 1000;
/**
 * Labels mode ALL does not pass through unless the request asks for one of the relationship types
 * that reach them: each has thousands of ties, and none is a route between two parties.
 */
export const SKIPPED_INTERIOR: Readonly<Record<string, readonly string[]>> = {
  Region: ['LOCATED_IN', 'PART_OF', 'SCOPE_REGION'],
  IpcClass: ['CLASSIFIED_AS', 'PART_OF', 'SCOPE_IPC'],
  Policy: ['ISSUED_BY', 'HAS_PROVISION', 'IMPLEMENTS', 'CITES_POLICY', 'SUPERSEDES', 'AMENDS', 'HAS_SCOPE'],
  CoverageScope: ['HAS_SCOPE', 'SCOPE_REGION', 'SCOPE_IPC', 'SCOPE_ORG'],
};

export type PathMode = 'SHORTEST' | 'ALL';

export interface PathsOptions {
  from: string;
  to: string;
  maxHops: number;
  /** Allow-listed relationship types; null: all of them. */
  relTypes?: readonly string[] | null;
  limit: number;
  mode: PathMode;
  /** What the caller may not see: no path passes through it; `hiddenPaths` counts those left out. */
  visibility?: Visibility | null;
}

export interface PathView {
  nodeIds: string[];
  edgeIds: string[];
  length: number;
}

export interface PathsResult {
  paths: PathView[];
  graph: SubgraphView;
  truncated: boolean;
  /** Mode ALL: the search for longer paths hit its time limit; the answer holds the shortest paths only. */
  cut: boolean;
  /** Shortest paths (at most limit + 1) that went through something the caller may not see. */
  hiddenPaths: number;
}

/** The Cypher for one request: types from the allow-list, hop and path counts as checked integers. */
export function pathsCypher(o: Pick<PathsOptions, 'maxHops' | 'relTypes' | 'limit' | 'mode' | 'visibility'>): string {
  const asked = o.relTypes && o.relTypes.length > 0 ? o.relTypes : null;
  const types = visibleRelTypes(asked, o.visibility);
  if (types.length === 0) throw new Error('no relationship type is left to follow');
  const visible = visibleNodeCondition('x', o.visibility);
  if (!Number.isInteger(o.maxHops) || o.maxHops < 1 || o.maxHops > MAX_HOPS) throw new Error(`maxHops must be 1–${MAX_HOPS}`);
  if (!Number.isInteger(o.limit) || o.limit < 1 || o.limit > MAX_PATHS) throw new Error(`limit must be 1–${MAX_PATHS}`);
  const skipped = Object.entries(SKIPPED_INTERIOR)
    .filter(([, reach]) => !asked || !reach.some((t) => asked.includes(t)))
    .map(([label]) => label);
  return (o.mode === 'ALL' ? ALL : SHORTEST)
    .replaceAll('{{SKIP_LABELS}}', skipped.join(', ') || 'no label')
    .replaceAll('{{NOT_SKIPPED}}', [skipped.length > 0 ? `NOT x:${skipped.join('|')}` : 'true', visible].join(' AND '))
    .replaceAll('{{VISIBLE}}', visible === 'true' ? 'true' : `all(x IN nodes(p) WHERE ${visible})`)
    .replaceAll('{{REL_TYPES}}', types.join('|'))
    .replaceAll('{{MAX_HOPS}}', String(o.maxHops))
    .replaceAll('{{K}}', String(o.limit + 1));
}

/**
 * Paths between two nodes, shortest first, at most `limit` of them (`truncated` when there were
 * more). Mode ALL first takes every shortest path (a fast bidirectional search), then looks for
 * longer simple paths under ALL_TIME_LIMIT_MS; past it, the shortest ones are the answer and `cut`
 * says so. Throws NodeNotFoundError naming `from` or `to` when an end does not exist.
 */
export async function findPaths(graph: Graph, o: PathsOptions, opts: QueryOptions = {}): Promise<PathsResult> {
  const shortestCypher = pathsCypher({ ...o, mode: 'SHORTEST' });
  const ends = await graph.readTx(async (run) => {
    const a = await findNodeById(run, o.from);
    if (!a) throw new NodeNotFoundError('from', o.from);
    const b = await findNodeById(run, o.to);
    if (!b) throw new NodeNotFoundError('to', o.to);
    const v = o.visibility;
    if (v && isHiddenNode(a.labels, v)) throw new HiddenNodeError('from', o.from, a.labels);
    if (v && isHiddenNode(b.labels, v)) throw new HiddenNodeError('to', o.to, b.labels);
    const params = { from: a.elementId, to: b.elementId, limitPlusOne: o.limit + 1 };
    const rows = await run<{ p: PlainPath }>(shortestCypher, params);
    // What the caller would have seen with nothing hidden, to count the paths left out.
    let hiddenPaths = 0;
    if (v && (v.hiddenLabels.length > 0 || v.hiddenRelTypes.length > 0)) {
      const unrestricted = await run<{ p: PlainPath }>(pathsCypher({ ...o, mode: 'SHORTEST', visibility: null }), params);
      hiddenPaths = unrestricted.filter(({ p }) => p.nodes.some((n) => isHiddenNode(n.labels, v)) || p.relationships.some((r) => v.hiddenRelTypes.includes(r.type))).length;
    }
    return { a, b, shortest: rows.map((r) => r.p), hiddenPaths };
  }, opts);
  let found = ends.shortest;
  let cut = false;
  // No shortest path within maxHops means no path at all: the longer search is only for ends that connect.
  const longer = o.mode === 'ALL' && found.length > 0 && found.length <= o.limit && found[0]!.relationships.length < o.maxHops;
  if (longer) {
    const cypher = pathsCypher(o);
    const params = { from: ends.a.elementId, to: ends.b.elementId, hubDegree: HUB_DEGREE };
    try {
      const rows = await graph.read<{ p: PlainPath }>(
        cypher,
        params,
        { timeoutMs: Math.min(ALL_TIME_LIMIT_MS, opts.timeoutMs ?? ALL_TIME_LIMIT_MS) },
      );
      const seen = new Set(found.map(pathKey));
      for (const { p } of rows) if (!seen.has(pathKey(p))) found.push(p);
    } catch (err) {
      if (!(err instanceof QueryTimeoutError)) throw err;
      cut = true;
    }
  }
  found = found.sort((x, y) => x.relationships.length - y.relationships.length);
  const kept = found.slice(0, o.limit);
  const answer = new SubgraphBuilder();
  for (const p of kept) {
    for (const n of p.nodes) answer.addNode(n);
    for (const r of p.relationships) answer.addRelationship(r);
  }
  const paths = kept.map((p) => ({
    nodeIds: p.nodes.map((n) => answer.nodes.get(n.elementId)!.id),
    edgeIds: p.relationships.map((r) => answer.edgeOf(r).id),
    length: p.relationships.length,
  }));
  return { paths, graph: answer.build(), truncated: found.length > o.limit, cut, hiddenPaths: ends.hiddenPaths };
}

const pathKey = (p: PlainPath) => p.relationships.map((r) => r.elementId).join(',');
