import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../api/fragments.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { amountOf } from './filters.ts';

export type Lang = 'zh' | 'en';

/** A node's name in the chosen language, when the data has it in that language. */
export function displayName(node: Pick<GraphNode, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && node.nameEn ? node.nameEn : node.name;
}

const TX_NAMES = {
  zh: MESSAGES.zh.txKind as Record<string, string>,
  en: MESSAGES.en.txKind as Record<string, string>,
} satisfies Record<Lang, Record<string, string>>;

const KIND_NAMES = {
  zh: MESSAGES.zh.kind as Record<string, string>,
  en: MESSAGES.en.kind as Record<string, string>,
} satisfies Record<Lang, Record<string, string>>;

/**
 * What a node is called on the canvas and in lists. Transactions have no name of their own (the
 * API sends e.g. "assignment 2011-12-06"): they are called by their kind and date in the UI's
 * language. A policy's coverage scope is named by the data with a short key (s1, gd-ai): it is
 * called what it is, the key after it.
 */
export function nodeLabel(node: Pick<GraphNode, 'kind' | 'name' | 'nameEn' | 'properties'>, lang: Lang): string {
  if (node.kind === 'transaction') {
    const kind = node.properties.kind;
    const date = node.properties.date;
    if (typeof kind === 'string' && typeof date === 'string') return `${TX_NAMES[lang][kind] ?? kind} ${date}`;
  }
  if (node.kind === 'coverage_scope') return `${KIND_NAMES[lang].coverage_scope ?? ''} ${node.name}`.trim();
  return displayName(node, lang);
}

export interface NodeData {
  id: string;
  kind: string;
  label: string;
  /** Transactions only: assignment, license, pledge, pledge_release. */
  txKind?: string;
  amount?: number;
}

export interface EdgeData {
  id: string;
  type: string;
  source: string;
  target: string;
  /** OWNS only: share 0–1, drawn as the line's width. */
  share?: number;
}

export function nodeData(node: GraphNode, lang: Lang): NodeData {
  const data: NodeData = { id: node.id, kind: node.kind, label: nodeLabel(node, lang) };
  if (node.kind === 'transaction') {
    const kind = node.properties.kind;
    if (typeof kind === 'string') data.txKind = kind;
    const amount = amountOf(node);
    if (amount !== null) data.amount = amount;
  }
  return data;
}

export function edgeData(edge: GraphEdge): EdgeData {
  const data: EdgeData = { id: edge.id, type: edge.type, source: edge.source, target: edge.target };
  const share = edge.properties.share;
  if (edge.type === 'OWNS' && typeof share === 'number') data.share = share;
  return data;
}

/**
 * Maps API nodes and edges to Cytoscape elements. Data objects are cached per API object and
 * language, so re-mapping an unchanged graph hands the canvas the same objects and its patch
 * step can skip them by identity.
 */
export class ElementMapper {
  #nodes = new WeakMap<GraphNode, { lang: Lang; data: NodeData }>();
  #edges = new WeakMap<GraphEdge, EdgeData>();

  node(node: GraphNode, lang: Lang): NodeData {
    const hit = this.#nodes.get(node);
    if (hit && hit.lang === lang) return hit.data;
    const data = nodeData(node, lang);
    this.#nodes.set(node, { lang, data });
    return data;
  }

  edge(edge: GraphEdge): EdgeData {
    let data = this.#edges.get(edge);
    if (!data) {
      data = edgeData(edge);
      this.#edges.set(edge, data);
    }
    return data;
  }

  elements(opts: {
    nodes: readonly GraphNode[];
    edges: readonly GraphEdge[];
    lang: Lang;
    classes?: (id: string) => string;
    /** A page's own label for a node (a scope in words, a policy's short title); undefined: the usual one. */
    labels?: (node: GraphNode) => string | undefined;
  }): ElementDefinition[] {
    const out: ElementDefinition[] = [];
    for (const n of opts.nodes) {
      const data = this.node(n, opts.lang);
      const label = opts.labels?.(n);
      out.push({ group: 'nodes', data: label === undefined || label === data.label ? data : { ...data, label }, classes: opts.classes?.(n.id) ?? '' });
    }
    for (const e of opts.edges) out.push({ group: 'edges', data: this.edge(e), classes: opts.classes?.(e.id) ?? '' });
    return out;
  }
}

/** One-off mapping without the cache (tests, exports, small canvases), with a page's own labels and classes. */
export function toElements(nodes: readonly GraphNode[], edges: readonly GraphEdge[], lang: Lang, own: { labels?: (node: GraphNode) => string | undefined; classes?: (id: string) => string } = {}): ElementDefinition[] {
  return new ElementMapper().elements({ nodes, edges, lang, ...own });
}
