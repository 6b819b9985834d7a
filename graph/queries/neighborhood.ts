import { loadStatement } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { nodeView, subgraphView, type EdgeView, type NodeView, type OmittedView, type SubgraphView } from './graph-elements.ts';
import { EDGE_KEY_PROPERTIES, edgeIdOf, kindOf, NAMING_VALUES, namingProperties, RELATIONSHIP_TYPES } from './graph-model.ts';
import { findNodeById, HiddenNodeError, NodeNotFoundError } from './node-by-id.ts';
import { hiddenLinks, isHiddenNode, visibleNodeCondition, visibleRelTypes, type Visibility } from './visibility.ts';

/** Comment lines dropped: the hop blocks are spliced several times into one statement. */
const statement = (name: string) => loadStatement(new URL(`./${name}.cypher`, import.meta.url));
const FRAME = statement('neighborhood');
const HOP = statement('neighborhood-hop');
const EXPAND = statement('neighborhood-expand');
const ELIGIBLE = statement('neighborhood-eligible');
const NODE_BY_ID = statement('node-by-id');

export const MAX_DEPTH = 3;
export const MAX_NODES = 2000;
/** Every frontier node may offer at least this many new nodes, however many share the hop. */
export const MIN_PER_NODE = 10;
/** Relationships read per tier from the start node; beyond this its rest is estimated from its degree. */
export const SCAN_FIRST = 1000;
/** Relationships read per tier from each node of a later hop (whose frontier holds up to `limit` nodes). */
export const SCAN_NEXT = 50;
/** Last-hop nodes of more relationships are not read: their edges to sparse answer nodes are found from those nodes' side. */
export const DENSE_DEGREE = 100;
/** Relationships into the answer returned per frontier node; four times this for the last hop's. */
export const MAX_LINKS = 500;

/**
 * The tiers a hop reads relationship types in, which is the order it offers new nodes in: owners,
 * officers, trades and hierarchies first, then holdings and the trades of a patent, then inventors
 * and classes, citations last (so a heavily cited patent still shows its holders). Each tier is
 * read up to its own cap.
 */
export const READ_TIERS: readonly (readonly string[])[] = [
  ['OWNS', 'OFFICER_OF', 'FROM_PARTY', 'TO_PARTY', 'PART_OF', 'LOCATED_IN', 'ISSUED_BY', 'IMPLEMENTS', 'CITES_POLICY', 'SUPERSEDES', 'AMENDS', 'HAS_PROVISION', 'HAS_SCOPE', 'SCOPE_REGION', 'SCOPE_ORG', 'SCOPE_IPC', 'VIA_PLATFORM'],
  ['HOLDS', 'APPLIED_FOR', 'OF_PATENT'],
  ['INVENTED', 'CLASSIFIED_AS'],
  ['CITES'],
];

export interface NeighborhoodOptions {
  id: string;
  depth: number;
  /** Allow-listed relationship types; null: all of them. */
  relTypes?: readonly string[] | null;
  /** Allow-listed labels the nodes beyond the start must carry one of; null: any. */
  labels?: readonly string[] | null;
  /** YYYY-MM-DD: only what existed, was held or was traded on that date. */
  asOf?: string | null;
  /** Most nodes in the answer, the start included. */
  limit: number;
  /** False: nodes carry only what names and keys them (their id, name, title…), not every property. */
  properties?: boolean;
  /** False: relationships carry only what keys them (an officer's role, a holding's start). */
  edgeProperties?: boolean;
  /** What the caller may not see: never reached nor passed through, and counted in `hidden`. */
  visibility?: Visibility | null;
}

/** Every property but the long texts (the other choice is graph-model.ts's NAMING_VALUES). */
const ALL_PROPERTIES = 'n {.*, abstract: null, summary: null, text: null}';


interface HopRow {
  cut: { labels: string[]; rels: number; nodes: number }[];
  dense: { scanned: number; degree: number }[];
  linksLeftOut: number;
}

