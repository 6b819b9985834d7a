import { policyChain as policyChainQuery } from '../../graph/queries/policy-chain.ts';
import { policyDetails } from '../../graph/queries/policy-details.ts';
import { checkId } from '../graphql/arguments.ts';
import type { PolicyChainResolvers, QueryResolvers } from '../graphql/generated/resolvers-types.ts';

export const policyChain: QueryResolvers['policyChain'] = (_parent, args, ctx) => policyChainQuery(ctx.graph, checkId('policyId', args.policyId), ctx.read);

/** The asked policy's scopes are read only when asked for. */
export const PolicyChainFields: PolicyChainResolvers = {
  scopes: async (chain, _args, ctx) => (await policyDetails(ctx.graph, chain.root.id, ctx.read))?.scopes ?? [],
};
