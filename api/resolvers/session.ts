import { GRANTS, roleName } from '../access/roles.ts';
import type { QueryResolvers } from '../graphql/generated/resolvers-types.ts';

export const session: QueryResolvers['session'] = (_parent, _args, ctx) => ({
  user: ctx.caller.user,
  role: roleName(ctx.caller.role),
  local: ctx.caller.local,
  grants: [...GRANTS[ctx.caller.role]],
  expires: ctx.caller.expires?.toISOString() ?? null,
});
