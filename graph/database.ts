import type { Neo4jConfig } from './config.ts';
import { connectGraph, connectionOptions, type Graph } from './driver.ts';
import { backgroundStatus, startEmbedded } from './embedded-server.ts';

export interface OpenDatabase {
  graph: Graph;
  /** Where it runs: an external URI, the background server, or one started for this process. */
  mode: 'external' | 'background' | 'embedded';
  uri: string;
  /** Closes the driver and stops Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise to the embedded Neo4j already running in the
 * background (npm run db:start), or starts one as a child of this process.
 */
export async function openDatabase(cfg: Neo4jConfig, log: (line: string) => void = console.log): Promise<OpenDatabase> {
  if (cfg.uri) {
    const graph = connectGraph(connectionOptions(cfg, cfg.uri));
    try {
      await graph.verify();
    } catch (err) {
      await graph.close();
      throw new Error(`cannot reach Neo4j at NEO4J_URI=${cfg.uri} (database "${cfg.database}"): ${(err as Error).message}`);
    }
    return { graph, mode: 'external', uri: cfg.uri, close: () => graph.close() };
  }
  const background = await backgroundStatus(cfg.embedded);
  if (background.running && background.boltAnswers) {
    const uri = `bolt://127.0.0.1:${background.port}`;
    const graph = connectGraph(connectionOptions(cfg, uri));
    await graph.verify();
    return { graph, mode: 'background', uri, close: () => graph.close() };
  }
  log(`starting embedded Neo4j (data ${cfg.embedded.dataDir}, bolt port ${cfg.embedded.boltPort})…`);
  const server = await startEmbedded(cfg.embedded, log);
  const graph = connectGraph(connectionOptions(cfg, server.uri));
  await graph.verify();
  return {
    graph,
    mode: 'embedded',
    uri: server.uri,
    close: async () => {
      await graph.close();
      await server.stop();
    },
  };
}
