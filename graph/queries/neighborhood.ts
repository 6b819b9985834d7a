import { loadStatement } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { nodeView, subgraphView, type EdgeView, type NodeView, type OmittedView, type SubgraphView } from './graph-elements.ts';
import { EDGE_KEY_PROPERTIES, NAMING_VALUES, namingProperties } from './naming.ts';
import { edgeIdOf, kindOf, RELATIONSHIP_TYPES } from '../vocabulary/index.ts';
import { findNodeById, HiddenNodeError, NodeNotFoundError } from './node-by-id.ts';
import { KEEP_PLAN, planOnce } from './plan-first.ts';
import { hiddenLinks, isHiddenNode, visibleRelTypes, type Visibility } from './visibility.ts';

/** Comment lines dropped: the blocks are spliced several times into one statement. */
const load = (name: string) => loadStatement(new URL(`./${name}.cypher`, import.meta.url));
const FRAME = load('neighborhood');
const HOP = load('neighborhood-hop');
const EXPAND = load('neighborhood-expand');
const READ = load('neighborhood-read');
const READ_TYPE = load('neighborhood-read-type');
const NODE_BY_ID = load('node-by-id');
// The rule hiddenLinks() splices too, reading the request's labels from the statement's one parameter.
const ELIGIBLE = load('neighborhood-eligible').replaceAll('$labels', '$q.labels');

export const MAX_DEPTH = 3;
export const MAX_NODES = 2000;
/** Every frontier node may offer at least this many new nodes, however many share the hop. */
export const MIN_PER_NODE = 10;
/**
 * Relationships read per tier from the start node, or for one hop twice the limit when more (a patent's holding
 * and application are two relationships to one node): beyond this its rest is estimated from its
 * degree. Below twice the limit, a hub's answer stopped at what the read found, with room left.
 */
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

/** Every property but the long texts, or only those that name and key a node (naming.ts's NAMING_VALUES). */
const PROPERTIES = `CASE WHEN $q.properties THEN n {.*, abstract: null, summary: null, text: null} ELSE ${NAMING_VALUES} END`;
const EDGE_PROPERTIES = `CASE WHEN $q.edgeProperties THEN properties(r) ELSE ${EDGE_KEY_PROPERTIES} END`;

interface HopRow {
  cut: { labels: string[]; rels: number; nodes: number }[];
  dense: { scanned: number; degree: number }[];
}

/** A node as the statement returns it: its id, labels and properties (a list: NAMING_VALUES). */
type NodeRow = [id: string, labels: string[], properties: Record<string, unknown> | unknown[]];
/** A relationship: its type, its ends' ids and its properties (null: none that key it). */
type LinkRow = [type: string, source: string, target: string, properties: Record<string, unknown> | null];

interface NeighborhoodRow {
  nodes: NodeRow[];
  edges: LinkRow[];
  hops: HopRow[];
  /** Relationships into the answer that no end drew (past every end's share). */
  linksLeftOut: number;
  unchecked: boolean;
}

/**
 * Everything a request varies, as the statement's one parameter `$q`. Neo4j keys its plan cache by
 * the statement and each parameter's type, and by the size range of each string and list
 * parameter (an id of 2 characters or of 10, 1 type or 5, each planned anew); a map is one type
 * whatever it holds, so each depth's statement is planned once for every request.
 */
export interface NeighborhoodParameter {
  id: string;
  /** The asked types the caller may see; never empty. */
  types: string[];
  /** Every type of the model: a degree is then one read of the degree store. */
  everyType: boolean;
  labels: string[] | null;
  asOf: string | null;
  /** Labels or a date to check. */
  filtered: boolean;
  hiddenLabels: string[];
  /** The caller may not see some labels. */
  hides: boolean;
  properties: boolean;
  edgeProperties: boolean;
  limit: number;
  minPerNode: number;
  scanFirst: number;
  scanNext: number;
  maxLinks: number;
  maxLastLinks: number;
  denseDegree: number;
}

/**
 * Whether `m` may be followed over `r`: the request's labels and date, and the caller's hidden
 * labels. Each part is skipped by a flag when it has nothing to check, so an answer with neither
 * reads no label nor property for it (CASE evaluates only the branch taken).
 */
