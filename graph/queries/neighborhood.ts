import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, PlainRelationship, PlainRun, QueryOptions } from '../driver.ts';
import { SubgraphBuilder, type OmittedView, type SubgraphView } from './graph-elements.ts';
import { kindOf, RELATIONSHIP_TYPES } from './graph-model.ts';
import { findNodeById, NodeNotFoundError } from './node-by-id.ts';

/** Comment lines dropped: these statements travel several times per request. */
const statement = (name: string) =>
  loadCypher(new URL(`./${name}.cypher`, import.meta.url))
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
const ELIGIBLE = statement('neighborhood-eligible').replaceAll('\n', '\n    ');
const CANDIDATES = statement('neighborhood-candidates');
const LINKS = statement('neighborhood-links');
const EDGES = statement('neighborhood-edges');

export const MAX_DEPTH = 3;
export const MAX_NODES = 2000;
/** Every frontier node may bring at least this many new nodes, however many share the hop. */
export const MIN_PER_NODE = 10;
/** Relationships read one by one per frontier node; beyond this the rest is estimated from its degree. */
export const SCAN_CAP = 2000;
/** From this degree on, the last hop's edges into the answer are looked up answer node by answer node. */
export const DENSE_DEGREE = 500;
/** Rounds of sharing a hop's node budget out: what nodes with few neighbours leave goes to the others. */
export const FILL_ROUNDS = 2;
/** Relationships into the answer returned per frontier node (per last hop, for the last one). */
export const MAX_LINKS = 500;

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
}

interface CandidateRow {
  fid: string;
  candidates: PlainNode[];
}

interface LinkRow {
  links: PlainRelationship[][];
  linksLeftOut: number;
  cut: { labels: string[]; rels: number; nodes: number }[];
  dense: { scanned: number; degree: number }[];
}

/** The hop queries for these relationship types, each checked against the model first. */
export function neighborhoodCypher(relTypes: readonly string[] | null | undefined): { candidates: string; links: string; edges: string } {
  const types = relTypes && relTypes.length > 0 ? relTypes : RELATIONSHIP_TYPES;
  for (const t of types) if (!(RELATIONSHIP_TYPES as readonly string[]).includes(t)) throw new Error(`relationship type ${t} is not in the model`);
  const splice = (cypher: string) => cypher.replaceAll('{{ELIGIBLE}}', ELIGIBLE).replaceAll('{{REL_TYPES}}', types.join('|'));
  return { candidates: splice(CANDIDATES), links: splice(LINKS), edges: splice(EDGES) };
}

/** New nodes each frontier node may bring: the hop's budget shared out, at least MIN_PER_NODE each. */
export function perNodeBudget(remaining: number, frontier: number): number {
  if (remaining <= 0) return 0;
  return Math.min(remaining, Math.max(MIN_PER_NODE, Math.ceil(remaining / Math.max(1, frontier))));
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
  estimate(dense: LinkRow['dense'], cut: LinkRow['cut']): void {
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
 * Breadth-first, hop by hop, in one read transaction. Each hop picks new nodes (the node budget
 * shared out over the frontier, so one dense node cannot take it all), then reads the frontier's
 * relationships once: those among the answer's nodes are drawn, those leading out are counted in
 * `omitted`. Never a silent cut, never an unbounded read. Throws NodeNotFoundError for an unknown id.
 */
export async function neighborhood(graph: Graph, o: NeighborhoodOptions, opts: QueryOptions = {}): Promise<SubgraphView> {
  const cypher = neighborhoodCypher(o.relTypes);
  const filters = { labels: o.labels && o.labels.length > 0 ? o.labels : null, asOf: o.asOf ?? null };
  return graph.readTx(async (run) => {
    const root = await findNodeById(run, o.id);
    if (!root) throw new NodeNotFoundError('id', o.id);
    const answer = new SubgraphBuilder();
    answer.addNode(root);
    const omitted = new Omissions();
    let frontier = [root.elementId];
    for (let hop = 1; hop <= o.depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      // Share the budget out; nodes that used their whole share may take more of what others left.
      let open = frontier;
      for (let round = 0; round < FILL_ROUNDS && open.length > 0; round++) {
        const perNode = perNodeBudget(o.limit - answer.nodes.size, open.length);
        if (perNode === 0) break;
        const rows = await run<CandidateRow>(cypher.candidates, { ...filters, frontier: open, included: answer.ids(), perNode });
        const saturated: string[] = [];
        for (const row of rows) {
          if (row.candidates.length >= perNode) saturated.push(row.fid);
          for (const m of row.candidates) {
            if (answer.hasNode(m.elementId) || answer.nodes.size >= o.limit) continue;
            answer.addNode(m);
            next.push(m.elementId);
          }
        }
        open = saturated;
      }
      const links = await readLinks(run, cypher.links, filters, frontier, answer);
      for (const c of links.cut) omitted.add(c.labels, c.nodes, c.rels);
      omitted.estimate(links.dense, links.cut);
      omitted.edges += links.linksLeftOut;
      frontier = next;
    }
    // The last hop's nodes: draw their relationships among the answer; what lies beyond is out of depth, not omitted.
    if (frontier.length > 0) {
      const [row] = await run<{ links: PlainRelationship[]; linksLeftOut: number }>(cypher.edges, {
        ...filters,
        frontier,
        included: [...answer.nodes.keys()],
        denseDegree: DENSE_DEGREE,
        maxLinks: MAX_LINKS * 4,
      });
      for (const r of row?.links ?? []) answer.addRelationship(r);
      omitted.edges += row?.linksLeftOut ?? 0;
    }
    return answer.build(omitted.view());
  }, opts);
}

async function readLinks(run: PlainRun, cypher: string, filters: object, frontier: string[], answer: SubgraphBuilder): Promise<LinkRow> {
  const [row] = await run<LinkRow>(cypher, {
    ...filters,
    frontier,
    included: answer.ids(),
    scanCap: SCAN_CAP,
    maxLinks: MAX_LINKS,
  });
  const result = row ?? { links: [], linksLeftOut: 0, cut: [], dense: [] };
  for (const rels of result.links) for (const r of rels) answer.addRelationship(r);
  return result;
}
