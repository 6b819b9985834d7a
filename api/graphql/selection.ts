import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// What a request selected below the field being resolved, so a resolver can leave out of its
// query what nobody asked for.

/**
 * Whether the request selects the field at `path` (e.g. ['nodes', 'properties']) below the field
 * being resolved, through fragments too. Under a directive (@include, @skip) it counts as selected.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return info.fieldNodes.some((f) => within(f.selectionSet, path, info.fragments));
}

function within(set: SelectionSetNode | undefined, path: readonly string[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  if (!set) return false;
  const [head, ...rest] = path;
  for (const s of set.selections) {
    if (s.kind === 'Field') {
      if (s.name.value !== head) continue;
      if (rest.length === 0 || within((s as FieldNode).selectionSet, rest, fragments)) return true;
    } else if (s.kind === 'InlineFragment') {
      if (within(s.selectionSet, path, fragments)) return true;
    } else {
      const fragment = fragments[s.name.value];
      if (fragment && within(fragment.selectionSet, path, fragments)) return true;
    }
  }
  return false;
}

/**
 * The arguments of each selection of the field `name` right below the field being resolved
 * (variables and defaults applied), one per alias or repeat: `a: patents(first: 5) b: patents`
 * gives two. Lets a resolver read once what its children will cut, as much as the largest asks.
 */
export function selectedArguments(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'variableValues'>, name: string): Record<string, unknown>[] {
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  if (!field) return [];
  const nodes: FieldNode[] = [];
  for (const f of info.fieldNodes) collectFields(f.selectionSet, name, info.fragments, nodes);
  return nodes.map((n) => getArgumentValues(field, n, info.variableValues));
}

function collectFields(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, out: FieldNode[]): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') {
      if (s.name.value === name) out.push(s);
    } else if (s.kind === 'InlineFragment') {
      collectFields(s.selectionSet, name, fragments, out);
    } else {
      const fragment = fragments[s.name.value];
      if (fragment) collectFields(fragment.selectionSet, name, fragments, out);
    }
  }
}
