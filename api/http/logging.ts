import type { NextFunction, Request, Response } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';
import type { LogLevel } from './config.ts';
import type { ApiContext, RequestRecord } from '../graphql/context.ts';
import { classify, ERROR_CODES } from '../graphql/errors.ts';

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'ip-atlas-api' }, timestamp: pino.stdTimeFunctions.isoTime };
  // Asynchronous writes: a line per request must not block the event loop on a slow stdout (pino
  // flushes what is pending when the process exits).
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}

/** Longest operation name written to the log: the client chooses it, so it is cut. */
const MAX_LOGGED_NAME = 100;

function loggedName(name: string | null | undefined): string | null {
  if (typeof name !== 'string') return null;
  return name.length > MAX_LOGGED_NAME ? `${name.slice(0, MAX_LOGGED_NAME)}…` : name;
}

/** The request's record, shared by the context (filled by the plugin) and the log line. */
export function recordOf(res: Response): RequestRecord {
  const locals = res.locals as { record?: RequestRecord };
  locals.record ??= { operationName: null, errorCodes: [] };
  return locals.record;
}

/**
 * One log line per HTTP request when its response is sent: operation, duration (`queuedMs` of it
 * waiting for a slot) and outcome (`ok`, or the error codes the client got; requests refused
 * before GraphQL ran, such as a CSRF block, show their HTTP status; `CLIENT_LEFT` when the client
 * hung up first).
 */
export function requestLogging(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const record = recordOf(res);
    const line = (status: number | null, outcome: string) =>
      log.info(
        {
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status,
          // Who asked (never the token): a client that hangs up or hits its limits again and again is someone.
          user: (res.locals as { caller?: { user: string } }).caller?.user ?? null,
          operation: record.operationName,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(record.queuedMs === undefined ? {} : { queuedMs: record.queuedMs }),
          outcome,
        },
        'request',
      );
    res.on('finish', () => line(res.statusCode, record.errorCodes.length > 0 ? [...new Set(record.errorCodes)].join(',') : res.statusCode < 400 ? 'ok' : `HTTP_${res.statusCode}`));
    // A client that hangs up before its answer is logged too: many of them is a client (or an attacker) worth knowing of.
    res.on('close', () => {
      if (!res.writableFinished) line(null, 'CLIENT_LEFT');
    });
    next();
  };
}

/** Notes the operation name and error codes of each GraphQL request; logs internal errors in full, server-side only. */
export function loggingPlugin(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    // Failures outside execution (a broken plugin, a schema mismatch) reach the client as INTERNAL_SERVER_ERROR only.
    async unexpectedErrorProcessingRequest({ error }) {
      log.error({ err: error }, 'unexpected error processing a request');
    },
    async requestDidStart({ request, contextValue }) {
      contextValue.record.operationName = loggedName(request.operationName);
      return {
        async didResolveOperation({ operationName }) {
          contextValue.record.operationName = loggedName(operationName) ?? contextValue.record.operationName;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const { code } = classify(error);
            contextValue.record.errorCodes.push(code);
            if (code === ERROR_CODES.INTERNAL_SERVER_ERROR) log.error({ err: error.originalError ?? error, path: error.path }, 'internal error');
          }
        },
      };
    },
  };
}
