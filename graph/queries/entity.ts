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
  relationshipCounts: RelationshipCount[];
  /** What the caller may not see of the node, left out (set by the API's redaction). */
  hidden?: HiddenView | null;
}

/**
 * Any node by its bundle id with its relationship counts by type and direction; null when there
 * is none, or when it is one the caller may not see (`visibility`): answered after the same one
 * read as an id no node has, so not even the time tells them apart.
 */
export async function findEntity(graph: Graph, id: string, opts: QueryOptions = {}, visibility?: Visibility): Promise<Entity | null> {
  return graph.readTx(async (run) => {
    const node = await findNodeById(run, id);
    if (!node || (visibility && isHiddenNode(node.labels, visibility))) return null;
    const relationshipCounts = await run<RelationshipCount>(RELATIONSHIP_COUNTS, { elementId: node.elementId });
    return { node: nodeView(node), relationshipCounts };
  }, opts);
}
