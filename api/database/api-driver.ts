import type { Neo4jConfig } from '../../graph/config.ts';
import type { ApiConfig } from '../http/config.ts';
import { connectGraph, connectionOptions, type Graph } from '../../graph/driver.ts';

/**
 * The API's own driver on the database at `uri`: reads time out after API_QUERY_TIMEOUT_MS, and
 * when Neo4j is gone a request waits at most API_DB_ACQUISITION_TIMEOUT_MS for a connection and
 * retries for API_DB_RETRY_MS before it answers DATABASE_UNAVAILABLE. The driver drops broken
 * connections and opens new ones, so the API recovers by itself when Neo4j is back.
 */
export function connectApiGraph({ neo4j, api, uri }: { neo4j: Neo4jConfig; api: ApiConfig; uri: string }): Graph {
  return connectGraph({
    ...connectionOptions(neo4j, uri),
    readTimeoutMs: api.queryTimeoutMs,
    connectionAcquisitionTimeoutMs: api.dbAcquisitionTimeoutMs,
    connectionTimeoutMs: api.dbAcquisitionTimeoutMs,
    maxTransactionRetryTimeMs: api.dbRetryTimeMs,
  });
}
