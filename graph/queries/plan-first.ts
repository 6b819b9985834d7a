import type { Graph } from '../driver.ts';

// A long statement can take seconds to plan on a busy machine, and planning counts against the
// transaction's time limit. Planned once without that limit (EXPLAIN plans and caches, runs
// nothing), the statement then spends its limit on the search itself. Neo4j caches plans by the
// statement's text and parameter types, so the same parameters are passed.

/** How long planning alone may take. */
export const PLAN_TIMEOUT_MS = 60_000;

const planned = new Set<string>();

/** Has Neo4j plan `cypher` the first time this process sees it. */
export async function planOnce(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<void> {
  if (planned.has(cypher)) return;
  await graph.read(`EXPLAIN ${cypher}`, params, { timeoutMs: PLAN_TIMEOUT_MS });
  planned.add(cypher);
}
