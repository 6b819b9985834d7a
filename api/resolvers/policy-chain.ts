import { policyChain as policyChainQuery } from '../../graph/queries/policy-chain.ts';
import { checkId } from '../graphql/arguments.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';

export const policyChain: QueryResolvers['policyChain'] = (_parent, args, ctx) => policyChainQuery(ctx.graph, checkId('policyId', args.policyId), ctx.read);
