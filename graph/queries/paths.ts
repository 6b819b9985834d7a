import { loadStatement } from '../cypher-file.ts';
import { QueryTimeoutError, type Graph, type PlainPath, type QueryOptions } from '../driver.ts';
import { SubgraphBuilder, type SubgraphView } from './graph-elements.ts';
import { findNodeById, HiddenNodeError, NodeNotFoundError } from './node-by-id.ts';
import { KEEP_PLAN, planOnce } from './plan-first.ts';
import { isHiddenNode, visibleRelTypes, type Visibility } from './visibility.ts';

const SHORTEST = loadStatement(new URL('./paths-shortest.cypher', import.meta.url));
const ALL = loadStatement(new URL('./paths-all.cypher', import.meta.url));

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

/**
 * The k of mode ALL's `SHORTEST k`, which Cypher takes only as a literal: the smallest of these
 * that holds one more than the limit, the search's extra paths then dropped. Few sizes, so few
 * statements; the web app's default limit of 10 gets exactly 11.
 */
export const K_SIZES = [11, 26, 51, MAX_PATHS + 1] as const;

export interface PathsOptions {
  from: string;
  to: string;
  maxHops: number;
  /** Allow-listed relationship types; null: all of them. */
  relTypes?: readonly string[] | null;
  limit: number;
  mode: PathMode;
  /** What the caller may not see: no path passes through it. */
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
}

/**
 * Everything a request varies, as the statements' one parameter `$q` (Neo4j keys plans by each
 * parameter's type and the size range of strings and lists; a map is one type whatever it holds).
 */
export interface PathsParameter {
  /** The ends' element ids. */
  from: string;
  to: string;
  /** The asked types the caller may see; never empty. */
  types: string[];
  hiddenLabels: string[];
  /** Labels mode ALL passes through no node of: those skipped for the asked types, and the hidden ones. */
  avoid: string[];
  limitPlusOne: number;
  hubDegree: number;
}

export interface PathsStatement {
  cypher: string;
  params: { q: PathsParameter };
}

/** Element ids no node has: a statement's first run, which plans and compiles it, then finds nothing. */
const NO_ENDS = { from: '', to: '' };

/** The statement of a mode and hop limit (and, for ALL, a k of K_SIZES): the same for every request that shares them. */
export function pathsCypher(mode: PathMode, maxHops: number, k: number = K_SIZES[0]): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw new Error(`maxHops must be 1–${MAX_HOPS}`);
  if (mode === 'SHORTEST') return `${KEEP_PLAN}\n${SHORTEST.replaceAll('{{MAX_HOPS}}', String(maxHops))}`;
  if (!(K_SIZES as readonly number[]).includes(k)) throw new Error(`k must be one of ${K_SIZES.join(', ')}`);
  return `${KEEP_PLAN}\n${ALL.replaceAll('{{MAX_HOPS}}', String(maxHops)).replaceAll('{{K}}', String(k))}`;
}

/**
 * The statement and parameter of a request between two nodes (by element id), or null when the
 * caller may see none of the asked types. Types are checked against the model.
 */
export function pathsStatement(o: Omit<PathsOptions, 'from' | 'to'>, ends: { from: string; to: string }): PathsStatement | null {
  if (!Number.isInteger(o.limit) || o.limit < 1 || o.limit > MAX_PATHS) throw new Error(`limit must be 1–${MAX_PATHS}`);
  const asked = o.relTypes && o.relTypes.length > 0 ? o.relTypes : null;
  const types = visibleRelTypes(asked, o.visibility);
  if (types.length === 0) return null;
  const hiddenLabels = [...(o.visibility?.hiddenLabels ?? [])];
  const skipped = Object.entries(SKIPPED_INTERIOR)
    .filter(([, reach]) => !asked || !reach.some((t) => asked.includes(t)))
    .map(([label]) => label);
  const k = K_SIZES.find((size) => size >= o.limit + 1)!;
  return {
    cypher: pathsCypher(o.mode, o.maxHops, k),
    params: { q: { ...ends, types, hiddenLabels, avoid: [...skipped, ...hiddenLabels], limitPlusOne: o.limit + 1, hubDegree: HUB_DEGREE } },
  };
}

