import type { Graph } from '../../graph/driver.ts';

// The whole graph as sorted lines, for comparing two databases: each node by its labels and id,
// each relationship by its type and the ids at its ends, each property with its Cypher type, so
// a date stored as a string or an integer stored as a float shows up as a difference.

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

const typed = `[k IN keys(x) | [k, valueType(x[k])]] AS types, properties(x) AS props`;

function line(head: string, types: [string, string][], props: Record<string, unknown>): string {
  const cells = types.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => `${k}:${t.replace(' NOT NULL', '')}=${JSON.stringify(props[k])}`);
  return `${head} {${cells.join(', ')}}`;
}

/** Every node and relationship but the import bookkeeping (ImportRun). */
export async function graphSnapshot(graph: Graph): Promise<GraphSnapshot> {
  const nodes = await graph.read<{ labels: string[]; types: [string, string][]; props: Record<string, unknown> }>(
    `MATCH (x) WHERE NOT x:ImportRun RETURN labels(x) AS labels, ${typed}`,
    {},
    { timeoutMs: 300_000 },
  );
  const rels = await graph.read<{ head: string; types: [string, string][]; props: Record<string, unknown> }>(
    `MATCH (a)-[x]->(b) WHERE NOT a:ImportRun
     RETURN '(' + a.id + ')-[:' + type(x) + ']->(' + b.id + ')' AS head, ${typed}`,
    {},
    { timeoutMs: 300_000 },
  );
  return {
    nodes: nodes.map((n) => line(`(${[...n.labels].sort().join(':')} ${String(n.props.id)})`, n.types, n.props)).sort(),
    relationships: rels.map((r) => line(r.head, r.types, r.props)).sort(),
  };
}
