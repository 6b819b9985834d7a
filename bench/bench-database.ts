import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, type EmbeddedNeo4jConfig, type Neo4jConfig } from '../graph/config.ts';
import { startEmbedded, type RunningNeo4j } from '../graph/embedded-server.ts';
import { freePort } from '../graph/free-port.ts';
import { generateBundle } from '../seed/generate/index.ts';
import { bulkLoad } from '../seed/bulk/index.ts';
import { storeSizeMb } from './store-size.ts';
import { fmt } from './format.ts';

export interface BenchDatabase {
  uri: string;
  /** Set when the bench started this Neo4j itself: stop it and start it again on the same folder and port. */
  embedded?: { stop(): Promise<void>; start(): Promise<void> };
  close(): Promise<void>;
}

/**
 * The database a bench part reads: NEO4J_URI as it is (read only) when set, else a fresh embedded
 * Neo4j in a temporary folder with the generated bundle of (scale, seed), generated once into
 * .generated/bench and reused by every part.
 */
export async function benchDatabase({ neo4j, scale, seed, memory = {} }: { neo4j: Neo4jConfig; scale: number; seed: number; memory?: Partial<EmbeddedNeo4jConfig> }): Promise<BenchDatabase> {
  if (neo4j.uri) {
    console.log(`using the data already in NEO4J_URI=${neo4j.uri}`);
    return { uri: neo4j.uri, close: async () => {} };
  }
  const bundle = join(PROJECT_ROOT, '.generated', 'bench', `scale-${scale}-seed-${seed}`);
  if (!existsSync(join(bundle, 'patents.csv'))) await generateBundle({ scale, seed, outDir: bundle });
  const dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-bench-neo4j-'));
  const settings = { ...neo4j.embedded, ...memory, dataDir, boltPort: await freePort() };
  // Neo4j's offline importer: the only road that builds a scale-200 store in minutes.
  const s = await bulkLoad({ config: { ...neo4j, embedded: settings }, dir: bundle });
  console.log(`loaded ${fmt(s.bundleRows)} rows in ${s.seconds.toFixed(1)} s with Neo4j's importer into a fresh embedded Neo4j (${fmt(storeSizeMb(dataDir))} MB)`);
  let server: RunningNeo4j | null = await startEmbedded(settings, () => {});
  return {
    uri: server.uri,
    embedded: {
      stop: async () => {
        await server?.stop();
        server = null;
      },
      start: async () => {
        server ??= await startEmbedded(settings, () => {});
      },
    },
    close: async () => {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
