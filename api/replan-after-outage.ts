import type { ApolloServerPlugin } from '@apollo/server';
import { forgetPlans } from '../graph/queries/plan-first.ts';
import type { ApiContext } from './context.ts';
import { classify, ERROR_CODES } from './errors.ts';

/**
 * When a request finds the database unavailable, the Neo4j that comes back may be a restarted one
 * with no plans cached: the long statements are then planned again, off the clock, before they run.
 */
export function replanAfterOutage(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          if (errors.some((e) => classify(e).code === ERROR_CODES.DATABASE_UNAVAILABLE)) forgetPlans();
        },
      };
    },
  };
}
