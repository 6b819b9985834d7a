import { loadStatement } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { nodeView, subgraphView, type EdgeView, type NodeView, type SubgraphView } from './graph-elements.ts';
import { NAMING_VALUES, namingProperties } from './naming.ts';
import { edgeIdOf } from '../vocabulary/index.ts';
import { KEEP_PLAN, planOnce, type PlannedStatement } from './plan-first.ts';
import { visibleRelTypes, type Visibility } from './visibility.ts';

const LINKS = loadStatement(new URL('./links.cypher', import.meta.url));
const NODE_BY_ID = loadStatement(new URL('./node-by-id.cypher', import.meta.url));

/** Nodes whose links are asked for in one request (a canvas's newcomers). */
export const MAX_LINK_IDS = 500;
/** Nodes they may link to (what the canvas shows). */
export const MAX_LINK_AMONG = 5000;
/** Relationships in one answer; `truncated` says when more linked. */
export const MAX_LINKS = 5000;
/** Nodes of more relationships are never read whole: their pairs are looked up from the other end. */
export const LINKS_DENSE_DEGREE = 300;

export interface LinksOptions {
  ids: readonly string[];
  among: readonly string[];
  relTypes?: readonly string[] | null;
  visibility?: Visibility | null;
}

export interface LinksParameter {
  ids: string[];
  /** `ids` and `among`, once each. */
  all: string[];
  types: string[];
  hiddenLabels: string[];
  denseDegree: number;
  maxLinksPlusOne: number;
}

/** The one statement, the same text for every request (its ids travel in `$q`), planned at start-up. */
const CYPHER = `${KEEP_PLAN}\n${LINKS.replaceAll(
  '{{NODE_BY_ID}}',
  // Per id of a list: the block's own parameter becomes the list's item.
  NODE_BY_ID.replaceAll('$id', 'id').replace('CALL () {', 'CALL (id) {').replace(/^/gm, '    '),
).replace('{{PROPERTIES}}', NAMING_VALUES)}`;

export function linksStatement(o: LinksOptions): PlannedStatement | null {
  const types = visibleRelTypes(o.relTypes && o.relTypes.length > 0 ? o.relTypes : null, o.visibility);
  if (types.length === 0) return null;
  const q: LinksParameter = {
    ids: [...new Set(o.ids)],
    all: [...new Set([...o.ids, ...o.among])],
    types,
    hiddenLabels: [...(o.visibility?.hiddenLabels ?? [])],
    denseDegree: LINKS_DENSE_DEGREE,
    maxLinksPlusOne: MAX_LINKS + 1,
  };
  return { cypher: CYPHER, params: { q } };
}

/** The statement with a parameter of the shape requests send, selecting nothing: what start-up plans. */
export function linksFamily(): PlannedStatement[] {
  return [linksStatement({ ids: [''], among: [''] })!];
}

type NodeRow = [id: string, labels: string[], values: unknown[]];
type LinkRow = [type: string, source: string, target: string, properties: Record<string, unknown>];

/**
 * The relationships from any of `ids` to another of `ids` or of `among`, with the nodes at their
 * ends: what a canvas that gained `ids` draws between them and what it already holds. Ids no node
 * has and nodes the caller may not see are passed over alike; relationship types it may not see
 * link nothing. At most MAX_LINKS relationships (`truncated`, with the count left out unknown).
 */
export async function links(graph: Graph, o: LinksOptions, opts: QueryOptions = {}): Promise<SubgraphView> {
  const statement = linksStatement(o);
  if (!statement || o.ids.length === 0) return subgraphView([], [], null);
  await planOnce(graph, linksFamily()[0]!, opts);
  const [row] = await graph.read<{ edges: LinkRow[]; nodes: NodeRow[] }>(statement.cypher, statement.params, opts);
  const nodes = new Map<string, NodeView>();
  for (const [id, labels, values] of row?.nodes ?? []) {
    if (!nodes.has(id)) nodes.set(id, nodeView({ elementId: id, labels, properties: namingProperties(values) }));
  }
  const edges = new Map<string, EdgeView>();
  for (const [type, source, target, properties] of row?.edges ?? []) {
    const id = edgeIdOf({ type, source, target, properties });
    if (!edges.has(id)) edges.set(id, { elementId: id, id, type, source, target, properties });
  }
  const all = [...edges.values()];
  const kept = all.slice(0, MAX_LINKS);
  const endIds = new Set(kept.flatMap((e) => [e.source, e.target]));
  return subgraphView(
    [...nodes.values()].filter((n) => endIds.has(n.id)),
    kept,
    all.length > MAX_LINKS ? { nodes: 0, edges: all.length - MAX_LINKS, exact: false, byKind: [] } : null,
  );
}
