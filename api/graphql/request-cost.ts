import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiContext } from './context.ts';
import { QueryTooComplexError } from './errors.ts';

// A request's cost is the work its root fields make Neo4j do, added up over every field and
// alias: GraphQL Armor's limits see only the query's shape, so ten aliased depth-3 neighbourhoods
// or six mode-ALL path searches passed them. Weights are in units of about one detail panel's
// reads; the arguments that drive the work (depth, limit, hop limit, mode, a whole-graph sweep)
// scale them, taken as the resolver would (variables included, values beyond the allowed range
// clamped to it, so the resolver still names a bad argument). Nested fields weigh nothing of their
// own: their root field's weight covers the reads behind them. docs/api.md "Bounded work" lists the table.

/** The most a request may cost; any one root field alone fits under it. */
export const MAX_REQUEST_COST = 40;

type Args = Record<string, unknown>;

const int = (v: unknown, min: number, max: number, otherwise: number): number =>
  typeof v === 'number' && Number.isInteger(v) ? Math.min(max, Math.max(min, v)) : otherwise;

/** Neighbourhoods: each hop multiplies what is read (2, 5, 12), and a larger answer more again. */
function neighborhoodCost(args: Args): number {
  const depth = int(args.depth, 1, 3, 1);
  const limit = int(args.limit, 1, 2000, 200);
  return [2, 5, 12][depth - 1]! * (limit <= 200 ? 1 : limit <= 1000 ? 2 : 3);
}

/** Paths: the shortest-path search grows with the hop limit; mode ALL adds its search of up to a second. */
function pathsCost(args: Args): number {
  const hops = int(args.maxHops, 1, 6, 4);
  return (hops <= 3 ? 2 : hops === 4 ? 3 : 5) + (args.mode === 'ALL' ? 8 : 0);
}

/** Related-party chains of one holder, or a sweep of the whole graph without one. */
const chainsCost = (args: Args): number => (args.holderId == null ? 20 : 10);

/** Each root field's weight from its arguments. A root field missing here fails the spec beside this file. */
export const FIELD_COSTS: Readonly<Record<string, (args: Args) => number>> = {
  session: () => 0,
  stats: () => 1,
  search: () => 1,
  searchHidden: () => 1,
  entity: () => 2,
  policyChain: () => 2,
  neighborhood: neighborhoodCost,
  paths: pathsCost,
  // Each node asked for is a few index seeks and, when sparse, one read of its relationships.
  links: (args) => (Array.isArray(args.ids) && args.ids.length > 100 ? 4 : 2),
  policiesCovering: () => 5,
  // Either way it reads what the implementing policies add, to say so.
  actorsCoveredBy: () => 12,
  industries: () => 1,
  licenseeCandidates: () => 10,
  // Counts from the count store and the subject's degrees (a portfolio's: its 30 patents).
  licenseeEvidence: () => 2,
  portfolioLicenseeCandidates: () => 20,
  relatedPartyChains: chainsCost,
  relatedPartyChainPage: chainsCost,
  relatedPartyChain: () => 10,
  relatedPartySettings: () => 0,
};

const rootFieldCost: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  type.name === 'Query' ? (FIELD_COSTS[field.name]?.(args) ?? 0) + childComplexity : childComplexity;

/** What the operation costs with these variables; null when the variables do not fit it (execution then refuses them). */
export function requestCost(schema: GraphQLSchema, document: DocumentNode, { operationName, variables }: { operationName?: string; variables: Record<string, unknown> }): number | null {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [rootFieldCost] });
  } catch {
    return null;
  }
}

/** Refuses, before anything runs, a request that costs more than `max`: 400 QUERY_TOO_COMPLEX naming the cost and the limit. */
export function requestCostLimit(max = MAX_REQUEST_COST): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = requestCost(schema, document, { operationName: request.operationName ?? undefined, variables: request.variables ?? {} });
          if (cost === null || cost <= max) return;
          throw new QueryTooComplexError(
            `The request costs ${cost}; the limit is ${max}. Deep neighbourhoods, paths of mode ALL and the job fields weigh most: ask for fewer in one request.`,
            { cost, limit: max },
          );
        },
      };
    },
  };
}
