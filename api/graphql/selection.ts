import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
