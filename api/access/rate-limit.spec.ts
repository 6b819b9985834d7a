import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authenticate } from './authenticate.ts';
import { recordOf } from '../http/logging.ts';
import { rateLimitPerCaller } from './rate-limit.ts';

// The limit in front of a handler that answers only when the test says, as the API's own 503s
// (queue full, Neo4j down) or as a client that hangs up before its answer would meet it.

const TOKEN = 'mallory-token-0000001';
const USERS = [{ name: 'mallory', role: 'viewer' as const, tokenSha256: createHash('sha256').update(TOKEN).digest('hex'), expires: null }];

let server: Server;
let url = '';
const held: { answer(status: number, notCharged?: boolean): void; closed: Promise<void> }[] = [];

async function start(perMinute: number): Promise<void> {
  const app = express();
  app.post('/', authenticate(USERS), rateLimitPerCaller(perMinute), (_req, res) => {
    held.push({
      answer: (status, notCharged = false) => {
        recordOf(res).notCharged = notCharged;
        res.status(status).json({});
      },
      closed: new Promise((r) => res.once('close', () => r())),
    });
  });
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const ask = (signal?: AbortSignal) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{}', signal });

afterEach(async () => {
  held.splice(0);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('the rate limit', () => {
  it("gives back the allowance of a request turned away for no doing of its caller's (Neo4j down, a queue full of others'), and of nothing else", async () => {
    await start(2);
    for (let i = 0; i < 3; i++) {
      const answer = ask();
      await vi.waitFor(() => expect(held).toHaveLength(1));
      held.shift()!.answer(503, true);
      expect((await answer).status).toBe(503);
    }
    const ok = ask();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    held.shift()!.answer(200);
    expect((await ok).status).toBe(200);
  });

  it('counts a 503 of its own doing: shed behind its own backlog', async () => {
    await start(2);
    for (let i = 0; i < 2; i++) {
      const answer = ask();
      await vi.waitFor(() => expect(held).toHaveLength(1));
      held.shift()!.answer(503);
      expect((await answer).status).toBe(503);
    }
    expect((await ask()).status).toBe(429);
  });

  it('counts a request whose client hung up before its answer: dropping connections is no way past the limit', async () => {
    await start(2);
    for (let i = 0; i < 2; i++) {
      const hangUp = new AbortController();
      const answer = ask(hangUp.signal).catch(() => null);
      await vi.waitFor(() => expect(held).toHaveLength(1));
      hangUp.abort();
      await held.shift()!.closed;
      await answer;
    }
    const refused = await ask();
    expect(refused.status).toBe(429);
  });
});
