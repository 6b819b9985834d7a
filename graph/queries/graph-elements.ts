import type { PlainNode, PlainRelationship } from '../driver.ts';
import { edgeIdOf, kindOf, nodeIdOf, nodeNameEnOf, nodeNameOf } from '../vocabulary/index.ts';
import type { HiddenView } from './visibility.ts';

// Nodes and relationships as the API returns them: keyed by the bundle's ids, never by Neo4j's
// internal element ids (those only identify a node within one database and one transaction).

export interface NodeView {
  /** Only to join the rows of one answer; never leaves the server. */
  elementId: string;
  id: string;
  kind: string;
  labels: string[];
  name: string;
  nameEn: string | null;
  properties: Record<string, unknown>;
}

export interface EdgeView {
  elementId: string;
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface CountView {
  name: string;
  count: number;
}

export interface OmittedView {
  nodes: number;
  edges: number;
  /** False when part of the counts was extrapolated from a dense node's degree. */
  exact: boolean;
  byKind: CountView[];
}

export interface SubgraphView {
  nodes: NodeView[];
  edges: EdgeView[];
  truncated: boolean;
  omitted: OmittedView | null;
  /** What the caller may not see, counted by the traversal that left it out (see visibility.ts). */
  hidden?: HiddenView | null;
}

/**
 * A transaction's parties by id, kept on the node for the importer and the related-party reads.
 * The API names parties through FROM_PARTY and TO_PARTY, which access control filters; these
 * copies would name a person to a role that may not see persons, so no answer carries them.
 */
const BOOKKEEPING_PROPERTIES = new Set(['from_id', 'to_id']);

/** Stored properties only: Neo4j stores no nulls, so a null is a property a query chose to leave out. */
function storedProperties(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && !BOOKKEEPING_PROPERTIES.has(k)) out[k] = v;
  return out;
}

export function nodeView(n: PlainNode): NodeView {
  const kind = kindOf(n.labels);
  return {
    elementId: n.elementId,
    id: nodeIdOf(n.properties),
    kind,
    labels: n.labels,
    name: nodeNameOf(kind, n.properties),
    nameEn: nodeNameEnOf(n.properties),
    properties: storedProperties(n.properties),
  };
}

/** `idOf` maps an element id to the node's id; every endpoint must be among the answer's nodes. */
export function edgeView(r: PlainRelationship, idOf: (elementId: string) => string | undefined): EdgeView {
  const source = idOf(r.startElementId);
  const target = idOf(r.endElementId);
  if (source === undefined || target === undefined) throw new Error(`relationship ${r.type} has an endpoint outside the answer`);
  return { elementId: r.elementId, id: edgeIdOf({ type: r.type, source, target, properties: r.properties }), type: r.type, source, target, properties: r.properties };
}

/** Nodes and relationships, each once, with edges keyed to the nodes' ids. */
export class SubgraphBuilder {
  readonly nodes = new Map<string, NodeView>();
  private readonly rels = new Map<string, PlainRelationship>();

  addNode(n: PlainNode): NodeView {
    let view = this.nodes.get(n.elementId);
    if (!view) {
      view = nodeView(n);
      this.nodes.set(n.elementId, view);
    }
    return view;
  }

  hasNode(elementId: string): boolean {
    return this.nodes.has(elementId);
  }

  addRelationship(r: PlainRelationship): void {
    this.rels.set(r.elementId, r);
  }

  hasRelationship(elementId: string): boolean {
    return this.rels.has(elementId);
  }

  /** The bundle ids of the nodes so far. */
  ids(): string[] {
    return [...this.nodes.values()].map((n) => n.id);
  }

  edgeOf(r: PlainRelationship): EdgeView {
    return edgeView(r, (e) => this.nodes.get(e)?.id);
  }

  build(omitted: OmittedView | null = null): SubgraphView {
    const edges: EdgeView[] = [];
    for (const r of this.rels.values()) {
      if (this.nodes.has(r.startElementId) && this.nodes.has(r.endElementId)) edges.push(this.edgeOf(r));
    }
    return subgraphView([...this.nodes.values()], edges, omitted);
  }
}

/** The answer, truncated when something was left out. */
export function subgraphView(nodes: NodeView[], edges: EdgeView[], omitted: OmittedView | null): SubgraphView {
  const truncated = omitted !== null && (omitted.nodes > 0 || omitted.edges > 0);
  return { nodes, edges, truncated, omitted: truncated ? omitted : null };
}
