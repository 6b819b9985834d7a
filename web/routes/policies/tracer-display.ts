import type { ChainItem } from './tracer-queries.ts';

// How the tracer page lays out its answers: the chain as an indented tree, tile colours, the IMPLEMENTS tree.

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

/** The policies joined to the root by IMPLEMENTS links (either way), with those links: the tree to draw. */
export function implementsTree<G extends { nodes: { id: string }[]; edges: { type: string; source: string; target: string }[] }>(graph: G, rootId: string): G {
  const links = graph.edges.filter((e) => e.type === 'IMPLEMENTS');
  const keep = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of links) {
      if (keep.has(e.source) !== keep.has(e.target)) {
        keep.add(e.source);
        keep.add(e.target);
        grew = true;
      }
    }
  }
  return { ...graph, nodes: graph.nodes.filter((n) => keep.has(n.id)), edges: links.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}
