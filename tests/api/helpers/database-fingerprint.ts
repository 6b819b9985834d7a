import { createHash } from 'node:crypto';
import type { Graph } from '../../../graph/driver.ts';

// What a probe must leave as it found it. Other test files write to the same database at the same
// time, so the totals are no guide; instead the nodes under this file's own id prefix serve as the
// canary that any DELETE, SET, REMOVE or MERGE slipped into a query would touch: their labels,
// properties and relationships are hashed. Nodes a CREATE would leave are looked for by the label
// and property the injection payloads plant.

export const PLANTED_LABEL = 'Pwned';
export const PLANTED_PROPERTY = 'pwned';

export interface Fingerprint {
  /** Nodes under the prefix by label set, e.g. `Organization:Party:University` → 1. */
  byLabels: Record<string, number>;
  nodes: number;
  relationships: number;
  /** sha256 of every node's labels and properties and every relationship's type, ends and properties. */
  checksum: string;
}

/** Canonical JSON: object keys sorted, so equal data hashes equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function fingerprint(graph: Graph, prefix: string): Promise<Fingerprint> {
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE n.id STARTS WITH $prefix RETURN labels(n) AS labels, properties(n) AS props',
    { prefix },
  );
  const rels = await graph.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    `MATCH (n)-[r]-(m) WHERE n.id STARTS WITH $prefix
     RETURN DISTINCT type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props`,
    { prefix },
  );
  const byLabels: Record<string, number> = {};
  for (const n of nodes) {
    const key = [...n.labels].sort().join(':');
    byLabels[key] = (byLabels[key] ?? 0) + 1;
  }
  const lines = [...nodes.map((n) => canonical([[...n.labels].sort(), n.props])), ...rels.map((r) => canonical([r.type, r.from, r.to, r.props]))].sort();
  return { byLabels, nodes: nodes.length, relationships: rels.length, checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

/** Nodes that an injected CREATE or SET would have left anywhere in the database. */
export async function plantedNodes(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ n: number }>(
    `CALL { MATCH (n:${PLANTED_LABEL}) RETURN n UNION MATCH (n) WHERE n.${PLANTED_PROPERTY} IS NOT NULL RETURN n } RETURN count(n) AS n`,
  );
  return row?.n ?? 0;
}
