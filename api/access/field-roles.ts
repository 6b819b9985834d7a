import { Kind, parse, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import type { ApiContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { roleAtLeast, type Role } from './roles.ts';

/**
 * The least role of each root field, from the schema's `@access(role: …)` directives (a field
 * without one is open to every role). The schema is the one place a field's role is written.
 */
export function rootFieldRoles(typeDefs: readonly string[]): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const text of typeDefs) {
    const doc: DocumentNode = parse(text);
    for (const def of doc.definitions) {
      if ((def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) || def.name.value !== 'Query') continue;
      for (const field of def.fields ?? []) {
        const access = field.directives?.find((d) => d.name.value === 'access');
        const arg = access?.arguments?.find((a) => a.name.value === 'role');
        const role = arg?.value.kind === Kind.ENUM ? (arg.value.value.toLowerCase() as Role) : 'viewer';
        roles.set(field.name.value, role);
      }
    }
  }
  return roles;
}

/**
 * Root fields whose answers hold persons, equity or officers for a supervisor: with the
 * supervisor-only fields, what the audit log records for callers who see that data.
 */
const PERSON_BEARING_FIELDS = new Set(['search', 'entity', 'neighborhood', 'paths']);

type Resolver = GraphQLFieldResolver<unknown, ApiContext, Record<string, unknown>>;

/**
 * Each root resolver behind its role: FORBIDDEN below it, before any database read; and noted
 * for the audit log when the field reaches supervisor-level data.
 */
export function guardRootFields<T extends Record<string, unknown>>(query: T, roles: Map<string, Role>): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, resolver] of Object.entries(query)) {
    const least = roles.get(name);
    if (!least) throw new Error(`root field ${name} has a resolver but is not in the schema`);
    const audited = least === 'supervisor' || PERSON_BEARING_FIELDS.has(name);
    guarded[name] = ((parent, args, ctx, info) => {
      const { caller } = ctx;
      if (!roleAtLeast(caller.role, least)) {
        throw forbidden(name, `"${name}" needs the ${least} role; ${caller.local ? 'the local user' : `"${caller.user}"`} is a ${caller.role}.`, least);
      }
      if (audited && roleAtLeast(caller.role, 'supervisor')) ctx.audit.push({ field: name, args });
      return (resolver as Resolver)(parent, args, ctx, info);
    }) satisfies Resolver;
  }
  return guarded as T;
}
