import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitDatabase, concurrencyGate } from './concurrency-gate.ts';
import { recordOf } from './logging.ts';
import type { Availability } from '../database/availability.ts';

// The gate in front of a handler that answers only when the test lets it: what runs, in what
// order, and what a client past the queue is told. Each step waits for the server to have seen
// the request (not for a fixed time), so a busy machine cannot reorder them.

interface Harness {
  url: string;
  /** Names of the requests that reached the gate, in order. */
  arrived: string[];
  /** Names of the requests the handler has started, in order. */
  started: string[];
  /** Names of the requests whose response closed (answered, or the client left). */
  closed: string[];
  /** Lets the oldest started request answer. */
  finishOne(): void;
  server: Server;
}

interface HarnessOptions {
  concurrent: number;
  maxQueued: number;
  maxQueueWaitMs?: number;
  maxPerCaller?: number;
  maxWaitingPerCaller?: number;
  workLimitMs?: number;
  availability?: Availability;
}

async function harness({ concurrent, maxQueued, maxQueueWaitMs = 60_000, maxPerCaller, maxWaitingPerCaller, workLimitMs, availability }: HarnessOptions): Promise<Harness> {
  const h = { arrived: [] as string[], started: [] as string[], closed: [] as string[] };
  const waiting: (() => void)[] = [];
  const app = express();
  const name = (req: express.Request) => String(req.query.name);
  app.post(
    '/',
    express.json(),
    (req, res, next) => {
      h.arrived.push(name(req));
      res.once('close', () => h.closed.push(name(req)));
      next();
    },
    ...(availability ? [awaitDatabase(availability)] : []),
    concurrencyGate({ concurrent, maxQueued, maxQueueWaitMs, maxPerCaller, maxWaitingPerCaller, workLimitMs, availability, callerOf: (res) => String(res.req.query.name).replace(/\d+$/, '') }),
    async (req, res) => {
      h.started.push(name(req));
      // Its work done (what Apollo's willSendResponse tells the gate), then its answer, if anyone still waits for it.
      waiting.push(() => {
        recordOf(res).settle?.();
        if (!res.closed) res.json({ name: name(req) });
      });
    },
  );
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { ...h, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, finishOne: () => waiting.shift()!(), server };
}

let h: Harness;
const inFlight: Promise<unknown>[] = [];

/**
 * Sends a request that reads the database (the gate looks at the query only while Neo4j is down)
 * and waits until the server has it; the answer comes later (wrapped, so awaiting this does not
 * wait for it).
 */
