import type { GraphEdge } from '../../lib/api/fragments.ts';

/** A hub with at least this many neighbours draws its one-neighbour nodes as a fan. */
export const FAN_MIN = 8;

/**
 * The nodes whose only neighbour is a hub of many (a holder's thirty patents around it): their
 * labels would pile up in the fan and hide the rest, so they are named on demand (tap) instead.
 */
export function fanLeaves(edges: readonly Pick<GraphEdge, 'source' | 'target'>[], min = FAN_MIN): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let s = neighbours.get(a);
    if (!s) neighbours.set(a, (s = new Set()));
    s.add(b);
  };
  for (const e of edges) {
    if (e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const leaves = new Set<string>();
  for (const [id, ns] of neighbours) {
    const [only] = ns;
    if (ns.size === 1 && only !== undefined && (neighbours.get(only)?.size ?? 0) >= min) leaves.add(id);
  }
  return leaves;
}