/** A node as the statement returns it: its id, labels and properties (a list: NAMING_VALUES). */
type NodeRow = [id: string, labels: string[], properties: Record<string, unknown> | unknown[]];
/** A relationship: its type, its ends' ids and its properties (null: none that key it). */
type LinkRow = [type: string, source: string, target: string, properties: Record<string, unknown> | null];

interface NeighborhoodRow {
  nodes: NodeRow[];
  edges: LinkRow[];
  hops: HopRow[];
  lastLeftOut: number;
  unchecked: boolean;
}

/**
 * The one statement for these relationship types and this depth, each type checked against the
 * model first. Without `filtered` (no labels, no asOf) the eligibility rule is left out: the
 * statement plans in half the time and reads no property to check it.
 */
export function neighborhoodCypher(
  relTypes: readonly string[] | null | undefined,
  depth: number,
  filtered = true,
  properties = true,
  edgeProperties = true,
  visibility: Visibility | null = null,
): string {
  const asked = visibleRelTypes(relTypes, visibility);
  if (asked.length === 0) throw new Error('no relationship type is left to follow');
  const visible = visibleNodeCondition('m', visibility);
  const eligible = [filtered ? `(${ELIGIBLE.replaceAll('\n', '\n    ')})` : null, visible === 'true' ? null : visible].filter((c) => c !== null).join(' AND ') || 'true';
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new Error(`depth must be 1–${MAX_DEPTH}`);
  const tiers = READ_TIERS.map((tier) => tier.filter((t) => asked.includes(t))).filter((tier) => tier.length > 0);
  const types = tiers.flat();
  const everyType = types.length === RELATIONSHIP_TYPES.length;
  const hops = Array.from({ length: depth }, (_, i) => {
    const expand = tiers
      .map((tier, rank) => EXPAND.replaceAll('{{TYPES}}', tier.join('|')).replaceAll('{{TIER}}', String(rank)))
      .join('\nUNION ALL\n')
      .replaceAll('\n', '\n    ');
    return HOP.replace('{{EXPAND}}', `    ${expand}`).replaceAll('{{HOP}}', i === 0 ? 'First' : 'Next');
  });
  return FRAME.replace('{{NODE_BY_ID}}', NODE_BY_ID.replaceAll('\n', '\n  ').replace(/^/, '  '))
    .replace('{{HOPS}}', hops.join('\n'))
    .replace('{{PROPERTIES}}', properties ? ALL_PROPERTIES : NAMING_VALUES)
    .replace('{{EDGE_PROPERTIES}}', edgeProperties ? 'properties(r)' : EDGE_KEY_PROPERTIES)
    .replaceAll('{{ELIGIBLE}}', eligible)
    // Over every type of the model, no type test: a degree is one read of the degree store (over a
    // list, one read per type), and an expansion checks no type per relationship.
    .replaceAll('{{TYPE_FILTER}}', everyType ? '' : `:${types.join('|')}`);
}

/** Statements built so far, by their arguments: building one splices a long text several times. */
const built = new Map<string, string>();
const MAX_BUILT = 500;

function statementFor(...args: Parameters<typeof neighborhoodCypher>): string {
  const key = JSON.stringify(args);
  let cypher = built.get(key);
  if (cypher === undefined) {
    cypher = neighborhoodCypher(...args);
    if (built.size >= MAX_BUILT) built.clear();
    built.set(key, cypher);
  }
  return cypher;
}

/** What the answer left out, by kind; `exact` turns false when a dense node's rest was estimated. */
class Omissions {
  nodes = 0;
  edges = 0;
  exact = true;
  private readonly byKind = new Map<string, number>();

  add(labels: readonly string[], nodes: number, edges: number): void {
    const kind = kindOf(labels);
    this.nodes += nodes;
    this.edges += edges;
    if (nodes > 0) this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + nodes);
  }

  /** Dense nodes' unread relationships, shared out in the proportions of what the hop did read. */
  estimate(dense: HopRow['dense'], cut: HopRow['cut']): void {
    const rest = dense.reduce((n, d) => n + d.degree - d.scanned, 0);
    if (rest <= 0) return;
    this.exact = false;
    const read = cut.reduce((n, c) => n + c.rels, 0);
    if (read === 0) {
      this.edges += rest;
      return;
    }
    for (const c of cut) {
      const rels = Math.round((rest * c.rels) / read);
      this.add(c.labels, Math.round((rels * c.nodes) / c.rels), rels);
    }
  }

  view(): OmittedView {
    const byKind = [...this.byKind].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { nodes: this.nodes, edges: this.edges, exact: this.exact, byKind };
  }
}

