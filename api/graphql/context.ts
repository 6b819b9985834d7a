import type { Logger } from 'pino';
import type { Graph, QueryOptions } from '../../graph/driver.ts';
import type { Caller } from '../access/roles.ts';

/** What one request's log line reports; filled in by the logging plugin. */
export interface RequestRecord {
  operationName: string | null;
  errorCodes: string[];
  /** How long it waited in the request queue for a slot (set when its turn came, or when it was shed). */
  queuedMs?: number;
  /** When it arrived (`Date.now()`): its deadline counts from here, its wait for a slot included. */
  arrivedAt?: number;
  /** Resolved when GraphQL has finished with it (answer made, or nothing to run), whether or not its client stayed. */
  settled?: Promise<void>;
  /** Resolves `settled`. */
  settle?: () => void;
  /** Refused for no doing of its caller's (Neo4j down, the queue full of others' requests): not counted against its rate limit. */
  notCharged?: boolean;
}

/** A root field a supervisor's request ran (or a lower role was refused), with its arguments, for the audit log. */
export interface AuditedField {
  field: string;
  args: Record<string, unknown>;
  /** True when the caller's role was below the field's: refused, nothing ran. */
  refused?: boolean;
}

/** Per-request context: the shared driver (the API keeps no other state), a deadline, a logger, who asks. */
export interface ApiContext {
  graph: Graph;
  /** Options of every read this request runs: its deadline (start + API_QUERY_TIMEOUT_MS) bounds them together. */
  read: QueryOptions;
  log: Logger;
  record: RequestRecord;
  caller: Caller;
  /** Filled as supervisor-level fields run; written to the audit log when the response is sent. */
  audit: AuditedField[];
}
