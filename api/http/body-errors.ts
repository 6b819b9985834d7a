import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { recordOf } from './logging.ts';

// What a client is told when its request body cannot be read (express.json's errors, which carry
// `type` and `status`): a GraphQL-shaped JSON error that says what to change, never express's
// HTML page or a stack.

interface BodyError {
  status?: number;
  type?: string;
  limit?: number;
}

function messageOf(err: BodyError, limit: string): string {
  switch (err.type) {
    case 'entity.too.large':
      return `The request body is larger than the limit of ${limit}; send a shorter query and smaller variables.`;
    case 'entity.parse.failed':
      return 'The request body is not valid JSON.';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'The request body has an encoding or charset the API does not read; send UTF-8 JSON.';
    case 'request.aborted':
    case 'request.size.invalid':
      return 'The request body ended before its declared length.';
    default:
      return `Bad request (${err.type ?? 'unreadable body'}).`;
  }
}

/** Express error handler for the body parser's failures; anything else is an internal error. */
export function bodyErrors(log: Logger, limit: string) {
  return (err: BodyError, _req: Request, res: Response, _next: NextFunction): void => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    recordOf(res).errorCodes.push(code);
    if (status === 500) log.error({ err }, 'unhandled error');
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error.' : messageOf(err, limit), extensions: { code } }] });
  };
}
