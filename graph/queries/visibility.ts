import { loadStatement } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import type { CountView } from './graph-elements.ts';
import { kindOf, NODE_LABELS, RELATIONSHIP_TYPES } from '../vocabulary/index.ts';
import { KEEP_PLAN, planOnce, type PlannedStatement } from './plan-first.ts';

// Without its comments: they name the placeholders, and a text spliced in over several lines would end a comment line.
const HIDDEN_LINKS = loadStatement(new URL('./hidden-links.cypher', import.meta.url));
/** Stands for a list of types none of which is left: matches nothing. */
const NO_TYPE = 'NO_SUCH_TYPE';

/**
 * What a caller may not see: node labels, relationship types and property names. Traversals
 * neither return nor pass through hidden nodes and relationships; answers count what they left out.
 */
export interface Visibility {
  hiddenLabels: readonly string[];
  hiddenRelTypes: readonly string[];
  hiddenProperties: readonly string[];
}

export const SEES_EVERYTHING: Visibility = { hiddenLabels: [], hiddenRelTypes: [], hiddenProperties: [] };

export function hidesAnything(v: Visibility | null | undefined): v is Visibility {
  return !!v && (v.hiddenLabels.length > 0 || v.hiddenRelTypes.length > 0 || v.hiddenProperties.length > 0);
}

/** Labels and types are spliced into Cypher: only the model's own pass. */
function checked(v: Visibility): Visibility {
  for (const l of v.hiddenLabels) if (!(NODE_LABELS as readonly string[]).includes(l)) throw new Error(`label ${l} is not in the model`);
  for (const t of v.hiddenRelTypes) if (!(RELATIONSHIP_TYPES as readonly string[]).includes(t)) throw new Error(`relationship type ${t} is not in the model`);
  return v;
}

/** The asked relationship types, all when none; they are spliced into Cypher, so only the model's own pass. */
export function askedRelTypes(asked: readonly string[] | null | undefined): readonly string[] {
  if (!asked || asked.length === 0) return RELATIONSHIP_TYPES;
  for (const t of asked) if (!(RELATIONSHIP_TYPES as readonly string[]).includes(t)) throw new Error(`relationship type ${t} is not in the model`);
  return asked;
}

/** The asked relationship types (all when none) less the hidden ones. */
export function visibleRelTypes(asked: readonly string[] | null | undefined, v: Visibility | null | undefined): string[] {
  const types = askedRelTypes(asked);
  return v ? types.filter((t) => !checked(v).hiddenRelTypes.includes(t)) : [...types];
}

export function isHiddenNode(labels: readonly string[], v: Visibility): boolean {
  return labels.some((l) => v.hiddenLabels.includes(l));
}

/** What an answer left out for the caller: nodes (each once), relationships, property values, by kind/type/name. */
export interface HiddenView {
  nodes: number;
  edges: number;
  properties: number;
  byKind: CountView[];
}

/** Adds up hidden nodes (by element id, so each counts once), relationships and properties. */
export class HiddenTally {
  private readonly nodeIds = new Set<string>();
  private readonly edgeIds = new Set<string>();
  private readonly counts = new Map<string, number>();
  private properties = 0;
  /** Counted elsewhere, so not told apart from this tally's own. */
  private extraNodes = 0;
  private extraEdges = 0;