const ELIGIBLE_OR_HIDDEN = `CASE WHEN $q.filtered THEN (${ELIGIBLE.replaceAll('\n', '\n    ')}) ELSE true END
    AND CASE WHEN $q.hides THEN NOT any(l IN labels(m) WHERE l IN $q.hiddenLabels) ELSE true END`;

/** The reads of `types` (null: every type), indented to sit in a CALL block. */
function reads(types: readonly string[] | null, indent: string): string {
  const byType = (types ?? RELATIONSHIP_TYPES).map((t) => READ_TYPE.replaceAll('{{TYPE}}', t)).join('\nUNION ALL\n').replace(/^/gm, '  ');
  return READ.replace('{{TYPES}}', types ? `:${types.join('|')}` : '').replace('{{BY_TYPE}}', byType).replace(/^/gm, indent);
}

/**
 * The degree of node `x` over the asked types, from the degree store: over every type one read,
 * else one read per asked type (types that come in $q cannot be written in a pattern).
 */
function degreeOf(x: string): string {
  const perType = RELATIONSHIP_TYPES.map((t) => `CASE WHEN '${t}' IN $q.types THEN COUNT { (${x})-[:${t}]-() } ELSE 0 END`).join(' + ');
  return `CASE WHEN $q.everyType THEN COUNT { (${x})--() } ELSE ${perType} END`;
}

/** An id no node has: the statement's first run, which plans and compiles it, then reads nothing. */
const NO_ID = '';

/** Each depth's statement, built once: building splices a long text many times. */
const built = new Map<number, string>();

/**
 * The statement of a depth (1–MAX_DEPTH): the same text for every request of that depth, whatever
 * its types, labels, date, caller or selection, which all travel in `$q`. So the texts a request
 * can produce are MAX_DEPTH, planned once (at start-up) and never again per request.
 */
export function neighborhoodCypher(depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new Error(`depth must be 1–${MAX_DEPTH}`);
  let cypher = built.get(depth);
  if (cypher === undefined) {
    const hops = Array.from({ length: depth }, (_, i) => {
      const expand = READ_TIERS.map((tier, rank) => EXPAND.replace('{{READS}}', reads(tier, '  ')).replaceAll('{{TIER}}', String(rank)))
        .join('\nUNION ALL\n')
        .replaceAll('\n', '\n    ');
      return HOP.replace('{{EXPAND}}', `    ${expand}`).replaceAll('{{HOP}}', i === 0 ? 'First' : 'Next');
    });
    cypher = `${KEEP_PLAN}\n` + FRAME.replace('{{NODE_BY_ID}}', NODE_BY_ID.replaceAll('$id', '$q.id').replace(/^/gm, '  '))
      .replace('{{HOPS}}', hops.join('\n'))
      .replaceAll('{{READS}}', reads(null, '    '))
      .replace('{{PROPERTIES}}', PROPERTIES)
      .replace('{{EDGE_PROPERTIES}}', EDGE_PROPERTIES)
      .replaceAll('{{ELIGIBLE}}', ELIGIBLE_OR_HIDDEN)
      .replaceAll('{{DEGREE_F}}', degreeOf('f'))
      .replaceAll('{{DEGREE_N}}', degreeOf('n'));
    built.set(depth, cypher);
  }
  return cypher;
}

export interface NeighborhoodStatement {
  cypher: string;
  params: { q: NeighborhoodParameter };
}

/**
 * The statement and parameter of a request, or null when the caller may see none of the asked
 * types (then nothing but the start node can be reached). Types are checked against the model.
 */