/**
 * Breadth-first, hop by hop, in one statement (one round trip). Each hop reads a bounded number of
 * its frontier's relationships per tier, picks new nodes from them (the node budget shared out over
 * the frontier, so one dense node cannot take it all), draws those among the answer's nodes and
 * counts those leading out in `omitted`. Never a silent cut, never an unbounded read. Throws
 * NodeNotFoundError for an unknown id.
 */
export async function neighborhood(graph: Graph, o: NeighborhoodOptions, opts: QueryOptions = {}): Promise<SubgraphView> {
  const answer = await visibleNeighborhood(graph, o, opts);
  if (!o.visibility) return answer;
  const start = answer.nodes.find((n) => n.id === o.id);
  if (start && isHiddenNode(start.labels, o.visibility)) throw new HiddenNodeError('id', o.id, start.labels);
  const hidden = await hiddenLinks(graph, answer.nodes.map((n) => n.id), o.visibility, { relTypes: o.relTypes, labels: o.labels, asOf: o.asOf }, opts);
  return { ...answer, hidden };
}

async function visibleNeighborhood(graph: Graph, o: NeighborhoodOptions, opts: QueryOptions): Promise<SubgraphView> {
  const labels = o.labels && o.labels.length > 0 ? o.labels : null;
  const asOf = o.asOf ?? null;
  // Every asked type hidden from the caller: the start node alone.
  if (visibleRelTypes(o.relTypes, o.visibility).length === 0) return startNodeOnly(graph, o.id, opts);
  const cypher = statementFor(o.relTypes, o.depth, labels !== null || asOf !== null, o.properties ?? true, o.edgeProperties ?? true, o.visibility ?? null);
  const params = {
    id: o.id,
    labels,
    asOf,
    limit: o.limit,
    minPerNode: MIN_PER_NODE,
    scanFirst: SCAN_FIRST,
    scanNext: SCAN_NEXT,
    maxLinks: MAX_LINKS,
    maxLastLinks: MAX_LINKS * 4,
    denseDegree: DENSE_DEGREE,
  };
  const [row] = await graph.read<NeighborhoodRow>(cypher, params, opts);
  if (!row) throw new NodeNotFoundError('id', o.id);
  const nodes = new Map<string, NodeView>();
  for (const [id, labels, values] of row.nodes) {
    const properties = Array.isArray(values) ? namingProperties(values) : values;
    if (!nodes.has(id)) nodes.set(id, nodeView({ elementId: id, labels, properties }));
  }
  const edges = new Map<string, EdgeView>();
  for (const [type, source, target, properties] of row.edges) {
    const id = edgeIdOf(type, source, target, properties ?? {});
    if (!edges.has(id) && nodes.has(source) && nodes.has(target)) edges.set(id, { elementId: id, id, type, source, target, properties: properties ?? {} });
  }
  const omitted = new Omissions();
  for (const hop of row.hops) {
    for (const c of hop.cut) omitted.add(c.labels, c.nodes, c.rels);
    omitted.estimate(hop.dense, hop.cut);
    omitted.edges += hop.linksLeftOut;
  }
  omitted.edges += row.lastLeftOut;
  // Edges between two dense nodes were not looked for: the answer may lack some, so it cannot say it is exact.
  if (row.unchecked) omitted.exact = false;
  return subgraphView([...nodes.values()], [...edges.values()], omitted.view());
}

async function startNodeOnly(graph: Graph, id: string, opts: QueryOptions): Promise<SubgraphView> {
  const start = await graph.readTx((run) => findNodeById(run, id), opts);
  if (!start) throw new NodeNotFoundError('id', id);
  return subgraphView([nodeView(start)], [], null);
}