/** Every statement findPaths() can run, each with a parameter of the shape requests send: what start-up plans. */
export function pathsFamily(): PathsStatement[] {
  const family: PathsStatement[] = [];
  const ends = NO_ENDS;
  for (let maxHops = 1; maxHops <= MAX_HOPS; maxHops++) {
    family.push(pathsStatement({ mode: 'SHORTEST', maxHops, limit: 1 }, ends)!);
    // Mode ALL looks for longer paths only below the hop limit: never with one hop.
    if (maxHops > 1) for (const k of K_SIZES) family.push(pathsStatement({ mode: 'ALL', maxHops, limit: k - 1 }, ends)!);
  }
  return family;
}

/**
 * Paths between two nodes, shortest first, at most `limit` of them (`truncated` when there were
 * more). Mode ALL first takes every shortest path (a fast bidirectional search), then looks for
 * longer simple paths under ALL_TIME_LIMIT_MS; past it, the shortest ones are the answer and `cut`
 * says so. Throws NodeNotFoundError naming `from` or `to` when an end does not exist. Asked types
 * the caller may not see link nothing, as types that link nothing would: the answer says nothing
 * of what they reach.
 */
export async function findPaths(graph: Graph, o: PathsOptions, opts: QueryOptions = {}): Promise<PathsResult> {
  // Planned (or waited for) before the transaction starts, so planning is not counted against it.
  const shape = pathsStatement({ ...o, mode: 'SHORTEST' }, NO_ENDS);
  if (shape) await planOnce(graph, shape, opts);
  const ends = await graph.readTx(async (run) => {
    // Each end checked whole (there and visible) before the next: were `to`'s existence checked
    // before `from`'s visibility, the argument named would tell a hidden `from` from an unknown one.
    const v = o.visibility;
    const a = await findNodeById(run, o.from);
    if (!a) throw new NodeNotFoundError('from', o.from);
    if (v && isHiddenNode(a.labels, v)) throw new HiddenNodeError('from', o.from, a.labels);
    const b = await findNodeById(run, o.to);
    if (!b) throw new NodeNotFoundError('to', o.to);
    if (v && isHiddenNode(b.labels, v)) throw new HiddenNodeError('to', o.to, b.labels);
    if (!shape) return { a, b, shortest: [] };
    const { params } = pathsStatement({ ...o, mode: 'SHORTEST' }, { from: a.elementId, to: b.elementId })!;
    const rows = await run<{ p: PlainPath }>(shape.cypher, params);
    return { a, b, shortest: rows.map((r) => r.p) };
  }, opts);
  let found = ends.shortest;
  let cut = false;
  // No shortest path within maxHops means no path at all: the longer search is only for ends that connect.
  const longer = o.mode === 'ALL' && found.length > 0 && found.length <= o.limit && found[0]!.relationships.length < o.maxHops;
  if (longer) {
    const { cypher, params } = pathsStatement(o, { from: ends.a.elementId, to: ends.b.elementId })!;
    try {
      // The time limit is for the search, not for planning.
      await planOnce(graph, { cypher, params: { q: { ...params.q, ...NO_ENDS } } }, opts);
      const rows = await graph.read<{ p: PlainPath }>(cypher, params, { ...opts, timeoutMs: Math.min(ALL_TIME_LIMIT_MS, opts.timeoutMs ?? ALL_TIME_LIMIT_MS) });
      const seen = new Set(found.map(pathKey));
      for (const { p } of rows) if (!seen.has(pathKey(p))) found.push(p);
    } catch (err) {
      // Out of time (its own second, the request's, or waiting for its plan): the shortest paths are the answer.
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
  return { paths, graph: answer.build(), truncated: found.length > o.limit, cut };
}

const pathKey = (p: PlainPath) => p.relationships.map((r) => r.elementId).join(',');
