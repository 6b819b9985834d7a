import type { Count, GraphEdge, GraphNode, Hidden } from '../api/fragments.ts';
import { partKey, type GraphPart, type GraphPartResult, type PathResult } from '../api/queries.ts';
import type { Expansion, Exploration } from './exploration.ts';

export interface Truncation {
  /** The expanded node. */
  id: string;
  expansion: Expansion;
  omittedNodes: number;
  byKind: Count[];
}

export interface DerivedGraph {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  /** Nodes with at least one expansion in force. */
  expanded: Set<string>;
  /** Expansions whose node is on the canvas; the others wait for it (or get pruned). */
  anchored: Expansion[];
  path: {
    nodeIds: Set<string>;
    edgeIds: Set<string>;
    /** Each path found, shortest first: its nodes and relationships in order. */
    list: { nodeIds: string[]; edgeIds: string[] }[];
    found: number;
    truncated: boolean;
  } | null;
  truncations: Truncation[];
  /** Ids asked for that the database does not have. */
  missing: string[];
  /** What the caller's role may not see, as each answer on the canvas counted it. */
  hidden: Hidden[];
}

/** Every query the exploration needs; the date only matters to neighbourhoods. */
export function partsFor(exploration: Exploration): GraphPart[] {
  const parts: GraphPart[] = exploration.nodes.map((id) => ({ kind: 'node', id }));
  for (const e of exploration.expansions) parts.push({ kind: 'expand', id: e.id, types: e.types, limit: e.limit, asOf: exploration.asOf });
  if (exploration.path) parts.push({ kind: 'path', ...exploration.path });
  return parts;
}

function addAll(into: DerivedGraph, nodes: readonly GraphNode[], edges: readonly GraphEdge[]): void {
  for (const n of nodes) if (!into.nodes.has(n.id)) into.nodes.set(n.id, n);
  for (const e of edges) if (!into.edges.has(e.id)) into.edges.set(e.id, e);
}

/**
 * The graph an exploration shows, from the answers fetched so far. Entities and the path are always
 * there; an expansion counts only while its node is on the canvas through something else, so a
 * collapse also takes away what was expanded from the nodes it removed. Relationships between nodes
 * that different parts brought come from `links`. Removed nodes go last.
 */
export function deriveGraph(
  exploration: Exploration,
  results: (key: string) => GraphPartResult | undefined,
  /** Relationships between nodes that came by different parts (links): drawn where both ends are. */
  links: Iterable<readonly GraphEdge[]> = [],
): DerivedGraph {
  const g: DerivedGraph = { nodes: new Map(), edges: new Map(), expanded: new Set(), anchored: [], path: null, truncations: [], missing: [], hidden: [] };

  for (const id of exploration.nodes) {
    const r = results(partKey({ kind: 'node', id }));
    if (r?.kind === 'node') {
      if (r.node) addAll(g, [r.node], []);
      else g.missing.push(id);
    }
  }

  if (exploration.path) {
    const r = results(partKey({ kind: 'path', ...exploration.path }));
    if (r?.kind === 'path') {
      addAll(g, r.result.graph.nodes, r.result.graph.edges);
      const paths: PathResult['paths'] = r.result.paths;
      g.path = {
        nodeIds: new Set(paths.flatMap((p) => p.nodeIds)),
        edgeIds: new Set(paths.flatMap((p) => p.edgeIds)),
        list: paths.map((p) => ({ nodeIds: p.nodeIds, edgeIds: p.edgeIds })),
        found: paths.length,
        truncated: r.result.truncated,
      };
      if (r.result.graph.hidden) g.hidden.push(r.result.graph.hidden);
    }
  }

  const pending = new Set(exploration.expansions);
  for (let progress = true; progress; ) {
    progress = false;
    for (const e of pending) {
      if (!g.nodes.has(e.id)) continue;
      const r = results(partKey({ kind: 'expand', id: e.id, types: e.types, limit: e.limit, asOf: exploration.asOf }));
      pending.delete(e);
      g.anchored.push(e);
      g.expanded.add(e.id);
      progress = true;
      if (r?.kind !== 'expand') continue;
      addAll(g, r.graph.nodes, r.graph.edges);
      if (r.graph.hidden) g.hidden.push(r.graph.hidden);
      // Only relationships left out, the answer short of its limit: every neighbour is there,
      // and the links asked for the canvas's newcomers bring the relationships.
      const omittedNodes = r.graph.omitted?.nodes ?? 0;
      if (r.graph.truncated && (omittedNodes > 0 || r.graph.nodes.length >= e.limit)) {
        g.truncations.push({ id: e.id, expansion: e, omittedNodes: r.graph.omitted?.nodes ?? 0, byKind: r.graph.omitted?.byKind ?? [] });
      }
    }
  }
  for (const edges of links) {
    for (const e of edges) if (!g.edges.has(e.id) && g.nodes.has(e.source) && g.nodes.has(e.target)) g.edges.set(e.id, e);
  }
  // Keep the anchored list in the exploration's order, so pruning never reorders the URL.
  g.anchored = exploration.expansions.filter((e) => g.anchored.includes(e));

  for (const id of exploration.removed) {
    g.nodes.delete(id);
    g.expanded.delete(id);
  }
  for (const [id, e] of g.edges) if (!g.nodes.has(e.source) || !g.nodes.has(e.target)) g.edges.delete(id);
  return g;
}