export function neighborhoodStatement(o: NeighborhoodOptions): NeighborhoodStatement | null {
  const types = visibleRelTypes(o.relTypes, o.visibility);
  if (types.length === 0) return null;
  const cypher = neighborhoodCypher(o.depth);
  const labels = o.labels && o.labels.length > 0 ? [...o.labels] : null;
  const asOf = o.asOf ?? null;
  const hiddenLabels = [...(o.visibility?.hiddenLabels ?? [])];
  const q: NeighborhoodParameter = {
    id: o.id,
    types,
    everyType: RELATIONSHIP_TYPES.every((t) => types.includes(t)),
    labels,
    asOf,
    filtered: labels !== null || asOf !== null,
    hiddenLabels,
    hides: hiddenLabels.length > 0,
    properties: o.properties ?? true,
    edgeProperties: o.edgeProperties ?? true,
    limit: o.limit,
    minPerNode: MIN_PER_NODE,
    // One hop only: a deeper one reads from each later node too, and is bounded as it was.
    scanFirst: o.depth === 1 ? Math.max(SCAN_FIRST, 2 * o.limit) : SCAN_FIRST,
    scanNext: SCAN_NEXT,
    maxLinks: MAX_LINKS,
    maxLastLinks: MAX_LINKS * 4,
    denseDegree: DENSE_DEGREE,
  };
  return { cypher, params: { q } };
}

/** Every statement neighborhood() can run, each with a parameter of the shape requests send: what start-up plans. */
export function neighborhoodFamily(): NeighborhoodStatement[] {
  return Array.from({ length: MAX_DEPTH }, (_, i) => neighborhoodStatement({ id: NO_ID, depth: i + 1, limit: 1 })!);
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
  // A start the caller may not see is refused before any traversal: refused after one, it would
  // take as long as a traversal, and an unknown id would not, so the time would tell them apart.
  if (o.visibility && o.visibility.hiddenLabels.length > 0) {
    const start = await graph.readTx((run) => findNodeById(run, o.id), opts);
    if (!start) throw new NodeNotFoundError('id', o.id);
    if (isHiddenNode(start.labels, o.visibility)) throw new HiddenNodeError('id', o.id, start.labels);
  }
  const answer = await visibleNeighborhood(graph, o, opts);
  if (!o.visibility) return answer;
  // Hidden links are counted whatever the date asked (see hidden-links.cypher): no asOf here.
  const hidden = await hiddenLinks(graph, { ids: answer.nodes.map((n) => n.id), visibility: o.visibility, scope: { relTypes: o.relTypes, labels: o.labels } }, opts);
  return { ...answer, hidden };
}

async function visibleNeighborhood(graph: Graph, o: NeighborhoodOptions, opts: QueryOptions): Promise<SubgraphView> {
  const statement = neighborhoodStatement(o);
  // Every asked type hidden from the caller: the start node alone.
  if (!statement) return startNodeOnly(graph, o.id, opts);
  await planOnce(graph, { cypher: statement.cypher, params: { q: { ...statement.params.q, id: NO_ID } } }, opts);
  const [row] = await graph.read<NeighborhoodRow>(statement.cypher, statement.params, opts);
  if (!row) throw new NodeNotFoundError('id', o.id);
  const nodes = new Map<string, NodeView>();
  for (const [id, labels, values] of row.nodes) {
    const properties = Array.isArray(values) ? namingProperties(values) : values;
    if (!nodes.has(id)) nodes.set(id, nodeView({ elementId: id, labels, properties }));
  }
  const edges = new Map<string, EdgeView>();
  for (const [type, source, target, properties] of row.edges) {
    const id = edgeIdOf({ type, source, target, properties: properties ?? {} });
    if (!edges.has(id) && nodes.has(source) && nodes.has(target)) edges.set(id, { elementId: id, id, type, source, target, properties: properties ?? {} });
  }
  const omitted = new Omissions();
  for (const hop of row.hops) {
    for (const c of hop.cut) omitted.add(c.labels, c.nodes, c.rels);
    omitted.estimate(hop.dense, hop.cut);
  }
  omitted.edges += row.linksLeftOut;
  // Edges between two dense nodes were not looked for: the answer may lack some, so it cannot say it is exact.
  if (row.unchecked) omitted.exact = false;
  return subgraphView([...nodes.values()], [...edges.values()], omitted.view());
}

async function startNodeOnly(graph: Graph, id: string, opts: QueryOptions): Promise<SubgraphView> {
  const start = await graph.readTx((run) => findNodeById(run, id), opts);
  if (!start) throw new NodeNotFoundError('id', id);
  return subgraphView([nodeView(start)], [], null);
}
