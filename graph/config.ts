import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Neo4j's settings, and the helpers every room's settings module reads its variables with.

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

export class ConfigError extends Error {}

export type Env = Record<string, string | undefined>;

export function intSetting(env: Env, name: string, { fallback, min, max }: { fallback: number; min: number; max: number }): number {
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

export function loadNeo4jConfig(env: Env = process.env): Neo4jConfig {
  return {
    uri: uriSetting(env),
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    // Always name the database so the driver never has to ask a cluster for the default.
    database: env.NEO4J_DATABASE || 'neo4j',
    readTimeoutMs: intSetting(env, 'NEO4J_READ_TIMEOUT_MS', { fallback: 15_000, min: 100, max: 600_000 }),
    embedded: {
      dataDir: resolve(PROJECT_ROOT, env.NEO4J_DATA || '.data/neo4j'),
      boltPort: intSetting(env, 'NEO4J_BOLT_PORT', { fallback: 7687, min: 1, max: 65535 }),
      heapMb: intSetting(env, 'NEO4J_HEAP_MB', { fallback: 4096, min: 256, max: 65536 }),
      pagecacheMb: intSetting(env, 'NEO4J_PAGECACHE_MB', { fallback: 4096, min: 64, max: 65536 }),
      txMemoryMb: intSetting(env, 'NEO4J_TX_MEMORY_MB', { fallback: 2048, min: 64, max: 65536 }),
      txTimeoutSeconds: intSetting(env, 'NEO4J_TX_TIMEOUT_S', { fallback: 120, min: 1, max: 86_400 }),
    },
  };
}

/** The Java launcher and its Maven build. JAVA_HOME picks the JDK when set. */
export function javaCommand(env: Env = process.env): string {
  return env.JAVA_HOME ? resolve(env.JAVA_HOME, 'bin', 'java') : 'java';
}
