import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainPath, QueryOptions } from '../driver.ts';
import { SubgraphBuilder, type SubgraphView } from './graph-elements.ts';
import { RELATIONSHIP_TYPES } from './graph-model.ts';
import { findNodeById, NodeNotFoundError } from './node-by-id.ts';

const SHORTEST = loadCypher(new URL('./paths-shortest.cypher', import.meta.url));
const ALL = loadCypher(new URL('./paths-all.cypher', import.meta.url));

export const MAX_HOPS = 6;
export const MAX_PATHS = 100;

export type PathMode = 'SHORTEST' | 'ALL';

export interface PathsOptions {
  from: string;
  to: string;
  maxHops: number;
  /** Allow-listed relationship types; null: all of them. */
  relTypes?: readonly string[] | null;
  limit: number;
  mode: PathMode;
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
}

/** The Cypher for one request: types from the allow-list, hop and path counts as checked integers. */
export function pathsCypher(o: Pick<PathsOptions, 'maxHops' | 'relTypes' | 'limit' | 'mode'>): string {
  const types = o.relTypes && o.relTypes.length > 0 ? o.relTypes : RELATIONSHIP_TYPES;
  for (const t of types) if (!(RELATIONSHIP_TYPES as readonly string[]).includes(t)) throw new Error(`relationship type ${t} is not in the model`);
  if (!Number.isInteger(o.maxHops) || o.maxHops < 1 || o.maxHops > MAX_HOPS) throw new Error(`maxHops must be 1–${MAX_HOPS}`);
  if (!Number.isInteger(o.limit) || o.limit < 1 || o.limit > MAX_PATHS) throw new Error(`limit must be 1–${MAX_PATHS}`);
  return (o.mode === 'ALL' ? ALL : SHORTEST)
    .replaceAll('{{REL_TYPES}}', types.join('|'))
    .replaceAll('{{MAX_HOPS}}', String(o.maxHops))
    .replaceAll('{{K}}', String(o.limit + 1));
}

/**
 * Paths between two nodes, shortest first, at most `limit` of them (`truncated` when there were
 * more). Throws NodeNotFoundError naming `from` or `to` when an end does not exist.
 */
export async function findPaths(graph: Graph, o: PathsOptions, opts: QueryOptions = {}): Promise<PathsResult> {
  const cypher = pathsCypher(o);
  return graph.readTx(async (run) => {
    const a = await findNodeById(run, o.from);
    if (!a) throw new NodeNotFoundError('from', o.from);
    const b = await findNodeById(run, o.to);
    if (!b) throw new NodeNotFoundError('to', o.to);
    const rows = await run<{ p: PlainPath }>(cypher, { from: a.elementId, to: b.elementId, limitPlusOne: o.limit + 1 });
    const found = rows.map((r) => r.p).sort((x, y) => x.relationships.length - y.relationships.length);
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
    return { paths, graph: answer.build(), truncated: found.length > o.limit };
  }, opts);
}
