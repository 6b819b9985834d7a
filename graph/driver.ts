import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  Neo4jError,
} from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';

// The one module that owns the driver: sessions, transactions, error mapping and turning Neo4j
// values into plain JSON-able values. Nothing above it sees an Integer, a Node or a Neo4jError.

export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
}
export class QueryTimeoutError extends Error {
  readonly code = 'TIMEOUT';
}
/** The request's deadline passed while it waited for work shared with others (a plan, a cached sweep) that goes on. */
export class StillPreparingError extends QueryTimeoutError {}
export class DatabaseError extends Error {
  readonly code = 'DATABASE_ERROR';
  constructor(
    message: string,
    readonly neo4jCode: string,
  ) {
    super(message);
  }
  /** Deadlocks and other transient errors succeed when tried again. */
  get transient(): boolean {
    return this.neo4jCode.startsWith('Neo.TransientError.');
  }
}

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}
export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

const RETRY_FIRST_DELAY_MS = 1_000;

// The second DatabaseUnavailable is what a database still starting or stopping answers.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.TransientError.Database.DatabaseUnavailable']);

export function mapError(err: unknown): Error {
  if (err instanceof Neo4jError) {
    // Every connection busy or hanging (a server still starting, or gone without closing its
    // sockets) until the acquisition timeout: to the caller the database is unavailable.
    const noConnection = err.message.startsWith('Connection acquisition timed out');
    if (UNAVAILABLE_CODES.has(err.code) || err.code === 'Neo.ClientError.Database.DatabaseNotFound' || noConnection) {
      return new DatabaseUnavailableError(`Neo4j is unavailable: ${err.message}`);
    }
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new QueryTimeoutError('the query took longer than its time limit');
    }
    return new DatabaseError(err.message, err.code);
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Converts what the driver returns into plain values: numbers, ISO date strings, plain graph objects. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: plainObject(value.properties) } satisfies PlainNode;
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: plainObject(value.properties),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value)) {
    const nodes = [toPlain(value.start) as PlainNode];
    const relationships: PlainRelationship[] = [];
    for (const seg of value.segments) {
      relationships.push(toPlain(seg.relationship) as PlainRelationship);
      nodes.push(toPlain(seg.end) as PlainNode);
    }
    return { nodes, relationships } satisfies PlainPath;
  }
  return plainObject(value as Record<string, unknown>);
}

function plainObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}

function recordsToPlain<T>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((r) => plainObject(r.toObject()) as T);
}

export interface QueryOptions {
  /** Server-side limit for this transaction, in ms. */
  timeoutMs?: number;
  /**
   * Epoch ms by which the whole request must be done: each read's limit is cut to the time left,
   * and a read started past it fails at once with QueryTimeoutError, so a request of many reads
   * (aliases, sequential steps) is bounded as one.
   */
  deadline?: number;
  /** Tried once, never again on a transient error (`read` only): a probe wants the answer of now. */
  once?: boolean;
}

/** The limit of a read: its own (or `fallback`), cut to what is left before the deadline. */
export function readLimit(o: QueryOptions, fallback: number): number {
  const own = o.timeoutMs ?? fallback;
  if (o.deadline === undefined) return own;
  const left = Math.floor(o.deadline - Date.now());
  if (left <= 0) throw new QueryTimeoutError('the request ran out of time before this read');
  return Math.min(own, left);
}

/**
 * Waits for `work` that others share and that goes on without this request (a plan, a cached
 * sweep), but not past the request's deadline: then `expired()`'s error, while `work` carries on
 * for the next request.
 */
export function untilDeadline<T>(work: Promise<T>, o: QueryOptions, expired: () => Error): Promise<T> {
  if (o.deadline === undefined) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A timer, even of 0 ms, fires after work already done has answered the race.
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expired()), Math.max(0, o.deadline! - Date.now()));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Runs one statement inside a transaction and returns its records as plain objects. */
export type PlainRun = <T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface Graph {
  readonly database: string;
  readonly driver: Driver;
  /** One query in an auto-commit read transaction (retried on transient errors, routed to readers). */
  read<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>, opts?: QueryOptions): Promise<T[]>;
  /** Several statements in one read transaction; `work` may run again when the driver retries. */
  readTx<T>(work: (run: PlainRun) => Promise<T>, opts?: QueryOptions): Promise<T>;
  /** One query in a write transaction. */
  write<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>, opts?: QueryOptions): Promise<T[]>;
  /** Several statements in one write transaction. */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts?: QueryOptions): Promise<T>;
  /** Schema and other statements that must run in auto-commit transactions. */
  run(cypher: string, params?: Record<string, unknown>): Promise<void>;
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  readTimeoutMs: number;
  /** A short acquisition timeout makes an unreachable server fail fast instead of hanging requests. */
  connectionAcquisitionTimeoutMs?: number;
  /** How long managed transactions are retried on transient errors (default 5 s). */
  maxTransactionRetryTimeMs?: number;
  /** Limit for opening one TCP/Bolt connection (default 5 s). */
  connectionTimeoutMs?: number;
}

export function connectionOptions(cfg: Neo4jConfig, uri: string): ConnectOptions {
  return { uri, user: cfg.user, password: cfg.password, database: cfg.database, readTimeoutMs: cfg.readTimeoutMs };
}

