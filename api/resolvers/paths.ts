import { RELATIONSHIP_TYPES } from '../../graph/vocabulary/index.ts';
import { findPaths, MAX_HOPS, MAX_PATHS } from '../../graph/queries/paths.ts';
import { checkAllowed, checkId, checkLimit, checkRange } from '../graphql/arguments.ts';
import { badUserInput } from '../graphql/errors.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';
import { hidesAnything } from '../../graph/queries/visibility.ts';

export const paths: QueryResolvers['paths'] = (_parent, args, ctx) => {
  const from = checkId('from', args.from);
  const to = checkId('to', args.to);
  if (from === to) throw badUserInput('to', 'must differ from "from".');
  return findPaths(
    ctx.graph,
    {
      from,
      to,
      maxHops: checkRange('maxHops', args.maxHops, { fallback: 4, min: 1, max: MAX_HOPS }),
      relTypes: checkAllowed('relTypes', args.relTypes, RELATIONSHIP_TYPES),
      limit: checkLimit('limit', args.limit, { fallback: 10, cap: MAX_PATHS }),
      mode: args.mode ?? 'SHORTEST',
      visibility: hidesAnything(ctx.caller.visibility) ? ctx.caller.visibility : null,
    },
    ctx.read,
  );
};
