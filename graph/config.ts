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

export interface AppConfig {
  neo4j: Neo4jConfig;
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

export function loadConfig(env: Env = process.env): AppConfig {
  const uri = uriSetting(env);
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
    apiPort: intSetting(env, 'API_PORT', 4000, 1, 65535),
    webPort: intSetting(env, 'PORT', 3000, 1, 65535),
  };
}

/** The Java launcher and its Maven build. JAVA_HOME picks the JDK when set. */
export function javaCommand(env: Env = process.env): string {
  return env.JAVA_HOME ? resolve(env.JAVA_HOME, 'bin', 'java') : 'java';
}
