import { NODE_KINDS } from '../../graph/queries/graph-model.ts';
import { searchNodes } from '../../graph/queries/search.ts';
import { checkAllowed, checkLimit, checkText } from '../arguments.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_RESULTS = 100;

/** Kinds the full-text indexes hold, and `organization` for all organization kinds. */
export const SEARCH_KINDS = [
  'organization',
  ...NODE_KINDS.filter((k) => !['transaction', 'provision', 'ipc_class', 'coverage_scope'].includes(k)),
] as const;

export const search: QueryResolvers['search'] = (_parent, args, ctx) =>
  searchNodes(
    ctx.graph,
    {
      text: checkText('text', args.text, MAX_SEARCH_TEXT),
      kinds: checkAllowed('kinds', args.kinds, SEARCH_KINDS),
      first: checkLimit('first', args.first, 20, MAX_SEARCH_RESULTS),
    },
    ctx.read,
  );
