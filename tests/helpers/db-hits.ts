import type { Graph } from '../../graph/driver.ts';

/** The records a statement reads (PROFILE's db hits, summed over its plan): what a request costs Neo4j, whatever the machine's speed. */
export async function dbHits(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const { summary } = await session.run(`PROFILE ${cypher}`, params);
    const sum = (plan: { dbHits: number; children: unknown[] }): number => plan.dbHits + plan.children.reduce<number>((n, c) => n + sum(c as typeof plan), 0);
    return sum(summary.profile as unknown as { dbHits: number; children: unknown[] });
  } finally {
    await session.close();
  }
}
