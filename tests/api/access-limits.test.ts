import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_LIMIT } from '../../api/http/server-factory.ts';
import type { Graph } from '../../graph/driver.ts';
import { writeAuthFile } from '../helpers/auth-file.ts';
import { startTestApi, testApiGraph, type GraphQLResponse } from './helpers/api-server.ts';

// Per-client rate limits, the body limit and where the API may listen, on the run's Neo4j.

const graph: Graph = testApiGraph();
const dir = mkdtempSync(join(tmpdir(), 'ipatlas-limits-'));
let authFile = '';

beforeAll(() => {
  authFile = writeAuthFile(dir, [
    { name: 'busy', role: 'viewer', token: 'busy-client-token-0001' },
    { name: 'calm', role: 'viewer', token: 'calm-client-token-0002' },
  ]);
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('limits', () => {
  it('stops a client past its rate with RATE_LIMITED, and not the others', async () => {
    const api = await startTestApi(graph, { authFile, rateLimitPerMinute: 5 });
    try {
      const codes: (string | undefined)[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 7; i++) {
        last = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer busy-client-token-0001' }, body: '{"query":"{ __typename }"}' });
        codes.push(((await last.json()) as GraphQLResponse).errors?.[0]?.extensions.code);
      }
      expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
      expect(last!.status).toBe(429);
      expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
      const other = await api.gqlAs('calm-client-token-0002', '{ __typename }');
      expect(other.errors).toBeUndefined();
      const limited = api.logs.filter((l) => l.msg === 'request' && l.outcome === 'RATE_LIMITED');
      expect(limited).toHaveLength(2);
      // The log names who was limited (never the token), so an abusive client is someone.
      expect(limited.map((l) => l.user)).toEqual(['busy', 'busy']);
      expect(JSON.stringify(api.logs)).not.toContain('busy-client-token-0001');
    } finally {
      await api.close();
    }
  });

  it(`refuses a body over ${BODY_LIMIT} with a JSON error, before GraphQL runs`, async () => {
    const api = await startTestApi(graph);
    try {
      const big = JSON.stringify({ query: `{ search(text: "${'x'.repeat(70_000)}") { id } }` });
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
      expect(res.status).toBe(413);
      expect(((await res.json()) as GraphQLResponse).errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    } finally {
      await api.close();
    }
  });

  it('will not listen beyond loopback without AUTH_FILE, and says what to do', async () => {
    await expect(startTestApi(graph, { host: '0.0.0.0', authFile: null })).rejects.toThrow(/AUTH_FILE/);
    const api = await startTestApi(graph, { host: '0.0.0.0', authFile });
    try {
      expect((await fetch(api.url.replace('0.0.0.0', '127.0.0.1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status).toBe(401);
    } finally {
      await api.close();
    }
  });

  it('runs without AUTH_FILE as the single local user with every role, and logs that it does', async () => {
    const api = await startTestApi(graph);
    try {
      const r = await api.gql<{ session: { user: string; role: string; local: boolean } }>('{ session { user role local } }');
      expect(r.data?.session).toEqual({ user: 'local', role: 'SUPERVISOR', local: true });
      expect(api.logs.some((l) => typeof l.msg === 'string' && /one local user with every role/.test(l.msg))).toBe(true);
    } finally {
      await api.close();
    }
  });
});
