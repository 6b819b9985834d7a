import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every environment variable of the project is read here, nowhere else.

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface EmbeddedNeo4jConfig {
  dataDir: string;
  boltPort: number;
  heapMb: number;
  pagecacheMb: number;
  txMemoryMb: number;
  txTimeoutSeconds: number;
}

export interface Neo4jConfig {
  /** Set when an existing server is used; then nothing is started. */
  uri?: string;
  user: string;
  password: string;
  database: string;
  embedded: EmbeddedNeo4jConfig;
  /** Per-read timeout the driver asks of the server, in ms. */
  readTimeoutMs: number;
}

/**
 * A request's wait for a slot is worth it only while its client still waits for the answer, with
 * time left for the query itself. The shortest client timeout the API meets is a load tool's
 * 10 s (autocannon's default; the web app's proxy waits 120 s, browsers longer): 5 s of waiting
 * leaves 5 s for a query, which the API answers within 1 s at its p99 when it is not overloaded.
 */
export const DEFAULT_MAX_QUEUE_WAIT_MS = 5_000;

/** Enough requests at once to keep Neo4j's cores busy while one is in Node, few enough that none waits on the others inside Neo4j. */
export const DEFAULT_MAX_CONCURRENT = Math.max(4, 2 * availableParallelism());

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ApiConfig {
  /** Interface the API listens on; 127.0.0.1 unless it must be reached from elsewhere. */
  host: string;
  port: number;
  /** Limit of each read transaction a GraphQL request runs, in ms. */
  queryTimeoutMs: number;
  /** How long a request waits for a Neo4j connection before answering DATABASE_UNAVAILABLE. */
  dbAcquisitionTimeoutMs: number;
  /**
   * How long the driver keeps retrying a read on transient errors (a lost server, a leader
   * switch). Its first retry waits about a second whatever this says, so a small value means one
   * retry and an answer within about a second when Neo4j is down.
   */
  dbRetryTimeMs: number;
  logLevel: LogLevel;
  /** Browser origins allowed to call the API (the web app's). */
  corsOrigins: string[];
  /** NODE_ENV=production: no landing page, no introspection. */
  production: boolean;
  /** AUTH_FILE: the users and their hashed tokens; none: the single local user with every role. */
  authFile: string | null;
  /** AUDIT_LOG: where supervisor-level requests are appended. */
  auditLog: string;
  /** API_RATE_LIMIT: requests a minute per client (0: no limit); null: 600 with AUTH_FILE, none without. */
  rateLimitPerMinute: number | null;
  /** API_MAX_CONCURRENT: GraphQL requests run at once, the rest queue in order (0: no gate). */
  maxConcurrent: number;
  /** API_MAX_QUEUED: requests that may wait for a slot before the API answers SERVER_BUSY. */
  maxQueued: number;
  /** API_MAX_QUEUE_WAIT_MS: how long a request may wait for a slot; past it, SERVER_BUSY and it never runs. */
  maxQueueWaitMs: number;
}

export interface AppConfig {
  neo4j: Neo4jConfig;
  api: ApiConfig;
  /** Same as api.port. */
  apiPort: number;
  webPort: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function intSetting(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

const NEO4J_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];

function uriSetting(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI is not a URL: "${raw}" (expected e.g. neo4j+s://xxxx.databases.neo4j.io)`);
  }
  if (!NEO4J_SCHEMES.includes(url.protocol)) {
    throw new ConfigError(`NEO4J_URI "${raw}" must start with one of ${NEO4J_SCHEMES.map((s) => s + '//').join(', ')}`);
  }
  return raw;
}

function hostSetting(env: Env): string {
  const raw = env.API_HOST;
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (!/^[A-Za-z0-9.:\-\[\]]+$/.test(raw)) throw new ConfigError(`API_HOST must be a host name or IP address, got "${raw}"`);
  return raw;
}

function logLevelSetting(env: Env): LogLevel {
  const raw = env.API_LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`API_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw as LogLevel;
}

function originsSetting(env: Env, webPort: number): string[] {
  const raw = env.API_CORS_ORIGINS;
  if (raw === undefined || raw === '') return [`http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`];
  const origins = raw.split(',').map((o) => o.trim()).filter((o) => o.length > 0);
  for (const o of origins) {
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new ConfigError(`API_CORS_ORIGINS must be a comma-separated list of origins such as http://localhost:3000, got "${o}"`);
    }
    if (url.origin !== o) throw new ConfigError(`API_CORS_ORIGINS entry "${o}" is not a bare origin (expected "${url.origin}")`);
  }
  return origins;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const uri = uriSetting(env);
  const apiPort = intSetting(env, 'API_PORT', 4000, 1, 65535);
  const webPort = intSetting(env, 'PORT', 3000, 1, 65535);
  return {
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      // Always name the database so the driver never has to ask a cluster for the default.
      database: env.NEO4J_DATABASE || 'neo4j',
      readTimeoutMs: intSetting(env, 'NEO4J_READ_TIMEOUT_MS', 15_000, 100, 600_000),
      embedded: {
        dataDir: resolve(PROJECT_ROOT, env.NEO4J_DATA || '.data/neo4j'),
        boltPort: intSetting(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
        heapMb: intSetting(env, 'NEO4J_HEAP_MB', 4096, 256, 65536),
        pagecacheMb: intSetting(env, 'NEO4J_PAGECACHE_MB', 4096, 64, 65536),
        txMemoryMb: intSetting(env, 'NEO4J_TX_MEMORY_MB', 2048, 64, 65536),
        txTimeoutSeconds: intSetting(env, 'NEO4J_TX_TIMEOUT_S', 120, 1, 86_400),
      },
    },
    api: {
      host: hostSetting(env),
      port: apiPort,
      queryTimeoutMs: intSetting(env, 'API_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
      dbAcquisitionTimeoutMs: intSetting(env, 'API_DB_ACQUISITION_TIMEOUT_MS', 2_000, 100, 60_000),
      dbRetryTimeMs: intSetting(env, 'API_DB_RETRY_MS', 250, 0, 60_000),
      logLevel: logLevelSetting(env),
      corsOrigins: originsSetting(env, webPort),
      production: env.NODE_ENV === 'production',
      authFile: env.AUTH_FILE ? resolve(PROJECT_ROOT, env.AUTH_FILE) : null,
      auditLog: resolve(PROJECT_ROOT, env.AUDIT_LOG || '.data/audit.log'),
      maxConcurrent: intSetting(env, 'API_MAX_CONCURRENT', DEFAULT_MAX_CONCURRENT, 0, 10_000),
      maxQueued: intSetting(env, 'API_MAX_QUEUED', 1_000, 0, 1_000_000),
      maxQueueWaitMs: intSetting(env, 'API_MAX_QUEUE_WAIT_MS', DEFAULT_MAX_QUEUE_WAIT_MS, 1, 600_000),
      rateLimitPerMinute: env.API_RATE_LIMIT === undefined || env.API_RATE_LIMIT === '' ? null : intSetting(env, 'API_RATE_LIMIT', 0, 0, 1_000_000),
    },
    apiPort,
    webPort,
  };
}

/** The Java launcher and its Maven build. JAVA_HOME picks the JDK when set. */
export function javaCommand(env: Env = process.env): string {
  return env.JAVA_HOME ? resolve(env.JAVA_HOME, 'bin', 'java') : 'java';
}
