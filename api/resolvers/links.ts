import { RELATIONSHIP_TYPES } from '../../graph/vocabulary/index.ts';
import { links as linksQuery, MAX_LINK_AMONG, MAX_LINK_IDS } from '../../graph/queries/links.ts';
import { hidesAnything } from '../../graph/queries/visibility.ts';
import { checkAllowed, checkId } from '../graphql/arguments.ts';
import { badUserInput } from '../graphql/errors.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';

function checkIds(argument: string, ids: readonly string[], { min, max }: { min: number; max: number }): string[] {
  if (ids.length < min || ids.length > max) throw badUserInput(argument, `must hold ${min}–${max} ids, got ${ids.length}.`);
  return ids.map((id) => checkId(argument, id));
}

export const links: QueryResolvers['links'] = (_parent, args, ctx) =>
  linksQuery(
    ctx.graph,
    {
      ids: checkIds('ids', args.ids, { min: 1, max: MAX_LINK_IDS }),
      among: checkIds('among', args.among ?? [], { min: 0, max: MAX_LINK_AMONG }),
      relTypes: checkAllowed('relTypes', args.relTypes, RELATIONSHIP_TYPES),
      visibility: hidesAnything(ctx.caller.visibility) ? ctx.caller.visibility : null,
    },
    ctx.read,
  );