  private bump(name: string, by = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  node(elementId: string, labels: readonly string[]): void {
    if (this.nodeIds.has(elementId)) return;
    this.nodeIds.add(elementId);
    this.bump(kindOf(labels));
  }

  edge(elementId: string, type: string): void {
    if (this.edgeIds.has(elementId)) return;
    this.edgeIds.add(elementId);
    this.bump(type);
  }

  /** Nodes known only by count (no element id to tell them apart). */
  nodesCounted(kind: string, n: number): void {
    if (n <= 0) return;
    this.extraNodes += n;
    this.bump(kind, n);
  }

  /** Relationships known only by count (no element id to tell them apart). */
  edgesCounted(type: string, n: number): void {
    if (n <= 0) return;
    this.extraEdges += n;
    this.bump(type, n);
  }

  property(name: string): void {
    this.properties += 1;
    this.bump(name);
  }

  add(other: HiddenView | null | undefined): void {
    if (!other) return;
    for (const c of other.byKind) this.bump(c.name, c.count);
    this.extraNodes += other.nodes;
    this.extraEdges += other.edges;
    this.properties += other.properties;
  }

  view(): HiddenView | null {
    const nodes = this.nodeIds.size + this.extraNodes;
    const edges = this.edgeIds.size + this.extraEdges;
    if (nodes === 0 && edges === 0 && this.properties === 0) return null;
    const byKind = [...this.counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { nodes, edges, properties: this.properties, byKind };
  }
}

/** At most this many hidden relationships are read per answer node and kind of link. */
export const HIDDEN_READ_CAP = 1000;

interface HiddenLinkRow {
  node: string;
  type: string;
  rels: number;
  /** The labels of each hidden node it links to, once a link. */
  hiddenEnds: string[][];
}

/** What a traversal was asked to follow: the hidden links it would not have followed either are not counted. */
export interface HiddenScope {
  /** The asked relationship types; all when null or empty. */
  relTypes?: readonly string[] | null;
  /** Far hidden nodes must have one of these labels; any when null or empty. */
  labels?: readonly string[] | null;
}

/** Everything a request varies, in the statement's one parameter `$q` (one plan for every request: see neighborhood.ts). */
interface HiddenLinksParameter {
  ids: string[];
  types: readonly string[];
  labels: readonly string[] | null;
  cap: number;
}

/** The statement for one visibility: a role's text, never a request's. */
function hiddenLinksCypher(v: Visibility): string {
  return `${KEEP_PLAN}\n${HIDDEN_LINKS.replaceAll('{{HIDDEN_TYPES}}', checked(v).hiddenRelTypes.join('|') || NO_TYPE)
    .replaceAll('{{HIDDEN_LABELS}}', v.hiddenLabels.join('|') || 'NoSuchLabel')}`;
}

/** The statements of every visibility that hides something (one per role's rules), for start-up to plan. */
export function hiddenLinksFamily(visibilities: readonly Visibility[]): PlannedStatement[] {
  const texts = new Set(visibilities.filter((v) => v.hiddenLabels.length > 0 || v.hiddenRelTypes.length > 0).map(hiddenLinksCypher));
  const q: HiddenLinksParameter = { ids: [''], types: RELATIONSHIP_TYPES, labels: null, cap: HIDDEN_READ_CAP };
  return [...texts].map((cypher) => ({ cypher, params: { q } }));
}

/**
 * What the nodes of an answer (by their bundle ids) link to that the caller may not see: of the
 * asked types (`scope`), relationships of hidden types whatever their far node and date, and
 * relationships to hidden nodes of the asked labels. Counted per answer node and added up, never told apart across
 * nodes: a person linked to two of them counts twice, a stake between two of them counts for
 * each, so the totals are the same whether or not two visible nodes share a hidden link. Nothing
 * hidden is returned, only counted.
 */
export async function hiddenLinks(
  graph: Graph,
  { ids, visibility: v, scope = {} }: { ids: readonly string[]; visibility: Visibility; scope?: HiddenScope },
  opts: QueryOptions = {},
): Promise<HiddenView | null> {
  if (ids.length === 0 || (v.hiddenLabels.length === 0 && v.hiddenRelTypes.length === 0)) return null;
  checked(v);
  const labels = scope.labels && scope.labels.length > 0 ? scope.labels : null;
  const cypher = hiddenLinksCypher(v);
  const q: HiddenLinksParameter = { ids: [...ids], types: askedRelTypes(scope.relTypes), labels, cap: HIDDEN_READ_CAP };
  await planOnce(graph, { cypher, params: { q: { ...q, ids: [''] } } }, opts);
  const rows = await graph.read<HiddenLinkRow>(cypher, { q }, opts);
  const tally = new HiddenTally();
  for (const r of rows) {
    tally.edgesCounted(r.type, r.rels);
    for (const labels of r.hiddenEnds) tally.nodesCounted(kindOf(labels), 1);
  }
  return tally.view();
}
