import type { Logger } from 'pino';
import type { Graph, QueryOptions } from '../graph/driver.ts';

/** What one request's log line reports; filled in by the logging plugin. */
export interface RequestRecord {
  operationName: string | null;
  errorCodes: string[];
}

/** Per-request context: the shared driver (the API keeps no other state), a timeout, a logger. */
export interface ApiContext {
  graph: Graph;
  /** Options of every read this request runs. */
  read: QueryOptions;
  log: Logger;
  record: RequestRecord;
}
