import { actorsCoveredBy as actorsCoveredByQuery, decodeCursor, MAX_COVERED_PAGE } from '../../graph/queries/policies/actors-covered-by.ts';
import { policiesCovering as policiesCoveringQuery } from '../../graph/queries/policies/policies-covering.ts';
import { ORG_KINDS } from '../../graph/vocabulary/index.ts';
import { checkAllowed, checkId, checkLimit } from '../graphql/arguments.ts';
import { regionNamed } from './region-argument.ts';
import { badUserInput, notFound } from '../graphql/errors.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';

export const policiesCovering: QueryResolvers['policiesCovering'] = async (_parent, args, ctx) => {
  const actorId = checkId('actorId', args.actorId);
  const answer = await policiesCoveringQuery(ctx.graph, { actorId, asOf: args.asOf ?? null }, ctx.read);
  // A person is not found for a role that may not see persons, exactly as an id no node has.
  if (answer.status === 'not_found' || (answer.status === 'not_organization' && ctx.caller.visibility.hiddenLabels.includes('Person'))) throw notFound('actorId', actorId);
  if (answer.status === 'not_organization') throw badUserInput('actorId', `names a person ("${actorId}"); policies cover organizations.`);
  return answer.items;
};

export const actorsCoveredBy: QueryResolvers['actorsCoveredBy'] = async (_parent, args, ctx) => {
  const policyId = checkId('policyId', args.policyId);
  let after: string | null = null;
  if (args.after != null) {
    after = decodeCursor(args.after);
    if (after === null) throw badUserInput('after', 'is not a cursor of actorsCoveredBy (use pageInfo.endCursor).');
  }
  const chosen = args.region == null ? null : await regionNamed(ctx, 'region', args.region);
  const region = chosen?.code ?? null;
  const answer = await actorsCoveredByQuery(
    ctx.graph,
    {
      policyId,
      kinds: checkAllowed('kinds', args.kinds, ORG_KINDS),
      region,
      asOf: args.asOf ?? null,
      first: checkLimit('first', args.first, { fallback: 50, cap: MAX_COVERED_PAGE }),
      after,
      viaImplementing: args.includeImplementing ?? false,
    },
    ctx.read,
  );
  if (answer.status === 'no_policy') throw notFound('policyId', policyId);
  if (answer.status === 'no_region') throw notFound('region', region!);
  return { ...answer.value, region: chosen };
};
