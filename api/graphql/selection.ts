import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

// What a request selected below the field being resolved, so a resolver can leave out of its
// query what nobody asked for.

/**
 * Whether the request selects the field at `path` (e.g. ['nodes', 'properties']) below the field
 * being resolved, through fragments too. Under a directive (@include, @skip) it counts as selected.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

/** Whether the request selects a field named `name` anywhere below the field at `path` (e.g. any node's `properties`). */
export function selectsAnywhere(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[], name: string): boolean {
  const nodes: FieldNode[] = [];
  for (const f of fieldsAt(info, path)) collectFields(f.selectionSet, name, info.fragments, nodes, true);
  return nodes.length > 0;
}

/**
 * The arguments of each selection of the field at `path` below the field being resolved
 * (variables and defaults applied), one per alias or repeat: `a: patents(first: 5) b: patents`
 * gives two. Lets a resolver read once what the field will cut, as much as the largest asks.
 */
export function selectedArguments(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'variableValues'>, path: readonly string[]): Record<string, unknown>[] {
  let field: GraphQLField<unknown, unknown> | undefined;
  let type: GraphQLOutputType = info.returnType;
  for (const name of path) {
    const named = getNamedType(type);
    field = isObjectType(named) || isInterfaceType(named) ? named.getFields()[name] : undefined;
    if (!field) return [];
    type = field.type;
  }
  return field ? fieldsAt(info, path).map((n) => getArgumentValues(field, n, info.variableValues)) : [];
}

/** The selections of the field at `path` below the field being resolved, through fragments. */
function fieldsAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): FieldNode[] {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const f of level) collectFields(f.selectionSet, name, info.fragments, next);
    level = next;
  }
  return [...level];
}

/** The fields named `name` in the selection set (through fragments), and with `deep` in every set below them too. */
function collectFields(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, out: FieldNode[], deep = false): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') {
      if (s.name.value === name) out.push(s);
      else if (deep) collectFields(s.selectionSet, name, fragments, out, deep);
    } else if (s.kind === 'InlineFragment') {
      collectFields(s.selectionSet, name, fragments, out, deep);
    } else {
      const fragment = fragments[s.name.value];
      if (fragment) collectFields(fragment.selectionSet, name, fragments, out, deep);
    }
  }
}
