import type { ElementDefinition } from 'cytoscape';
import { asApiError, isAbort, type ApiError } from '../../lib/api/api-error.ts';
import { fetchGraphParts, partKey, type GraphPartResult } from '../../lib/api/queries.ts';
import type { GraphEdge, GraphNode } from '../../lib/api/fragments.ts';
import type { CanvasController, LayoutRequest, LayoutStatus } from '../../lib/components/graph-canvas/graph-canvas.svelte.ts';
import { deriveGraph, partsFor, type DerivedGraph } from '../../lib/graph/derive-graph.ts';
import { visibleGraph } from '../../lib/graph/filters.ts';
import { ElementMapper, type Lang } from '../../lib/graph/to-elements.ts';
import {
  addNodes,
  collapse,
  EMPTY_VIEW,
  expand,
  isEmptyView,
  keepExpansions,
  pin,
  removeNodes,
  select,
  setAsOf,
  setFilters,
  setLayout,
  setPath,
  toggleHidden,
  unpin,
  type Filters,
  type LayoutName,
  type ViewState,
} from '../../lib/graph/view-state.ts';

const UNDO_DEPTH = 50;

type LayoutWish = { incremental: boolean; fit: boolean; focus?: string | null };

export interface ApplyOptions {
  undoable?: boolean;
  /** Lay out once the data is in: afresh, from the current positions, or not at all. */
  layout?: 'full' | 'incremental' | 'none';
  focus?: string | null;
  /** After a collapse: expansions left without their node are dropped once everything is in. */
  prune?: boolean;
}

/**
 * The explorer's state: the view (what the URL stores), the answers fetched for it, and what
 * the canvas draws, derived from both. Fetches only the parts it has not seen yet, one request
 * for all of them, and asks the canvas for a layout once they are in.
 */
export class Explorer {
  view = $state.raw<ViewState>(EMPTY_VIEW);
  undoStack = $state.raw<ViewState[]>([]);
  /** What is selected on the canvas (several for path finding and exports). */
  selection = $state.raw<string[]>([]);
  pending = $state(0);
  error = $state.raw<ApiError | null>(null);
  layoutRequest = $state.raw<LayoutRequest>({ seq: 0, name: 'fcose', incremental: false, fit: true });
  layoutStatus = $state.raw<LayoutStatus | null>(null);
  lang = $state<Lang>('zh');
  canvas = $state.raw<CanvasController | null>(null);
  /** The first end of a path picked with "Path from here". */
  pathStart = $state<string | null>(null);

  #results = new Map<string, GraphPartResult>();
  #failed = new Map<string, ApiError>();
  #version = $state(0);
  #mapper = new ElementMapper();
  #wish: LayoutWish | null = null;
  #inflight: AbortController | null = null;
  #prune = false;

