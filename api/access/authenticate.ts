import type { NextFunction, Request, Response } from 'express';
import { recordOf } from '../http/logging.ts';
import { sha256Hex, type AuthEntry } from './auth-file.ts';
import { callerOf, LOCAL_CALLER, type Caller } from './roles.ts';

/**
 * The caller `authenticate` put on the response's locals for this request. Nothing falls back to
 * the local user: a request that reached GraphQL without a caller is a wiring fault, and fails.
 */
export function requestCaller(res: Response): Caller {
  const caller = (res.locals as { caller?: Caller }).caller;
  if (!caller) throw new Error('no caller was decided for this request');
  return caller;
}

function refuse(res: Response, message: string): void {
  recordOf(res).errorCodes.push('UNAUTHENTICATED');
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer realm="IP Atlas"')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Who is asking, decided once per request from its Authorization header alone. Without users (no
 * AUTH_FILE) every request is the local user with every role; with them, every request to
 * /graphql, whatever its method, query string, body or Accept header, must carry
 * `Authorization: Bearer <token>` whose SHA-256 is in the file and has not expired, else it is
 * refused with UNAUTHENTICATED before its body is read or any GraphQL runs. Nothing here reads
 * the query string or the body: a decision that depended on parsing them could disagree with the
 * parser Apollo executes (Express's query parser stops at 1 000 keys, Apollo's does not).
 */
export function authenticate(users: readonly AuthEntry[] | null, now: () => Date = () => new Date()) {
  const byHash = new Map((users ?? []).map((u) => [u.tokenSha256, u]));
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!users) {
      res.locals.caller = LOCAL_CALLER;
      return next();
    }
    const header = req.get('authorization');
    if (!header) return refuse(res, 'This API needs a token: send "Authorization: Bearer <token>".');
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
    if (!match) return refuse(res, 'The Authorization header must be "Bearer <token>".');
    const user = byHash.get(sha256Hex(match[1]!));
    if (!user) return refuse(res, 'The token is not recognised.');
    if (user.expires && user.expires.getTime() <= now().getTime()) return refuse(res, `The token expired on ${user.expires.toISOString()}.`);
    res.locals.caller = callerOf(user.name, user.role, { expires: user.expires });
    next();
  };
}
