import type { Graph } from '../../graph/driver.ts';
import { loadCypher } from '../../graph/cypher-file.ts';
import { PipelinedWriter, type WriteCounters } from './batch-writer.ts';
import type { CoverageScopes } from './row-params.ts';

const COVERAGE = loadCypher(new URL('./cypher/coverage.cypher', import.meta.url));

/** Writes each (policy, scope) with its links to regions, classes and organizations, which must exist by now. */
export async function writeCoverageScopes(graph: Graph, scopes: CoverageScopes, batchSize = 5000): Promise<WriteCounters> {
  const writer = new PipelinedWriter(graph);
  const all = scopes.rows();
  for (let i = 0; i < all.length; i += batchSize) await writer.submit(COVERAGE, { rows: all.slice(i, i + batchSize) });
  await writer.drain();
  return writer.counters;
}
