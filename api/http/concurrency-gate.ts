import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApiContext } from '../graphql/context.ts';
import type { Availability } from '../database/availability.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, ERROR_CODES } from '../graphql/errors.ts';
import { recordOf } from './logging.ts';
import { needsDatabase } from '../database/needs-database.ts';
import { RequestQueue, type Taken, type Waiting } from './request-queue.ts';

export interface GateOptions {
  /** Requests that run at once; 0 turns the gate off. */
  concurrent: number;
  /** Requests that may wait for a slot; past it the answer is SERVER_BUSY. */
  maxQueued: number;
  /** How long a request may wait for a slot; past it the answer is SERVER_BUSY and it never runs. */
  maxQueueWaitMs: number;
  /** Requests of one caller that run at once (default `concurrent`). */
  maxPerCaller?: number;
  /** Requests of one caller that may wait (default `maxQueued`): past it that caller is told it has enough waiting, and the queue stays open to the others. */
  maxWaitingPerCaller?: number;
  /** The longest a request's work can go on (its deadline): a slot whose client left is held until the work ends, at most this long. */
  workLimitMs?: number;
  /** The caller a request is keyed by (for `maxPerCaller`); none: every request alike. */
  callerOf?: (res: Response) => string;
  /** What the API knows of Neo4j: a request whose turn comes while it is down is answered by a probe. */
  availability?: Availability;
}

const ALWAYS_UP: Availability = { down: () => false, nextProbe: async () => true, onDown: () => {}, onBack: () => {} };

const gone = (req: Request, res: Response) => res.closed || req.socket.destroyed;

function refuse(res: Response, code: typeof ERROR_CODES.SERVER_BUSY | typeof ERROR_CODES.DATABASE_UNAVAILABLE, message: string): void {
  recordOf(res).errorCodes.push(code);
  // Neo4j being down is nobody's doing: the request costs its caller nothing (see rate-limit.ts).
  if (code === ERROR_CODES.DATABASE_UNAVAILABLE) recordOf(res).notCharged = true;
  res.set('Retry-After', '1');
  res.status(503).json({ data: null, errors: [{ message, extensions: { code } }] });
}

/** True when the request may go on: Neo4j is not known to be down, or the request does not read it, or the next probe found it back. */
async function databaseBack(availability: Availability, req: Request, res: Response): Promise<boolean> {
  if (!availability.down() || !needsDatabase(req.body)) return true;
  const up = await availability.nextProbe();
  if (gone(req, res)) return false;
  if (!up) refuse(res, ERROR_CODES.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
  return up;
}

/**
 * While Neo4j is down, a request that reads it waits for the next shared probe and is answered
 * 503 DATABASE_UNAVAILABLE if that fails, or goes on as usual if Neo4j is back: down, every
 * client hears so within a probe; back, nobody is told otherwise. It stands before the rate
 * limit, so a client that keeps trying through an outage keeps its allowance. (Only while Neo4j
 * is down is the query parsed here, to let `session` and introspection through.)
 */
export function awaitDatabase(availability: Availability): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (await databaseBack(availability, req, res)) next();
  };
}

/** A request in the queue. */
interface Entry extends Waiting {
  req: Request;
  res: Response;
  /** Whether it still has to read Neo4j (parsed once, and only while Neo4j is down). */
  readsDatabase(): boolean;
}

/**
 * At most `concurrent` GraphQL requests run at once; the rest wait in order of arrival. Neo4j on a
 * few cores answers a burst of 50 traversals slower, each of them, than it answers 4 at a time, and
 * the unlucky ones of an unbounded burst wait seconds: a queue in Node shares the wait evenly, so
 * the slowest answer is close to the typical one.
 *
 * - Past `maxQueued` waiting requests the API is overloaded and says so at once (503 SERVER_BUSY
 *   with Retry-After) rather than hold them.
 * - A request that has waited `maxQueueWaitMs` is answered SERVER_BUSY then and never runs: its
 *   client has given up or soon will, and running it would only make those behind it wait too.
 * - When Neo4j is found down, every waiting request that reads it is answered by the next probe
 *   at once, not one slot at a time; one whose turn comes while Neo4j is down gives its slot back
 *   and is answered the same way. If the probe finds Neo4j back, they wait on in their places.
 * - A request whose client left while it waited is dropped without running; one that runs keeps
 *   its slot until its work is done, client or not (see releaseWhenDone).
 * - Fair between callers (`maxPerCaller`, see RequestQueue); a caller with `maxWaitingPerCaller`
 *   requests waiting is refused more at once, so one caller cannot fill the queue for the others.
 */
