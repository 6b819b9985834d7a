import { pino, type Logger } from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context.ts';

/** The audit log: one JSON line per request that reached supervisor-level data, appended to `file`. */
export interface AuditLog {
  plugin: ApolloServerPlugin<ApiContext>;
  close(): Promise<void>;
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
                operation: operationName ?? null,
                fields: contextValue.audit,
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
