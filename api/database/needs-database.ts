import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

/** Root fields answered without Neo4j: who is signed in, and GraphQL's own introspection. */
const WITHOUT_DATABASE = new Set(['session', '__typename', '__schema', '__type']);

/**
 * Whether a request body's operation reads Neo4j: false only when every root field it selects
 * (through fragments too) is one of WITHOUT_DATABASE. A body that does not parse is left to
 * Apollo to refuse, so it counts as not reading.
 */
export function needsDatabase(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch {
    return false;
  }
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const seen = new Set<string>();
  const reads = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return !WITHOUT_DATABASE.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return reads(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return fragment ? reads(fragment) : false;
    });
  return doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && reads(d.selectionSet));
}