const READ_DEADLINE_SLACK_MS = 5_000;

/**
 * Starts a query without the stack trace neo4j-driver captures for each one (`new Error().stack`,
 * kept to decorate a failure). Reading `.stack` formats every frame, through source maps under
 * tsx: a fifteenth of the API's CPU on a detail-panel request. Our failures are mapped to our own
 * errors and logged with the GraphQL path, so the trace adds nothing. `start` runs synchronously,
 * so nothing else sees the lowered limit.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `work`, or DatabaseUnavailableError once `ms` have passed without it settling. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`Neo4j did not answer within ${ms} ms`)), ms);
  });
  // Whatever `work` does after the deadline, nobody waits for it any more.
  work.catch(() => {});
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export function connectGraph(opts: ConnectOptions): Graph {
  // The embedded server runs without auth and accepts any basic token.
  const auth = neo4j.auth.basic(opts.user, opts.password);
  const driver = neo4j.driver(opts.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: opts.connectionAcquisitionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: opts.maxTransactionRetryTimeMs ?? 5_000,
    connectionTimeout: opts.connectionTimeoutMs ?? 5_000,
    userAgent: 'ip-atlas/0.1',
  });
  const database = opts.database;
  // On a cluster, reads go to followers or read replicas (READ sessions) and writes to the leader.
  // One bookmark manager for every session of this process: a read sees every write this process
  // made before it (an import, then the summary of what it holds), wherever the read is served.
  const bookmarks = neo4j.bookmarkManager();

  async function withSession<T>(mode: 'READ' | 'WRITE', fn: (s: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager: bookmarks });
    try {
      return await fn(session);
    } catch (err) {
      throw mapError(err);
    } finally {
      await session.close();
    }
  }

  const retryTimeMs = opts.maxTransactionRetryTimeMs ?? 5_000;

  /**
   * One statement as an auto-commit read transaction: one round trip (no BEGIN, no COMMIT), where
   * a managed one takes two. Retried on transient errors as the driver retries managed ones:
   * after about 1 s, then twice as long each time, until the retry time is spent.
   */
  async function autoCommitRead<T>(cypher: string, params: Record<string, unknown>, o: QueryOptions): Promise<T[]> {
    const started = Date.now();
    for (let delay = RETRY_FIRST_DELAY_MS; ; delay *= 2) {
      // Each try gets what is left of the request's time, and none starts past its deadline.
      const timeout = readLimit(o, opts.readTimeoutMs);
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, bookmarkManager: bookmarks });
      let failure: unknown;
      try {
        return recordsToPlain<T>(await withoutStackCapture(() => session.run(cypher, params, { timeout })));
      } catch (err) {
        failure = err;
      } finally {
        await session.close();
      }
      const left = Math.min(retryTimeMs - (Date.now() - started), (o.deadline ?? Infinity) - Date.now());
      if (o.once || !neo4j.isRetryableError(failure) || left <= 0) throw mapError(failure);
      await new Promise((r) => setTimeout(r, Math.min(left, delay * (0.8 + 0.4 * Math.random()))));
    }
  }

  // A read whose server neither answers nor drops the connection (one still starting, or stopping
  // with the socket open) would hold its caller until the server comes back: past the time every
  // limit above allows, it is given up as unavailable, and its session closes in the background.
  const readDeadline = (timeoutMs: number) =>
    timeoutMs + (opts.connectionAcquisitionTimeoutMs ?? 10_000) + (opts.connectionTimeoutMs ?? 5_000) + (opts.maxTransactionRetryTimeMs ?? 5_000) + READ_DEADLINE_SLACK_MS;
  const readSession = <T>(timeoutMs: number, fn: (s: ReturnType<Driver['session']>) => Promise<T>): Promise<T> =>
    withDeadline(withSession('READ', fn), readDeadline(timeoutMs));

  return {
    database,
    driver,
    read: async (cypher, params = {}, o = {}) => {
      const limit = readLimit(o, opts.readTimeoutMs);
      return withDeadline(autoCommitRead(cypher, params, o), readDeadline(limit));
    },
    readTx: async (work, o = {}) => {
      const timeout = readLimit(o, opts.readTimeoutMs);
      return readSession(timeout, (s) =>
        s.executeRead((tx) => work(async (cypher, params = {}) => recordsToPlain(await withoutStackCapture(() => tx.run(cypher, params)))), { timeout }),
      );
    },
    write: (cypher, params = {}, o = {}) =>
      withSession('WRITE', async (s) =>
        recordsToPlain(await s.executeWrite((tx) => tx.run(cypher, params), o.timeoutMs ? { timeout: o.timeoutMs } : undefined)),
      ),
    writeTx: (work, o = {}) => withSession('WRITE', (s) => s.executeWrite(work, o.timeoutMs ? { timeout: o.timeoutMs } : undefined)),
    run: (cypher, params = {}) =>
      withSession('WRITE', async (s) => {
        await s.run(cypher, params);
      }),
    verify: async () => {
      try {
        await driver.verifyConnectivity({ database });
      } catch (err) {
        throw mapError(err);
      }
    },
    close: () => driver.close(),
  };
}
