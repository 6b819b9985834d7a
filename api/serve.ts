import type { Logger } from 'pino';
import type { AppConfig } from '../graph/config.ts';
import { connectApiGraph } from './database.ts';
import { startApiServer, type RunningApi } from './server.ts';
import { warmUp } from './warm-up.ts';

/** The API on the database at `uri`, with its own driver; `close()` stops both. */
export async function serveApi({ config, uri, log }: { config: AppConfig; uri: string; log: Logger }): Promise<RunningApi> {
  const graph = connectApiGraph(config, uri);
  try {
    const api = await startApiServer({ graph, config: config.api, log });
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
      throw new Error(`API_PORT ${config.api.port} on ${config.api.host} is in use; stop what listens there or set API_PORT`);
    }
    throw err;
  }
}
