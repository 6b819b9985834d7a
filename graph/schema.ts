import { loadCypher, splitStatements } from './cypher-file.ts';
import type { Graph } from './driver.ts';

const SCHEMA = splitStatements(loadCypher(new URL('./schema.cypher', import.meta.url)));

/** Creates constraints and indexes that are missing and waits until every index is online. */
export async function applySchema(graph: Graph): Promise<{ statements: number }> {
  for (const statement of SCHEMA) await graph.run(statement);
  await graph.run('CALL db.awaitIndexes(300)');
  return { statements: SCHEMA.length };
}
