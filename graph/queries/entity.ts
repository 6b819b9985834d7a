import { loadCypher } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { nodeView, type NodeView } from './graph-elements.ts';
import { findNodeById } from './node-by-id.ts';
import { isHiddenNode, type HiddenView, type Visibility } from './visibility.ts';

const RELATIONSHIP_COUNTS = loadCypher(new URL('./relationship-counts.cypher', import.meta.url));

export interface RelationshipCount {
  type: string;
  direction: 'IN' | 'OUT';
  count: number;
}

export interface Entity {
  node: NodeView;
  /** null when not asked for (`findEntity`'s `relationshipCounts: false`). */
  relationshipCounts: RelationshipCount[] | null;
  /** What the caller may not see of the node, left out (set by the API's redaction). */
  hidden?: HiddenView | null;
}

export interface EntityRead {
  id: string;
  /** Count the node's relationships by type and direction (48 counts): only when something will read them. */
  relationshipCounts: boolean;
  /** What the caller may not see: such a node is answered as none. */
  visibility?: Visibility;
}

/**
 * Any node by its bundle id, with its relationship counts when asked; null when there is none, or
 * when it is one the caller may not see: answered after the same one read as an id no node has,
 * so not even the time tells them apart.
 */
export async function findEntity(graph: Graph, { id, relationshipCounts, visibility }: EntityRead, opts: QueryOptions = {}): Promise<Entity | null> {
  return graph.readTx(async (run) => {
    const node = await findNodeById(run, id);
    if (!node || (visibility && isHiddenNode(node.labels, visibility))) return null;
    const counts = relationshipCounts ? await run<RelationshipCount>(RELATIONSHIP_COUNTS, { elementId: node.elementId }) : null;
    return { node: nodeView(node), relationshipCounts: counts };
  }, opts);
}
