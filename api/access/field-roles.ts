import { Kind, parse, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import type { ApiContext } from '../graphql/context.ts';
import { forbidden } from '../graphql/errors.ts';
import { roleAtLeast, type Role } from './roles.ts';

/** What the schema says of one root field: its least role, and whether a supervisor's use of it is audited. */
export interface RootFieldAccess {
  role: Role;
  audited: boolean;
}

/**
 * The least role of each root field, from the schema's `@access(role: …)` directives (a field
 * without one is open to every role), and whether it is audited (every field but those marked
 * `@unaudited`). The schema is the one place a field's rules are written.
 */
export function rootFieldAccess(typeDefs: readonly string[]): Map<string, RootFieldAccess> {
  const fields = new Map<string, RootFieldAccess>();
  for (const text of typeDefs) {
    const doc: DocumentNode = parse(text);
    for (const def of doc.definitions) {
      if ((def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) || def.name.value !== 'Query') continue;
      for (const field of def.fields ?? []) {
        const access = field.directives?.find((d) => d.name.value === 'access');
        const arg = access?.arguments?.find((a) => a.name.value === 'role');
        const role = arg?.value.kind === Kind.ENUM ? (arg.value.value.toLowerCase() as Role) : 'viewer';
        const audited = !field.directives?.some((d) => d.name.value === 'unaudited');
        fields.set(field.name.value, { role, audited });
      }
    }
  }
  return fields;
}

/** The least role of each root field (see rootFieldAccess). */
export function rootFieldRoles(typeDefs: readonly string[]): Map<string, Role> {
  return new Map([...rootFieldAccess(typeDefs)].map(([name, a]) => [name, a.role]));
}

type Resolver = GraphQLFieldResolver<unknown, ApiContext, Record<string, unknown>>;

/**
 * Each root resolver behind its role: FORBIDDEN below it, before any database read. For a caller
 * who sees supervisor-level data, every field not marked `@unaudited` is noted for the audit log,
 * whatever it returns: which answers carry persons, equity or officers is decided by the data, and
 * an audit that guessed from field names would miss the next field that carries them. A refused
 * supervisor-only field is noted too: someone tried.
 */
export function guardRootFields<T extends Record<string, unknown>>(query: T, fields: Map<string, RootFieldAccess>): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, resolver] of Object.entries(query)) {
    const rules = fields.get(name);
    if (!rules) throw new Error(`root field ${name} has a resolver but is not in the schema`);
    const { role: least, audited } = rules;
    guarded[name] = ((parent, args, ctx, info) => {
      const { caller } = ctx;
      if (!roleAtLeast(caller.role, least)) {
        if (least === 'supervisor') ctx.audit.push({ field: name, args, refused: true });
        throw forbidden(name, `"${name}" needs the ${least} role; ${caller.local ? 'the local user' : `"${caller.user}"`} is a ${caller.role}.`, { role: least });
      }
      if (audited && roleAtLeast(caller.role, 'supervisor')) ctx.audit.push({ field: name, args });
      return (resolver as Resolver)(parent, args, ctx, info);
    }) satisfies Resolver;
  }
  return guarded as T;
}
