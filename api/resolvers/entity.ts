import { findEntity } from '../../graph/queries/entity.ts';
import { organizationDetails } from '../../graph/queries/organization-details.ts';
import { patentDetails } from '../../graph/queries/patent-details.ts';
import { personDetails } from '../../graph/queries/person-details.ts';
import { policyDetails } from '../../graph/queries/policy-details.ts';
import { transactionDetails } from '../../graph/queries/transaction-details.ts';
import { checkId } from '../arguments.ts';
import type { EntityDetailsResolvers, QueryResolvers } from '../generated/resolvers-types.ts';

export const entity: QueryResolvers['entity'] = (_parent, args, ctx) => findEntity(ctx.graph, checkId('id', args.id), ctx.read);

// Each kind's details are their own query, run only when the client asks for that part.
export const EntityDetails: EntityDetailsResolvers = {
  patent: (e, _args, ctx) => (e.node.labels.includes('Patent') ? patentDetails(ctx.graph, e.node.id, ctx.read) : null),
  organization: (e, _args, ctx) => (e.node.labels.includes('Organization') ? organizationDetails(ctx.graph, e.node.id, ctx.read) : null),
  person: (e, _args, ctx) => (e.node.labels.includes('Person') ? personDetails(ctx.graph, e.node.id, ctx.read) : null),
  policy: (e, _args, ctx) => (e.node.labels.includes('Policy') ? policyDetails(ctx.graph, e.node.id, ctx.read) : null),
  transaction: (e, _args, ctx) => (e.node.labels.includes('Transaction') ? transactionDetails(ctx.graph, e.node.id, ctx.read) : null),
};
