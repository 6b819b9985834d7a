import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { expect, inject } from 'vitest';
import { loadNeo4jConfig } from '../../../graph/config.ts';
import { loadApiConfig, type ApiConfig } from '../../../api/http/config.ts';
import type { Graph } from '../../../graph/driver.ts';
import { connectApiGraph } from '../../../api/database/api-driver.ts';
import { createLogger } from '../../../api/http/logging.ts';
import { startApiServer } from '../../../api/http/server-factory.ts';
import { planAhead } from '../../../graph/queries/plan-first.ts';
import { writeAuthFile } from '../../helpers/auth-file.ts';
import { statementsToPlan } from '../../../api/database/warm-up.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string; argument?: string; allowed?: string[]; [k: string]: unknown } }[];
}

export interface TestApi {
  url: string;
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The same with `Authorization: Bearer <token>` (for an API started with an AUTH_FILE). */
  gqlAs<T = Record<string, unknown>>(token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

async function post<T>(url: string, headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}

/** API settings for tests: any free port on 127.0.0.1, dev mode. */
export function testApiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  // The audit log of a test API goes to a temporary file unless the test names one.
  return { ...loadApiConfig({}), port: 0, auditLog: join(tmpdir(), `ipatlas-test-audit-${process.pid}.log`), ...overrides };
}

/** The API's own driver (short acquisition timeout, bounded retries) on the run's Neo4j. */
export function testApiGraph(uri?: string): Graph {
  const n = inject('neo4j');
  const neo4j = { ...loadNeo4jConfig({}), uri: uri ?? n.uri, user: n.user, password: n.password, database: n.database };
  return connectApiGraph({ neo4j, api: loadApiConfig({}), uri: uri ?? n.uri });
}

/**
 * Starts the API in this process on a free port, logging into memory (internal errors echoed
 * unless `quiet`), with the traversals' statements planned first, as the API's start-up warm-up
 * plans them (a request would otherwise wait for its plan only until its deadline).
 */
export async function startTestApi(graph: Graph, overrides: Partial<ApiConfig> = {}, { quiet = false } = {}): Promise<TestApi> {
  // A stand-in graph that fails every read plans nothing; its tests are about that failure.
  await planAhead(graph, statementsToPlan()).catch(() => {});
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        // Internal errors are never expected; show them where the failing test is read.
        if (!quiet && Number(entry.level) >= 50) console.error(`[api] ${line}`);
      }
      done();
    },
  });
  const config = testApiConfig(overrides);
  const api = await startApiServer({ graph, config, log: createLogger('info', sink) });
  const origin = api.url.replace(/\/graphql$/, '');
  return {
    url: api.url,
    origin,
    logs,
    gql: (query, variables) => post(api.url, {}, query, variables),
    gqlAs: (token, query, variables) => post(api.url, { authorization: `Bearer ${token}` }, query, variables),
    close: () => api.close(),
  };
}

/** The API with an AUTH_FILE of one user of each role (tests/helpers/auth-file.ts), in a temporary folder that `close` removes. */
export async function startRolesApi(graph: Graph, overrides: Partial<ApiConfig> = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'ipatlas-roles-'));
  const api = await startTestApi(graph, { authFile: writeAuthFile(dir), ...overrides });
  return {
    ...api,
    close: async () => {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The answer's data, once it is checked to hold no error. */
export function dataOf<T>(r: GraphQLResponse<T>): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}
