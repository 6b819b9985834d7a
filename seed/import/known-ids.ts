import type { Graph } from '../../graph/driver.ts';
import { loadCypher } from '../../graph/cypher-file.ts';
import type { EntityKind } from '../bundle-format.ts';
import type { KnownIds } from '../validate.ts';

const TEXT = loadCypher(new URL('./cypher/known-ids.cypher', import.meta.url));

/** The node each bundle kind becomes, and the property its bundle id is stored in. */
const NODE_OF: Record<EntityKind, { label: string; key: string }> = {
  region: { label: 'Region', key: 'code' },
  organization: { label: 'Organization', key: 'id' },
  person: { label: 'Person', key: 'id' },
  patent: { label: 'Patent', key: 'id' },
  transaction: { label: 'Transaction', key: 'id' },
  policy: { label: 'Policy', key: 'id' },
};

const STATEMENT = Object.fromEntries(
  Object.entries(NODE_OF).map(([kind, { label, key }]) => [kind, TEXT.replaceAll('{{LABEL}}', label).replaceAll('{{KEY}}', key)]),
) as Record<EntityKind, string>;

/**
 * What a delta may refer to without defining it: the entities already in the database it will be
 * imported into. Its statements name their index, so the schema must be applied first; a plan made
 * while the database was empty would otherwise scan the label for every id as the graph grows.
 */
export function knownIdsIn(graph: Graph): KnownIds {
  return {
    async find(kind, ids) {
      const rows = await graph.read<{ id: string; kind: string | null }>(STATEMENT[kind], { ids }, { timeoutMs: 120_000 });
      return new Map(rows.map((r) => [r.id, kind === 'organization' ? r.kind : null]));
    },
  };
}
