import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNeo4jConfig } from '../../../graph/config.ts';
import { connectGraph, type Graph } from '../../../graph/driver.ts';
import { startEmbedded } from '../../../graph/embedded-server.ts';
import { freePort } from '../../../graph/free-port.ts';
import { importBundle } from '../../../seed/import/index.ts';
import { latestShare, universityLicences, writeBundleWithout, type HeldLicence } from './holdout.ts';

export interface EvalDatabase {
  graph: Graph;
  /** The licences cut out of the bundle, oldest first. */
  held: HeldLicence[];
  /** The university → enterprise licences left in the database, oldest first. */
  kept: HeldLicence[];
  close(): Promise<void>;
}

/**
 * Cuts the latest `share` of university → enterprise licences out of a copy of the bundle and
 * imports the rest into an embedded Neo4j of its own (a temporary folder, a free port).
 */
export async function openEvalDatabase(o: { bundle: string; share: number; log: (line: string) => void }): Promise<EvalDatabase> {
  if (!existsSync(join(o.bundle, 'transactions.csv'))) throw new Error(`${o.bundle} has no transactions.csv: not a bundle`);
  const licences = universityLicences(o.bundle);
  const { kept, held } = latestShare(licences, o.share);
  const work = mkdtempSync(join(tmpdir(), 'ipatlas-eval-licensees-'));
  const bundle = join(work, 'bundle');
  writeBundleWithout(o.bundle, bundle, new Set(held.map((h) => h.id)));
  o.log(`${licences.length} university → enterprise licences; ${held.length} held out (from ${held[0]?.date ?? '-'})`);
  const cfg = loadNeo4jConfig().embedded;
  const server = await startEmbedded({ ...cfg, dataDir: join(work, 'db'), boltPort: await freePort(), heapMb: 2048, pagecacheMb: 1024, txMemoryMb: 1024 }, () => {});
  const graph = connectGraph({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j', readTimeoutMs: 120_000 });
  try {
    const started = performance.now();
    await importBundle({ graph, dir: bundle });
    o.log(`imported the rest in ${((performance.now() - started) / 1000).toFixed(0)} s (${server.uri})`);
  } catch (err) {
    await graph.close();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
    throw err;
  }
  return {
    graph,
    held,
    kept,
    close: async () => {
      await graph.close();
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
