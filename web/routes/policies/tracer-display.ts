import type { ChainItem } from './tracer-queries.ts';

// How the tracer page lays out its answers: the implementation tree indented, tile colours, the tree to draw.

/** The chain as rows of an indented tree, each under its parent, in the order the API gives. */
export function chainRows(items: readonly ChainItem[]): { item: ChainItem; depth: number }[] {
  const children = new Map<string | null, ChainItem[]>();
  for (const i of items) (children.get(i.parentId) ?? children.set(i.parentId, []).get(i.parentId)!).push(i);
  const out: { item: ChainItem; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const i of children.get(parent) ?? []) {
      if (seen.has(i.policy.id)) continue;
      seen.add(i.policy.id);
      out.push({ item: i, depth });
      walk(i.policy.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A tile's fill for a count, from pale to deep blue as the count nears the largest. */
export function tileColor(count: number, max: number): string {
  const t = max > 0 ? Math.sqrt(count / max) : 0;
  const light = Math.round(95 - t * 50);
  return `hsl(215 70% ${light}%)`;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The implementation tree to draw: the tree's policies and the IMPLEMENTS links among them, nothing else of the chain's graph. */
export function implementsTree<G extends { nodes: { id: string }[]; edges: { type: string; source: string; target: string }[] }>(graph: G, treeIds: readonly string[]): G {
  const keep = new Set(treeIds);
  return { ...graph, nodes: graph.nodes.filter((n) => keep.has(n.id)), edges: graph.edges.filter((e) => e.type === 'IMPLEMENTS' && keep.has(e.source) && keep.has(e.target)) };
}
