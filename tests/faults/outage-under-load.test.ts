import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNeo4jConfig, type EmbeddedNeo4jConfig } from '../../graph/config.ts';
import { connectGraph, connectionOptions } from '../../graph/driver.ts';
import { startEmbedded, type RunningNeo4j } from '../../graph/embedded-server.ts';
import { freePort } from '../../graph/free-port.ts';
import { importBundle } from '../../seed/import/index.ts';
import { startApiProcess, type ApiProcess } from '../../bench/api-process.ts';
import { writeSmallBundle } from '../fixtures/small-bundle.ts';

// Neo4j stopped and started again while clients keep asking the API (in its own process, as
// `npm run api` runs it). This file owns a small embedded Neo4j, never the run's shared one.

let cfg: EmbeddedNeo4jConfig;
let neo4j: RunningNeo4j | null = null;
let api: ApiProcess;
let temp: string;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'ipatlas-faults-load-'));
  cfg = { ...loadNeo4jConfig({}).embedded, dataDir: join(temp, 'neo4j'), boltPort: await freePort(), heapMb: 512, pagecacheMb: 64, txMemoryMb: 128 };
  neo4j = await startEmbedded(cfg, () => {});
  const graph = connectGraph(connectionOptions(loadNeo4jConfig({}), neo4j.uri));
  try {
    await writeSmallBundle(join(temp, 'bundle'));
    await importBundle({ graph, dir: join(temp, 'bundle') });
  } finally {
    await graph.close();
  }
  // Beside its JSON log the API prints one plain line with its URL.
  api = await startApiProcess(neo4j.uri, {
    onLog: (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      // Internal errors are never expected; show them where the failing test is read.
      if (Number(entry.level) >= 50) console.error(`[api] ${line}`);
    },
    // As the API bench starts it: the warm-up's job queries would compete with the load.
    untilWarm: true,
  });
});
afterAll(async () => {
  await api?.stop();
  await neo4j?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const REQUESTS = [
  { query: 'query E($id: ID!) { entity(id: $id) { node { id kind name } relationshipCounts { type count } } }', variables: { id: 'ORG-U1' } },
  { query: 'query H($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { id } } }', variables: { id: 'CN113000002A' } },
  { query: 'query S($text: String!) { search(text: $text) { id kind } }', variables: { text: '电池' } },
  { query: '{ stats { nodes relationships } }', variables: {} },
];
const CLIENTS = 4;
/** How long after Neo4j is ready a request may still meet its statements being planned again. */
const REPLAN_MS = 30_000;
/**
 * Far beyond any answer the API gives when healthy or when Neo4j is down (each read of a request
 * gives up within about 20 s); only a hang reaches it.
 */
const HANG_MS = 90_000;

interface Outcome {
  sentAt: number;
  at: number;
  /** 'ok', the answer's first error code, `HTTP <status>`, or HANG / NETWORK. */
  code: string;
}

async function ask(i: number, t0: number): Promise<Outcome> {
  const sentAt = performance.now() - t0;
  const r = REQUESTS[i % REQUESTS.length]!;
  try {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(r),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.length ? (body.errors[0]!.extensions?.code ?? 'UNCODED') : res.status === 200 && body.data ? 'ok' : `HTTP ${res.status}`;
    return { sentAt, at: performance.now() - t0, code };
  } catch (err) {
    return { sentAt, at: performance.now() - t0, code: (err as Error).name === 'TimeoutError' ? 'HANG' : 'NETWORK' };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for `done` to hold, for at most a few minutes (then the assertions below say what is missing). */
async function until(done: () => boolean, ms = 180_000): Promise<void> {
  for (const end = performance.now() + ms; !done() && performance.now() < end; ) await sleep(100);
}
const codes = (xs: Outcome[]) => [...new Set(xs.map((x) => x.code))].sort();

describe('Neo4j stopped and restarted under load', () => {
  it('starts on an API that has ended its warm-up (as the API bench waits for it)', () => {
    expect(logs.map((l) => l.msg)).toContain('warm-up: job queries planned, coverage caches read');
  });

  it('answers DATABASE_UNAVAILABLE while it is down, then recovers: every request succeeds once the restarted Neo4j has planned its queries, and the API never restarts', async () => {
    const pidBefore = api.pid;
    const outcomes: Outcome[] = [];
    const t0 = performance.now();
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; running; i += CLIENTS) outcomes.push(await ask(i, t0));
    });

    // Until every client has had answers (a busy machine makes the first ones slow).
    await until(() => outcomes.length >= 2 * CLIENTS);
    const stopAt = performance.now() - t0;
    await neo4j!.stop();
    neo4j = null;
    const stoppedAt = performance.now() - t0;
    await sleep(3000);
    const startAt = performance.now() - t0;
    neo4j = await startEmbedded(cfg, () => {});
    const readyAt = performance.now() - t0;
    await sleep(3000);
    await until(() => outcomes.filter((x) => x.sentAt >= readyAt + REPLAN_MS).length >= 2 * CLIENTS);
    running = false;
    await Promise.all(clients);

    const before = outcomes.filter((x) => x.at < stopAt);
    const down = outcomes.filter((x) => x.at >= stopAt && x.sentAt < readyAt);
    // Sent while nothing listened on Bolt: from the end of the stop to the start of the start.
    const stopped = outcomes.filter((x) => x.sentAt >= stoppedAt && x.at < startAt);
    // A restarted Neo4j plans every statement again on a cold JVM: the first requests after it is
    // ready may run out of time (TIMEOUT, said, not hung) — the unmet target the fault bench
    // measures (docs/access-control.md). Once planned, every request succeeds.
    const replanning = outcomes.filter((x) => x.sentAt >= readyAt && x.sentAt < readyAt + REPLAN_MS);
    const after = outcomes.filter((x) => x.sentAt >= readyAt + REPLAN_MS);
    expect(before.length).toBeGreaterThan(0);
    expect(codes(before)).toEqual(['ok']);
    // Some requests met the outage, and each one that failed said why: no internal error, no hang.
    expect(stopped.length).toBeGreaterThan(0);
    expect(codes(stopped)).toEqual(['DATABASE_UNAVAILABLE']);
    // While Neo4j stops or starts it may accept a query it cannot finish in time: TIMEOUT then.
    expect(down.map((x) => x.code)).toContain('DATABASE_UNAVAILABLE');
    expect(codes(down).filter((c) => c !== 'ok' && c !== 'DATABASE_UNAVAILABLE' && c !== 'TIMEOUT')).toEqual([]);
    expect(codes(replanning).filter((c) => c !== 'ok' && c !== 'TIMEOUT' && c !== 'SERVER_BUSY')).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    expect(codes(after), `after ready at ${readyAt.toFixed(0)} ms: ${JSON.stringify(after.filter((x) => x.code !== 'ok'))}`).toEqual(['ok']);

    // The same API process served the whole time, and its log says what the clients saw.
    expect(api.exited()).toBeNull();
    expect(api.pid).toBe(pidBefore);
    const health = await fetch(api.url.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
    const logged = logs.filter((l) => l.msg === 'request').map((l) => String(l.outcome));
    expect(logged).toContain('DATABASE_UNAVAILABLE');
    expect(logged.filter((o) => o !== 'ok' && o !== 'DATABASE_UNAVAILABLE' && o !== 'TIMEOUT')).toEqual([]);
    // Stopping and starting Neo4j takes a minute or more when the machine is busy.
  }, 600_000);
});