  graph: DerivedGraph = $derived.by(() => {
    void this.#version;
    return deriveGraph(this.view, (key) => this.#results.get(key));
  });

  visible: { nodes: GraphNode[]; edges: GraphEdge[] } = $derived.by(() => {
    const keep = new Set<string>();
    if (this.view.selected) keep.add(this.view.selected);
    if (this.view.path) keep.add(this.view.path.from).add(this.view.path.to);
    return visibleGraph({ nodes: this.graph.nodes.values(), edges: this.graph.edges.values(), filters: this.view.filters, asOf: this.view.asOf, keep });
  });

  elements: ElementDefinition[] = $derived.by(() => {
    const seeds = new Set(this.view.nodes);
    const pinned = new Set(this.view.pinned.map((p) => p.id));
    const { expanded, path } = this.graph;
    const highlight = path && path.found > 0 ? path : null;
    const classes = (id: string): string => {
      const c: string[] = [];
      if (seeds.has(id)) c.push('seed');
      if (expanded.has(id)) c.push('expanded');
      if (pinned.has(id)) c.push('pinned');
      if (highlight) c.push(highlight.nodeIds.has(id) || highlight.edgeIds.has(id) ? 'path' : 'faded');
      return c.join(' ');
    };
    return this.#mapper.elements({ nodes: this.visible.nodes, edges: this.visible.edges, lang: this.lang, classes });
  });

  get loading(): boolean {
    return this.pending > 0;
  }

  /** Node id → node, for panels and exports. */
  node(id: string): GraphNode | undefined {
    return this.graph.nodes.get(id);
  }

  edge(id: string): GraphEdge | undefined {
    return this.graph.edges.get(id);
  }

  apply(next: ViewState, opts: ApplyOptions = {}): void {
    if (next === this.view) return;
    if (opts.undoable ?? true) this.undoStack = [...this.undoStack, this.view].slice(-UNDO_DEPTH);
    this.view = next;
    if (opts.prune) this.#prune = true;
    const layout = opts.layout ?? 'none';
    if (layout !== 'none') this.#wish = { incremental: layout === 'incremental', fit: layout === 'full' || opts.focus === undefined, focus: opts.focus ?? null };
    void this.sync();
  }

  /** Adopts a view from the address bar (first load, back/forward, a pasted link). */
  adopt(next: ViewState): void {
    const first = isEmptyView(this.view);
    this.selection = next.selected ? [next.selected] : [];
    this.apply(next, { undoable: !first, layout: first ? 'full' : 'incremental' });
  }

  undo(): void {
    const prev = this.undoStack.at(-1);
    if (!prev) return;
    this.undoStack = this.undoStack.slice(0, -1);
    this.selection = prev.selected ? [prev.selected] : [];
    this.apply(prev, { undoable: false });
  }

  open(id: string): void {
    this.selection = [id];
    this.apply(addNodes(this.view, [id]), { layout: 'incremental', focus: id });
    this.canvas?.focus(id);
  }

  expand(id: string, types: readonly string[] | null = null, limit?: number): void {
    this.apply(expand(this.view, { id, types, limit }), { layout: 'incremental' });
  }

  collapse(id: string): void {
    this.apply(collapse(this.view, id), { prune: true });
  }

  remove(ids: readonly string[]): void {
    const nodeIds = ids.filter((id) => this.graph.nodes.has(id));
    this.selection = this.selection.filter((id) => !nodeIds.includes(id));
    this.apply(removeNodes(this.view, nodeIds));
  }

  togglePin(ids: readonly string[]): void {
    const nodeIds = ids.filter((id) => this.graph.nodes.has(id));
    const pinned = new Set(this.view.pinned.map((p) => p.id));
    if (nodeIds.every((id) => pinned.has(id))) this.apply(unpin(this.view, nodeIds));
    else if (this.canvas) this.apply(pin(this.view, this.canvas.positions(nodeIds.filter((id) => !pinned.has(id)))));
  }

  isPinned(id: string): boolean {
    return this.view.pinned.some((p) => p.id === id);
  }

  findPath(from: string, to: string): void {
    this.pathStart = null;
    this.apply(setPath(this.view, { from, to }), { layout: 'incremental' });
  }

  clearPath(): void {
    this.apply(setPath(this.view, null), { prune: true });
  }

  setLayout(name: LayoutName): void {
    this.apply(setLayout(this.view, name), { layout: 'full' });
  }

  relayout(): void {
    this.#wish = { incremental: false, fit: true };
    this.#requestLayout();
  }

  setFilters(patch: Partial<Filters>): void {
    this.apply(setFilters(this.view, patch));
  }

  toggle(list: 'hiddenKinds' | 'hiddenEdgeTypes' | 'hiddenTxKinds', value: string): void {
    this.apply(toggleHidden(this.view, list, value));
  }

  /** Not undoable: the slider sends many values while it moves. */
  setAsOf(asOf: string | null): void {
    this.apply(setAsOf(this.view, asOf), { undoable: false });
  }

  /** The canvas's selection; the last one picked is the one the detail panel shows. */
  selectFromCanvas(ids: string[]): void {
    this.selection = ids;
    const last = ids.includes(this.view.selected ?? '') && ids.length > 1 ? this.view.selected : (ids.at(-1) ?? null);
    this.view = select(this.view, last);
  }

  /** Selection made outside the canvas (list, panel links). */
  selectOnly(id: string | null): void {
    this.selection = id ? [id] : [];
    this.view = select(this.view, id);
  }

  clear(): void {
    this.selection = [];
    this.apply({ ...EMPTY_VIEW, layout: this.view.layout, filters: this.view.filters, asOf: this.view.asOf });
  }

  retry(): void {
    this.#failed.clear();
    this.error = null;
    void this.sync();
  }

  dismissError(): void {
    this.error = null;
  }

  onLayoutStatus(status: LayoutStatus): void {
    this.layoutStatus = status;
  }

  /** Fetches what the view needs and has not been fetched; a newer call replaces an older one. */
  async sync(): Promise<void> {
    const missing = partsFor(this.view).filter((p) => {
      const key = partKey(p);
      return !this.#results.has(key) && !this.#failed.has(key);
    });
    if (missing.length === 0) {
      this.#settle();
      return;
    }
    this.#inflight?.abort();
    const mine = new AbortController();
    this.#inflight = mine;
    this.pending++;
    try {
      const { results, failed } = await fetchGraphParts({ parts: missing, signal: mine.signal });
      for (const [key, r] of results) this.#results.set(key, r);
      for (const [key, err] of failed) this.#failed.set(key, asApiError(err));
      this.error = failed.size > 0 ? asApiError([...failed.values()][0]) : null;
      this.#version++;
      if (this.#inflight === mine) this.#settle();
    } catch (err) {
      if (isAbort(err)) return;
      this.error = asApiError(err);
      for (const p of missing) this.#failed.set(partKey(p), this.error);
    } finally {
      this.pending--;
      if (this.#inflight === mine) this.#inflight = null;
    }
  }

  #settle(): void {
    // Only after a collapse: a date change also takes nodes away, but they come back with the
    // next date, and so must what was expanded from them.
    if (this.#prune) {
      this.#prune = false;
      const pruned = keepExpansions(this.view, this.graph.anchored);
      if (pruned !== this.view) this.view = pruned;
    }
    this.#requestLayout();
  }

  #requestLayout(): void {
    const wish = this.#wish;
    if (!wish) return;
    this.#wish = null;
    // Busy from the request on, not only once the canvas starts: nothing in between looks idle.
    this.layoutStatus = { running: true, nodes: this.visible.nodes.length, note: null };
    this.layoutRequest = { seq: this.layoutRequest.seq + 1, name: this.view.layout, incremental: wish.incremental, fit: wish.fit, focus: wish.focus ?? null };
  }
}
