import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { awaitDatabase, concurrencyGate } from './concurrency-gate.ts';
import type { Availability } from './database-availability.ts';

// The gate in front of a handler that answers only when the test lets it: what runs, in what
// order, and what a client past the queue is told.

interface Harness {
  url: string;
  /** Names of the requests the handler has started, in order. */
  started: string[];
  /** Lets the oldest started request answer. */
  finishOne(): void;
  server: Server;
}

async function harness(concurrent: number, maxQueued: number, availability?: Availability): Promise<Harness> {
  const started: string[] = [];
  const waiting: (() => void)[] = [];
  const app = express();
  app.post('/', express.json(), ...(availability ? [awaitDatabase(availability)] : []), concurrencyGate({ concurrent, maxQueued, availability }), (req, res) => {
    started.push(String(req.query.name));
    waiting.push(() => res.json({ name: req.query.name }));
  });
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    started,
    finishOne: () => waiting.shift()!(),
    server,
  };
}

/** A request that reads the database (the gate looks at the query only while Neo4j is down). */
const ask = (h: Harness, name: string, { query = '{ stats { nodes } }', signal }: { query?: string; signal?: AbortSignal } = {}) =>
  fetch(`${h.url}?name=${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal });

const settle = () => new Promise((r) => setTimeout(r, 50));
let h: Harness | undefined;
afterEach(async () => {
  h?.server.closeAllConnections();
  await new Promise((r) => h?.server.close(r));
});

describe('the request queue', () => {
  it('runs at most N requests at once and the rest in order of arrival', async () => {
    h = await harness(2, 10);
    const answers = ['a', 'b', 'c', 'd'].map(async (name, i) => {
      await new Promise((r) => setTimeout(r, i * 20));
      return (await ask(h!, name)).json();
    });
    await settle();
    await settle();
    expect(h.started).toEqual(['a', 'b']);
    h.finishOne();
    await settle();
    expect(h.started).toEqual(['a', 'b', 'c']);
    h.finishOne();
    h.finishOne();
    await settle();
    h.finishOne();
    expect((await Promise.all(answers)).map((a) => a.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('answers 503 SERVER_BUSY with Retry-After once the queue is full, and runs nothing for it', async () => {
    h = await harness(1, 1);
    const first = ask(h, 'first');
    await settle();
    const queued = ask(h, 'queued');
    await settle();
    const refused = await ask(h, 'refused');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = await refused.json();
    expect(body.errors[0].extensions.code).toBe('SERVER_BUSY');
    expect(body.errors[0].message).toMatch(/1 requests running, 1 waiting/);
    h.finishOne();
    await settle();
    h.finishOne();
    expect((await (await first).json()).name).toBe('first');
    expect((await (await queued).json()).name).toBe('queued');
    expect(h.started).toEqual(['first', 'queued']);
  });

  it('drops a request whose client left while it waited, and frees the slot of one that left while running', async () => {
    h = await harness(1, 10);
    const leaving = new AbortController();
    const running = new AbortController();
    void ask(h, 'running', { signal: running.signal }).catch(() => {});
    await settle();
    void ask(h, 'gone', { signal: leaving.signal }).catch(() => {});
    await settle();
    leaving.abort();
    await settle();
    const last = ask(h, 'last');
    await settle();
    running.abort();
    await settle();
    expect(h.started).toEqual(['running', 'last']);
    h.finishOne();
    h.finishOne();
    expect((await (await last).json()).name).toBe('last');
  });

  it('while the database is down, answers each request by the next probe: DATABASE_UNAVAILABLE, or on as usual once it is back', async () => {
    let down = false;
    const probes: ((up: boolean) => void)[] = [];
    const answerProbes = (up: boolean) => probes.splice(0).forEach((answer) => answer(up));
    h = await harness(1, 10, { down: () => down, nextProbe: () => new Promise<boolean>((r) => probes.push(r)) });
    const first = ask(h, 'first');
    await settle();
    const queuedBefore = ask(h, 'queued-before');
    await settle();
    down = true;
    const arriving = ask(h, 'arriving');
    await settle();
    expect(probes).toHaveLength(1);
    answerProbes(false);
    const refused = await arriving;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    // The request that waited its turn while Neo4j went down hears it from a probe too.
    h.finishOne();
    expect((await (await first).json()).name).toBe('first');
    await settle();
    answerProbes(false);
    const before = await queuedBefore;
    expect(before.status).toBe(503);
    expect((await before.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    // Asking who is signed in needs no database: it runs without a probe.
    const session = ask(h, 'session', { query: 'query Me { ...Who } fragment Who on Query { session { user } }' });
    await settle();
    expect(probes).toHaveLength(0);
    expect(h.started).toEqual(['first', 'session']);
    h.finishOne();
    expect((await (await session).json()).name).toBe('session');
    // Back: the next request waits for its probe, then runs.
    const back = ask(h, 'back');
    await settle();
    expect(h.started).toEqual(['first', 'session']);
    down = false;
    answerProbes(true);
    await settle();
    expect(h.started).toEqual(['first', 'session', 'back']);
    h.finishOne();
    expect((await (await back).json()).name).toBe('back');
  });
});
