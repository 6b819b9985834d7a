import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { recordOf } from '../logging.ts';
import { requestCaller } from './authenticate.ts';

/**
 * At most `perMinute` requests per caller in any minute (a sliding count of express-rate-limit's
 * fixed windows), keyed by the authenticated user, so one client cannot starve the others. Over
 * it: 429 RATE_LIMITED with Retry-After. 0 turns it off.
 */
export function rateLimitPerCaller(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => `user:${requestCaller(res).user}`,
    handler: (_req, res, _next, options) => {
      recordOf(res).errorCodes.push('RATE_LIMITED');
      res.status(options.statusCode).json({
        errors: [{ message: `Too many requests: at most ${perMinute} a minute per client; try again shortly.`, extensions: { code: 'RATE_LIMITED' } }],
      });
    },
  });
}