async function send(name: string, { query = '{ stats { nodes } }', signal }: { query?: string; signal?: AbortSignal } = {}): Promise<{ answer: Promise<Response> }> {
  const answer = fetch(`${h.url}?name=${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal });
  inFlight.push(answer.catch(() => {}));
  await vi.waitFor(() => expect(h.arrived).toContain(name));
  // Its fate at the gate is settled on arrival (a slot, the queue, or a refusal); let that happen.
  await new Promise((r) => setTimeout(r, 20));
  return { answer };
}
const nameOf = async ({ answer }: { answer: Promise<Response> }) => ((await (await answer).json()) as { name: string }).name;

afterEach(async () => {
  h.server.closeAllConnections();
  await new Promise((r) => h.server.close(r));
  await Promise.all(inFlight.splice(0));
});

describe('the request queue', () => {
  it('runs at most N requests at once and the rest in order of arrival', async () => {
    h = await harness({ concurrent: 2, maxQueued: 10 });
    const answers = [];
    for (const name of ['a', 'b', 'c', 'd']) answers.push(await send(name));
    expect(h.arrived).toEqual(['a', 'b', 'c', 'd']);
    await vi.waitFor(() => expect(h.started).toEqual(['a', 'b']));
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toEqual(['a', 'b', 'c']));
    h.finishOne();
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toEqual(['a', 'b', 'c', 'd']));
    h.finishOne();
    expect(await Promise.all(answers.map(nameOf))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('answers 503 SERVER_BUSY with Retry-After once the queue is full, and runs nothing for it', async () => {
    h = await harness({ concurrent: 1, maxQueued: 1 });
    const first = await send('first');
    await vi.waitFor(() => expect(h.started).toEqual(['first']));
    const queued = await send('queued');
    const refused = await (await send('refused')).answer;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = await refused.json();
    expect(body.errors[0].extensions.code).toBe('SERVER_BUSY');
    expect(body.errors[0].message).toMatch(/1 requests running, 1 waiting/);
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toEqual(['first', 'queued']));
    h.finishOne();
    expect(await nameOf(first)).toBe('first');
    expect(await nameOf(queued)).toBe('queued');
    expect(h.started).toEqual(['first', 'queued']);
  });

  it('answers 503 SERVER_BUSY with Retry-After to a request that waited past the limit, while the slot is still taken, and never runs it', async () => {
    h = await harness({ concurrent: 1, maxQueued: 10, maxQueueWaitMs: 300 });
    const first = await send('first');
    await vi.waitFor(() => expect(h.started).toEqual(['first']));
    const waited = await (await send('waited')).answer;
    expect(waited.status).toBe(503);
    expect(waited.headers.get('retry-after')).toBe('1');
    const body = await waited.json();
    expect(body.errors[0].extensions.code).toBe('SERVER_BUSY');
    expect(body.errors[0].message).toMatch(/waited \d+\.\d s for one of 1 slots/);
    expect(h.started).toEqual(['first']);
    // Its place is gone: the slot goes to the next request.
    h.finishOne();
    expect(await nameOf(first)).toBe('first');
    const next = await send('next');
    await vi.waitFor(() => expect(h.started).toEqual(['first', 'next']));
    h.finishOne();
    expect(await nameOf(next)).toBe('next');
  });

  it('drops a request whose client left while it waited, and keeps the slot of one that left while running until its work is done', async () => {
    h = await harness({ concurrent: 1, maxQueued: 10 });
    const leaving = new AbortController();
    const running = new AbortController();
    await send('running', { signal: running.signal });
    await vi.waitFor(() => expect(h.started).toEqual(['running']));
    await send('gone', { signal: leaving.signal });
    leaving.abort();
    await vi.waitFor(() => expect(h.closed).toContain('gone'));
    const last = await send('last');
    // Its client hung up, but its reads still run: the slot is not free, or a client that drops
    // its connections could run any number of them at once.
    running.abort();
    await vi.waitFor(() => expect(h.closed).toContain('running'));
    await new Promise((r) => setTimeout(r, 100));
    expect(h.started).toEqual(['running']);
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toEqual(['running', 'last']));
    h.finishOne();
    expect(await nameOf(last)).toBe('last');
  });

  it('gives a slot held for a client that left back after the work limit, if the work never says it is done', async () => {
    h = await harness({ concurrent: 1, maxQueued: 10, workLimitMs: 300 });
    const running = new AbortController();
    await send('stuck', { signal: running.signal });
    const next = await send('next');
    running.abort();
    await vi.waitFor(() => expect(h.started).toEqual(['stuck', 'next']));
    h.finishOne();
    h.finishOne();
    expect(await nameOf(next)).toBe('next');
  });

  it('keeps the queue open to the others when one caller has its share waiting', async () => {
    h = await harness({ concurrent: 1, maxQueued: 10, maxWaitingPerCaller: 2 });
    const running = await send('bob1');
    const mallory = [await send('mallory1'), await send('mallory2')];
    const refused = await (await send('mallory3')).answer;
    expect(refused.status).toBe(503);
    expect((await refused.json()).errors[0].message).toMatch(/You have 2 requests waiting already/);
    const alice = await send('alice1');
    for (let i = 0; i < 4; i++) {
      await vi.waitFor(() => expect(h.started).toHaveLength(i + 1));
      h.finishOne();
    }
    expect(await Promise.all([running, ...mallory, alice].map(nameOf))).toEqual(['bob1', 'mallory1', 'mallory2', 'alice1']);
  });

  it('shares the slots between callers: one who sends many waits behind its own, not in front of the others', async () => {
    h = await harness({ concurrent: 2, maxQueued: 10, maxPerCaller: 1 });
    const mallory = [await send('mallory1'), await send('mallory2'), await send('mallory3')];
    const alice = await send('alice1');
    // Mallory runs one at a time; the second slot is Alice's though she came last.
    await vi.waitFor(() => expect(h.started).toEqual(['mallory1', 'alice1']));
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toEqual(['mallory1', 'alice1', 'mallory2']));
    h.finishOne();
    expect(await nameOf(alice)).toBe('alice1');
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toHaveLength(4));
    h.finishOne();
    expect(await Promise.all(mallory.map(nameOf))).toEqual(['mallory1', 'mallory2', 'mallory3']);
  });

  it('when Neo4j is found down, answers every waiting request that reads it by one probe, without waiting for the slots', async () => {
    let down = false;
    let foundDown = () => {};
    const probes: ((up: boolean) => void)[] = [];
    h = await harness({
      concurrent: 1,
      maxQueued: 10,
      availability: { down: () => down, nextProbe: () => new Promise<boolean>((r) => probes.push(r)), onDown: (listener) => (foundDown = listener), onBack: () => {} },
    });
    await send('running');
    await vi.waitFor(() => expect(h.started).toEqual(['running']));
    const waiting = [await send('a'), await send('b')];
    const session = await send('session', { query: '{ session { user } }' });
    down = true;
    foundDown();
    await vi.waitFor(() => expect(probes).toHaveLength(1));
    probes.splice(0).forEach((answer) => answer(false));
    for (const { answer } of waiting) {
      const res = await answer;
      expect(res.status).toBe(503);
      expect((await res.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    }
    // The slot was never given up; the request that needs no database keeps its place.
    expect(h.started).toEqual(['running']);
    h.finishOne();
    await vi.waitFor(() => expect(h.started).toEqual(['running', 'session']));
    h.finishOne();
    expect(await nameOf(session)).toBe('session');
  });

  it('when Neo4j is found down and the probe finds it back, the waiting requests keep their places', async () => {
    let down = false;
    let foundDown = () => {};
    const probes: ((up: boolean) => void)[] = [];
    h = await harness({
      concurrent: 1,
      maxQueued: 10,
      availability: { down: () => down, nextProbe: () => new Promise<boolean>((r) => probes.push(r)), onDown: (listener) => (foundDown = listener), onBack: () => {} },
    });
    await send('running');
    await vi.waitFor(() => expect(h.started).toEqual(['running']));
    const [a, b] = [await send('a'), await send('b')];
    down = true;
    foundDown();
    await vi.waitFor(() => expect(probes).toHaveLength(1));
    down = false;
    probes.splice(0).forEach((answer) => answer(true));
    const c = await send('c');
    for (const name of ['a', 'b', 'c']) {
      h.finishOne();
      await vi.waitFor(() => expect(h.started.at(-1)).toBe(name));
    }
    h.finishOne();
    expect(await Promise.all([a, b, c].map(nameOf))).toEqual(['a', 'b', 'c']);
  });

  it('while the database is down, answers each request by the next probe: DATABASE_UNAVAILABLE, or on as usual once it is back', async () => {
    let down = false;
    const probes: ((up: boolean) => void)[] = [];
    const answerProbes = (up: boolean) => probes.splice(0).forEach((answer) => answer(up));
    h = await harness({ concurrent: 1, maxQueued: 10, availability: { down: () => down, nextProbe: () => new Promise<boolean>((r) => probes.push(r)), onDown: () => {}, onBack: () => {} } });
    const first = await send('first');
    await vi.waitFor(() => expect(h.started).toEqual(['first']));
    const queuedBefore = await send('queued-before');
    down = true;
    const arriving = await send('arriving');
    await vi.waitFor(() => expect(probes).toHaveLength(1));
    answerProbes(false);
    const refused = await arriving.answer;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    // The request that waited its turn while Neo4j went down hears it from a probe too.
    h.finishOne();
    expect(await nameOf(first)).toBe('first');
    await vi.waitFor(() => expect(probes).toHaveLength(1));
    answerProbes(false);
    const before = await queuedBefore.answer;
    expect(before.status).toBe(503);
    expect((await before.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    // Asking who is signed in needs no database: it runs without a probe.
    const session = await send('session', { query: 'query Me { ...Who } fragment Who on Query { session { user } }' });
    await vi.waitFor(() => expect(h.started).toEqual(['first', 'session']));
    expect(probes).toHaveLength(0);
    h.finishOne();
    expect(await nameOf(session)).toBe('session');
    // Back: the next request waits for its probe, then runs.
    const back = await send('back');
    await vi.waitFor(() => expect(probes).toHaveLength(1));
    expect(h.started).toEqual(['first', 'session']);
    down = false;
    answerProbes(true);
    await vi.waitFor(() => expect(h.started).toEqual(['first', 'session', 'back']));
    h.finishOne();
    expect(await nameOf(back)).toBe('back');
  });
});
