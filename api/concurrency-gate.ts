import type { NextFunction, Request, RequestHandler, Response } from 'express';
import pLimit from 'p-limit';
import type { Availability } from './database-availability.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, ERROR_CODES } from './errors.ts';
import { recordOf } from './logging.ts';
import { needsDatabase } from './needs-database.ts';

export interface GateOptions {
  /** Requests that run at once; 0 turns the gate off. */
  concurrent: number;
  /** Requests that may wait for a slot; past it the answer is SERVER_BUSY. */
  maxQueued: number;
  /** What the API knows of Neo4j: a request whose turn comes while it is down is answered by a probe. */
  availability?: Availability;
}

const ALWAYS_UP: Availability = { down: () => false, nextProbe: async () => true };

const gone = (req: Request, res: Response) => res.closed || req.socket.destroyed;

function refuse(res: Response, code: typeof ERROR_CODES.SERVER_BUSY | typeof ERROR_CODES.DATABASE_UNAVAILABLE, message: string): void {
  recordOf(res).errorCodes.push(code);
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

/**
 * At most `concurrent` GraphQL requests run at once; the rest wait in order of arrival. Neo4j on a
 * few cores answers a burst of 50 traversals slower, each of them, than it answers 4 at a time, and
 * the unlucky ones of an unbounded burst wait seconds: a queue in Node shares the wait evenly, so
 * the slowest answer is close to the typical one.
 *
 * - Past `maxQueued` waiting requests the API is overloaded and says so at once (503 SERVER_BUSY
 *   with Retry-After) rather than hold them.
 * - One whose turn comes while Neo4j is down (it went down while the request waited) is answered
 *   as `awaitDatabase` answers.
 * - A request whose client left while it waited is dropped without running.
 */
export function concurrencyGate({ concurrent, maxQueued, availability = ALWAYS_UP }: GateOptions): RequestHandler {
  if (concurrent <= 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  const limit = pLimit(concurrent);
  return (req: Request, res: Response, next: NextFunction) => {
    if (limit.pendingCount >= maxQueued) {
      return refuse(res, ERROR_CODES.SERVER_BUSY, `The API is busy (${limit.activeCount} requests running, ${limit.pendingCount} waiting); try again shortly.`);
    }
    void limit(
      () =>
        new Promise<void>((release) => {
          if (gone(req, res)) return release();
          // The slot is held until the answer is written or the client is gone, whichever is first.
          res.once('close', release);
          // Neo4j may have gone down while this request waited its turn.
          void databaseBack(availability, req, res).then((back) => back && next());
        }),
    );
  };
}
