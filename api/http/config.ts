import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ConfigError, PROJECT_ROOT, intSetting, type Env } from '../../graph/config.ts';

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

function hostSetting(env: Env): string {
  const raw = env.API_HOST;
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(raw)) throw new ConfigError(`API_HOST must be a host name or IP address, got "${raw}"`);
  return raw;
}

function logLevelSetting(env: Env): LogLevel {
  const raw = env.API_LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`API_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw as LogLevel;
}

function originsSetting(env: Env): string[] {
  const raw = env.API_CORS_ORIGINS;
  if (raw === undefined || raw === '') {
    // By default the web app's own origins: it calls the API from the port it is served on.
    const webPort = intSetting(env, 'PORT', { fallback: 3000, min: 1, max: 65535 });
    return [`http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`];
  }
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

export function loadApiConfig(env: Env = process.env): ApiConfig {
  return {
    host: hostSetting(env),
    port: intSetting(env, 'API_PORT', { fallback: 4000, min: 1, max: 65535 }),
    queryTimeoutMs: intSetting(env, 'API_QUERY_TIMEOUT_MS', { fallback: 10_000, min: 100, max: 600_000 }),
    dbAcquisitionTimeoutMs: intSetting(env, 'API_DB_ACQUISITION_TIMEOUT_MS', { fallback: 2_000, min: 100, max: 60_000 }),
    dbRetryTimeMs: intSetting(env, 'API_DB_RETRY_MS', { fallback: 250, min: 0, max: 60_000 }),
    logLevel: logLevelSetting(env),
    corsOrigins: originsSetting(env),
    production: env.NODE_ENV === 'production',
    authFile: env.AUTH_FILE ? resolve(PROJECT_ROOT, env.AUTH_FILE) : null,
    auditLog: resolve(PROJECT_ROOT, env.AUDIT_LOG || '.data/audit.log'),
    maxConcurrent: intSetting(env, 'API_MAX_CONCURRENT', { fallback: DEFAULT_MAX_CONCURRENT, min: 0, max: 10_000 }),
    maxQueued: intSetting(env, 'API_MAX_QUEUED', { fallback: 1_000, min: 0, max: 1_000_000 }),
    maxQueueWaitMs: intSetting(env, 'API_MAX_QUEUE_WAIT_MS', { fallback: DEFAULT_MAX_QUEUE_WAIT_MS, min: 1, max: 600_000 }),
    rateLimitPerMinute:
      env.API_RATE_LIMIT === undefined || env.API_RATE_LIMIT === '' ? null : intSetting(env, 'API_RATE_LIMIT', { fallback: 0, min: 0, max: 1_000_000 }),
  };
}
