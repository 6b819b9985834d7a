import type { GraphEdge, GraphNode } from '../api/fragments.ts';
import type { Filters } from './exploration.ts';

const str = (p: GraphNode['properties'], key: string): string | null => {
  const v = p[key];
  return typeof v === 'string' && v !== '' ? v : null;
};

/** A transaction's amount in CNY, when it has one. */
export function amountOf(node: GraphNode): number | null {
  const v = node.properties.amount_cny ?? node.properties.amountCny;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The date from which a node exists in the story the date slider tells; null: always. */
export function nodeStartDate(node: GraphNode): string | null {
  const p = node.properties;
  switch (node.kind) {
    case 'transaction':
      return str(p, 'date');
    case 'patent':
      return str(p, 'filed');
    case 'policy':
      return str(p, 'issued') ?? str(p, 'effective');
    default:
      return str(p, 'founded');
  }
}

/** Whether a relationship holds on `asOf`: holdings by their [from, until) period, equity and offices from `since`. */
export function edgeInForce(edge: GraphEdge, asOf: string): boolean {
  const p = edge.properties;
  if (edge.type === 'HOLDS') {
    const from = str(p, 'from');
    const until = str(p, 'until');
    return (from === null || from <= asOf) && (until === null || asOf < until);
  }
  const since = str(p, 'since');
  return since === null || since <= asOf;
}

export function nodePasses(node: GraphNode, filters: Filters, asOf: string | null): boolean {
  if (filters.hiddenKinds.includes(node.kind)) return false;
  if (node.kind === 'transaction') {
    const txKind = str(node.properties, 'kind');
    if (txKind && filters.hiddenTxKinds.includes(txKind)) return false;
    const amount = amountOf(node);
    if (amount !== null) {
      if (filters.minAmount !== null && amount < filters.minAmount) return false;
      if (filters.maxAmount !== null && amount > filters.maxAmount) return false;
    }
  }
  if (asOf) {
    const start = nodeStartDate(node);
    if (start !== null && start > asOf) return false;
  }
  return true;
}

/**
 * What the canvas shows: nodes that pass the filters and were there on the date, and the
 * relationships between them that were in force. `keep` (the selection, the path's ends) stays
 * whatever the filters say, so the user never loses the node they are looking at.
 */
export function visibleGraph(opts: {
  nodes: Iterable<GraphNode>;
  edges: Iterable<GraphEdge>;
  filters: Filters;
  asOf: string | null;
  keep?: ReadonlySet<string>;
}): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const ids = new Set<string>();
  for (const n of opts.nodes) {
    if (opts.keep?.has(n.id) || nodePasses(n, opts.filters, opts.asOf)) {
      nodes.push(n);
      ids.add(n.id);
    }
  }
  const edges: GraphEdge[] = [];
  for (const e of opts.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    if (opts.filters.hiddenEdgeTypes.includes(e.type)) continue;
    if (opts.asOf && !edgeInForce(e, opts.asOf)) continue;
    edges.push(e);
  }
  return { nodes, edges };
}
