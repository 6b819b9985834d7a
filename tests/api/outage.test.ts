import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNeo4jConfig, type EmbeddedNeo4jConfig } from '../../graph/config.ts';
import type { Graph } from '../../graph/driver.ts';
import { startEmbedded, type RunningNeo4j } from '../../graph/embedded-server.ts';
import { freePort } from '../../graph/free-port.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';

// Neo4j going away under a running API, and coming back. This file starts its own small
// embedded Neo4j (never the run's shared one), stops it, and starts it again on the same folder
// and port.

let cfg: EmbeddedNeo4jConfig;
let neo4j: RunningNeo4j | null = null;
let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ipatlas-outage-neo4j-'));
  cfg = { ...loadNeo4jConfig({}).embedded, dataDir, boltPort: await freePort(), heapMb: 512, pagecacheMb: 64, txMemoryMb: 128 };
  neo4j = await startEmbedded(cfg, () => {});
  graph = testApiGraph(neo4j.uri);
  await graph.write("CREATE (:Policy {id: 'POL-OUTAGE', title: '停机测试', level: 'national'})");
  // Four slots whatever the cores; an allowance the requests below fit only if the queue's own
  // refusals are not counted against it.
  api = await startTestApi(graph, { maxConcurrent: 4, rateLimitPerMinute: 10 });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
  await neo4j?.stop();
  if (cfg) rmSync(cfg.dataDir, { recursive: true, force: true });
});

const ASK = '{ entity(id: "POL-OUTAGE") { node { id kind } } }';

describe('when Neo4j stops and starts again', () => {
  it('answers DATABASE_UNAVAILABLE while it is down (never hangs), and recovers by itself', async () => {
    expect((await api.gql(ASK)).data).toEqual({ entity: { node: { id: 'POL-OUTAGE', kind: 'policy' } } });

    await neo4j!.stop();
    neo4j = null;
    // A hang shows as this request aborting (long before the test's own time limit), not as a
    // slow figure: how long the answer takes depends on the machine, so it is not asserted.
    const logged = api.logs.length;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ASK }),
      signal: AbortSignal.timeout(60_000),
    });
    const down = (await res.json()) as { errors?: { extensions: { code: string } }[] };
    expect(down.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/ServiceUnavailable|ECONNREFUSED|bolt:/);
    // The request's own log line: answered, with the code the client saw (the line of the request
    // before it may land after `logged` was read, so only this one's outcome is looked for).
    await vi.waitFor(() => expect(api.logs.slice(logged).filter((l) => l.msg === 'request').map((l) => l.outcome)).toContain('DATABASE_UNAVAILABLE'));
    // A single-statement read (an auto-commit transaction) gives up the same way.
    const hood = await api.gql('{ neighborhood(id: "POL-OUTAGE") { nodes { id } } }');
    expect(hood.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    const health = await fetch(`${api.origin}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down' });
    // A burst meanwhile: the requests that find every slot taken are told at once, as a 503 with
    // Retry-After, rather than queue behind the ones trying the database.
    const burst = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ASK }), signal: AbortSignal.timeout(60_000) }).then(
          async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), code: ((await r.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code }),
        ),
      ),
    );
    expect(burst.map((b) => b.code), JSON.stringify(burst)).toEqual(burst.map(() => 'DATABASE_UNAVAILABLE'));
    expect(burst.filter((b) => b.status === 503 && b.retryAfter === '1').length).toBeGreaterThan(0);
    // The API itself stays up.
    expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });

    neo4j = await startEmbedded(cfg, () => {});
    const back = await api.gql(ASK);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ entity: { node: { id: 'POL-OUTAGE', kind: 'policy' } } });
    expect((await fetch(`${api.origin}/health`)).status).toBe(200);
    const outcomes = api.logs.filter((l) => l.msg === 'request').map((l) => l.outcome);
    expect(outcomes).toContain('DATABASE_UNAVAILABLE');
  });
});
