import { pino, type Logger } from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../graphql/context.ts';

/** The audit log: one JSON line per request that reached supervisor-level data, appended to `file`. */
export interface AuditLog {
  plugin: ApolloServerPlugin<ApiContext>;
  close(): Promise<void>;
}

/** Arguments are the caller's text: a line keeps enough to tell what was asked, not all of it, so refused attempts cannot flood the log. */
const MAX_FIELDS = 20;
const MAX_TEXT = 200;
const MAX_ITEMS = 20;

function bounded(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((v) => bounded(v, depth + 1));
    return value.length > MAX_ITEMS ? [...kept, `… ${value.length - MAX_ITEMS} more`] : kept;
  }
  if (value && typeof value === 'object') {
    if (depth >= 3) return '…';
    return Object.fromEntries(Object.entries(value).slice(0, MAX_ITEMS).map(([k, v]) => [k.slice(0, MAX_TEXT), bounded(v, depth + 1)]));
  }
  return value;
}

/**
 * Who asked what, and when: user, role, operation, each supervisor-level root field with its
 * arguments, and the outcome. The token never reaches the context, so it cannot be written here.
 */
export function auditLog(file: string): AuditLog {
  // Written at once: an audit line must survive a crash, and supervisor-level requests are few.
  const destination = pino.destination({ dest: file, append: true, mkdir: true, sync: true });
  const log: Logger = pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime, messageKey: 'event' }, destination);
  return {
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, operationName, errors }) {
            if (contextValue.audit.length === 0) return;
            const { caller } = contextValue;
            log.info(
              {
                user: caller.user,
                role: caller.role,
                local: caller.local,
                operation: typeof operationName === 'string' ? bounded(operationName) : null,
                fields: contextValue.audit.slice(0, MAX_FIELDS).map((f) => ({ ...f, args: bounded(f.args) as Record<string, unknown> })),
                ...(contextValue.audit.length > MAX_FIELDS ? { moreFields: contextValue.audit.length - MAX_FIELDS } : {}),
                outcome: errors && errors.length > 0 ? [...new Set(contextValue.record.errorCodes)].join(',') || 'error' : 'ok',
              },
              'query',
            );
          },
        };
      },
    },
    close: async () => {
      destination.end();
    },
  };
}
