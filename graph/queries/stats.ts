import type { Graph, QueryOptions } from '../driver.ts';

export interface GraphStats {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Counts by label and type. Names come from the database's own catalogue (and are checked), so
 * each count is a static `MATCH (n:Label)` that Neo4j answers from its count store.
 */
export async function graphStats(graph: Graph, opts: QueryOptions = {}): Promise<GraphStats> {
  const [catalogue] = await graph.read<{ labels: string[]; types: string[] }>(
    'CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels } ' +
      'CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types } RETURN labels, types',
    {},
    opts,
  );
  const labels = (catalogue?.labels ?? []).filter((l) => NAME.test(l));
  const types = (catalogue?.types ?? []).filter((t) => NAME.test(t));
  const parts = [
    "CALL () { MATCH (n) RETURN count(n) AS c } RETURN 'total' AS kind, 'nodes' AS name, c AS count",
    "CALL () { MATCH ()-[r]->() RETURN count(r) AS c } RETURN 'total' AS kind, 'relationships' AS name, c AS count",
    ...labels.map((l) => `CALL () { MATCH (n:\`${l}\`) RETURN count(n) AS c } RETURN 'label' AS kind, '${l}' AS name, c AS count`),
    ...types.map((t) => `CALL () { MATCH ()-[r:\`${t}\`]->() RETURN count(r) AS c } RETURN 'type' AS kind, '${t}' AS name, c AS count`),
  ];
  const rows = await graph.read<{ kind: string; name: string; count: number }>(parts.join(' UNION ALL '), {}, opts);
  const stats: GraphStats = { nodes: 0, relationships: 0, byLabel: {}, byType: {} };
  for (const r of rows) {
    if (r.kind === 'total') stats[r.name as 'nodes' | 'relationships'] = r.count;
    else if (r.count > 0) (r.kind === 'label' ? stats.byLabel : stats.byType)[r.name] = r.count;
  }
  return stats;
}
