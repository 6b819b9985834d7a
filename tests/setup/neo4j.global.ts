import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadNeo4jConfig } from '../../graph/config.ts';
import { startEmbedded, type RunningNeo4j } from '../../graph/embedded-server.ts';
import { freePort } from '../../graph/free-port.ts';
import { connectGraph } from '../../graph/driver.ts';
import { applySchema } from '../../graph/schema.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
    /** Set when the run started its own embedded Neo4j (not with NEO4J_URI). */
    embedded: { dataDir: string; boltPort: number } | null;
  }
}

/** Starts one Neo4j for the whole test run, or uses NEO4J_URI when it is set. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cfg = loadNeo4jConfig();
  if (cfg.uri) {
    project.provide('neo4j', { uri: cfg.uri, user: cfg.user, password: cfg.password, database: cfg.database });
    project.provide('embedded', null);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-test-neo4j-'));
  const port = await freePort();
  const started = performance.now();
  const server: RunningNeo4j = await startEmbedded(
    { ...cfg.embedded, dataDir, boltPort: port, heapMb: 2048, pagecacheMb: 1024, txMemoryMb: 1024 },
    (line) => console.log(`[neo4j] ${line}`),
  );
  console.log(`[neo4j] test database on ${server.uri} (${dataDir}) ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4j', { uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const graph = connectGraph({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j', readTimeoutMs: 60_000 });
  await applySchema(graph);
  await graph.close();
  project.provide('embedded', { dataDir, boltPort: port });
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
