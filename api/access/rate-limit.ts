import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { MemoryStore, rateLimit } from 'express-rate-limit';
import { recordOf } from '../http/logging.ts';
import { requestCaller } from './authenticate.ts';

/**
 * At most `perMinute` requests per caller in any minute (a sliding count of express-rate-limit's
 * fixed windows), keyed by the authenticated user, so one client cannot starve the others. Over
 * it: 429 RATE_LIMITED with Retry-After. 0 turns it off. Requests refused for no doing of the
 * caller's are not counted; requests whose client hung up are.
 */
export function rateLimitPerCaller(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  const store = new MemoryStore();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store,
    keyGenerator: (_req, res) => `user:${requestCaller(res).user}`,
    handler: (_req, res, _next, options) => {
      recordOf(res).errorCodes.push('RATE_LIMITED');
      res.status(options.statusCode).json({
        errors: [{ message: `Too many requests: at most ${perMinute} a minute per client; try again shortly.`, extensions: { code: 'RATE_LIMITED' } }],
      });
    },
  });
  // A request the API turned away for no doing of the client's (Neo4j down, or the queue full of
  // others' requests) leaves the client's allowance as it was, so a client that kept trying through
  // an outage is not locked out when the database is back. Only that: a request shed behind the
  // client's own backlog counts (else a client could keep hundreds waiting for free), and so does
  // one whose client hung up (express-rate-limit's skipFailedRequests would give it back, and a
  // client that drops its connections would never be limited while its reads still run).
  return (req: Request, res: Response, next: NextFunction) => {
    void limiter(req, res, (err?: unknown) => {
      const info = (req as Request & { rateLimit?: { key: string; resetTime?: Date } }).rateLimit;
      if (!err && info) {
        res.once('finish', () => {
          if (recordOf(res).notCharged && (!info.resetTime || Date.now() < info.resetTime.getTime())) void store.decrement(info.key);
        });
      }
      next(err);
    });
  };
}
