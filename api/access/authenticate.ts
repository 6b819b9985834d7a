import type { NextFunction, Request, Response } from 'express';
import { recordOf } from '../logging.ts';
import { sha256Hex, type AuthEntry } from './auth-file.ts';
import { callerOf, LOCAL_CALLER, type Caller } from './roles.ts';

/** The caller express put on the response's locals for this request. */
export function requestCaller(res: Response): Caller {
  return (res.locals as { caller?: Caller }).caller ?? LOCAL_CALLER;
}

function refuse(res: Response, message: string): void {
  recordOf(res).errorCodes.push('UNAUTHENTICATED');
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer realm="IP Atlas"')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Who is asking. Without users (no AUTH_FILE) every request is the local user with every role;
 * with them, a request must carry `Authorization: Bearer <token>` whose SHA-256 is in the file and
 * has not expired, else it is refused with UNAUTHENTICATED before any GraphQL runs.
 */
export function authenticate(users: readonly AuthEntry[] | null, now: () => Date = () => new Date()) {
  const byHash = new Map((users ?? []).map((u) => [u.tokenSha256, u]));
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!users) {
      res.locals.caller = LOCAL_CALLER;
      return next();
    }
    // The browser's first look at /graphql (the Sandbox page) carries no token and reads no data.
    if (req.method === 'GET' && !req.query.query && req.accepts(['text/html', 'application/json']) === 'text/html') return next();
    const header = req.get('authorization');
    if (!header) return refuse(res, 'This API needs a token: send "Authorization: Bearer <token>".');
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
    if (!match) return refuse(res, 'The Authorization header must be "Bearer <token>".');
    const user = byHash.get(sha256Hex(match[1]!));
    if (!user) return refuse(res, 'The token is not recognised.');
    if (user.expires && user.expires.getTime() <= now().getTime()) return refuse(res, `The token expired on ${user.expires.toISOString()}.`);
    res.locals.caller = callerOf(user.name, user.role);
    next();
  };
}
