import { labelsOfKinds, NODE_KINDS } from '../../graph/vocabulary/index.ts';
import type { Caller } from '../access/roles.ts';
import { roleName, roleThatSees } from '../access/roles.ts';
import { forbidden } from '../graphql/errors.ts';
import { searchNodes } from '../../graph/queries/search.ts';
import { checkAllowed, checkLimit, checkText } from '../graphql/arguments.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_RESULTS = 100;

/** Kinds the full-text indexes hold, and `organization` for all organization kinds. */
export const SEARCH_KINDS = [
  'organization',
  ...NODE_KINDS.filter((k) => !['transaction', 'provision', 'ipc_class', 'coverage_scope'].includes(k)),
] as const;

export const search: QueryResolvers['search'] = (_parent, args, ctx) => {
  const text = checkText('text', args.text, MAX_SEARCH_TEXT);
  const first = checkLimit('first', args.first, { fallback: 20, cap: MAX_SEARCH_RESULTS });
  const asked = checkAllowed('kinds', args.kinds, SEARCH_KINDS);
  // Holders' patents only when patents were asked for by name: a search over every kind lists the holder itself.
  const byHolder = asked?.includes('patent') ?? false;
  return searchNodes(ctx.graph, { text, kinds: visibleKinds(asked, ctx.caller), first, hiddenLabels: ctx.caller.visibility.hiddenLabels, byHolder }, ctx.read);
};

/** The kinds `search` leaves out for this caller's role: from the role alone, never from the data. */
export const searchHidden: QueryResolvers['searchHidden'] = (_parent, args, ctx) => {
  const asked = checkAllowed('kinds', args.kinds, SEARCH_KINDS);
  const hidden = hiddenKinds(ctx.caller).filter((k) => asked === null || asked.includes(k));
  if (hidden.length === 0) return null;
  return { kinds: hidden, visibleTo: roleName(roleThatSees(hidden)) };
};

function hiddenKinds(caller: Caller): (typeof SEARCH_KINDS)[number][] {
  return SEARCH_KINDS.filter((k) => labelsOfKinds([k]).some((l) => caller.visibility.hiddenLabels.includes(l)));
}

/** The asked kinds (all when none) less those the caller may not see; asking only for hidden ones is FORBIDDEN. */
function visibleKinds(asked: string[] | null, caller: Caller): string[] | null {
  const hidden = hiddenKinds(caller);
  if (hidden.length === 0) return asked;
  const refused = (asked ?? []).filter((k) => hidden.includes(k as never));
  if (refused.length > 0) {
    const role = roleThatSees(refused);
    throw forbidden('kinds', `Argument "kinds": ${refused.join(', ')} ${refused.length > 1 ? 'are' : 'is'} seen by the ${role} role only.`, { role, argument: 'kinds' });
  }
  return asked ?? SEARCH_KINDS.filter((k) => !hidden.includes(k));
}