export function concurrencyGate({ concurrent, maxQueued, maxQueueWaitMs, maxPerCaller, maxWaitingPerCaller = maxQueued, workLimitMs = 60_000, callerOf, availability = ALWAYS_UP }: GateOptions): RequestHandler {
  if (concurrent <= 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  const queue = new RequestQueue({ concurrent, maxQueued, maxWaitMs: maxQueueWaitMs, maxPerKey: maxPerCaller });

  /**
   * The slot is given back when the answer is written, or, if the client hung up first, when
   * GraphQL has finished with the request: its reads go on in Neo4j whether or not anyone waits
   * for them, and a slot freed at the hang-up would let a client that opens and drops connections
   * run any number of them at once.
   */
  const releaseWhenDone = (res: Response, release: () => void) => {
    const record = recordOf(res);
    record.settled = new Promise<void>((resolve) => (record.settle = resolve));
    res.once('close', () => {
      if (res.writableFinished) return release();
      const limit = setTimeout(release, workLimitMs);
      void record.settled!.then(() => {
        clearTimeout(limit);
        release();
      });
    });
  };

  const answerByProbe = async (taken: Taken[]) => {
    if (taken.length === 0) return;
    const up = await availability.nextProbe();
    const waitingOn = taken.filter((t) => !gone((t.entry as Entry).req, (t.entry as Entry).res));
    if (up) return queue.restore(waitingOn);
    for (const t of waitingOn) refuse((t.entry as Entry).res, ERROR_CODES.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
  };
  availability.onDown(() => void answerByProbe(queue.take((e) => (e as Entry).readsDatabase())));

  return (req: Request, res: Response, next: NextFunction) => {
    // Its deadline counts from here: a request that waited for a slot has that much less time to run.
    recordOf(res).arrivedAt = Date.now();
    let reads: boolean | undefined;
    const entry: Entry = {
      key: callerOf?.(res),
      req,
      res,
      readsDatabase: () => (reads ??= needsDatabase(req.body)),
      start(release, since) {
        if (gone(req, res)) return release();
        recordOf(res).queuedMs = Math.round(performance.now() - since);
        // Neo4j may have gone down while this request waited its turn.
        if (availability.down() && entry.readsDatabase()) {
          release();
          return void answerByProbe([{ entry, since }]);
        }
        releaseWhenDone(res, release);
        next();
      },
      shed(waitedMs) {
        if (gone(req, res)) return;
        recordOf(res).queuedMs = Math.round(waitedMs);
        refuse(res, ERROR_CODES.SERVER_BUSY, `The API is busy: this request waited ${(waitedMs / 1000).toFixed(1)} s for one of ${concurrent} slots; try again shortly.`);
      },
    };
    if (entry.key !== undefined && queue.waitingOf(entry.key) >= maxWaitingPerCaller) {
      return refuse(res, ERROR_CODES.SERVER_BUSY, `You have ${maxWaitingPerCaller} requests waiting already; wait for their answers before sending more.`);
    }
    if (!queue.add(entry)) {
      // Full of requests of others (none may hold more than its share): not this caller's doing.
      recordOf(res).notCharged = true;
      return refuse(res, ERROR_CODES.SERVER_BUSY, `The API is busy (${queue.running} requests running, ${queue.waiting} waiting); try again shortly.`);
    }
    res.once('close', () => queue.remove(entry));
  };
}

/** Tells the gate when GraphQL has finished with a request (its answer made, sent or not), so a slot whose client left is not given back while its reads still run. */
export function settledWithRequest(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          contextValue.record.settle?.();
        },
      };
    },
  };
}
