import type { Logger } from 'pino';
import type { Neo4jConfig } from '../../graph/config.ts';
import type { ApiConfig } from './config.ts';
import { connectApiGraph } from '../database/api-driver.ts';
import { startApiServer, type RunningApi } from './server-factory.ts';
import { warmUp } from '../database/warm-up.ts';

/** The API on the database at `uri`, with its own driver; `close()` stops both. */
export async function serveApi({ neo4j, config, uri, log }: { neo4j: Neo4jConfig; config: ApiConfig; uri: string; log: Logger }): Promise<RunningApi> {
  const graph = connectApiGraph({ neo4j, api: config, uri });
  try {
    const api = await startApiServer({ graph, config, log });
    // In the background: the API answers at once, and the job pages' first requests find their plans ready;
    // again whenever Neo4j comes back from an outage (restarted, it has forgotten every plan).
    void warmUp(graph, api, log);
    api.whenDatabaseBack(() => void warmUp(graph, api, log));
    return {
      ...api,
      close: async () => {
        await api.close();
        await graph.close();
      },
    };
  } catch (err) {
    await graph.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`API_PORT ${config.port} on ${config.host} is in use; stop what listens there or set API_PORT`);
    }
    throw err;
  }
}
