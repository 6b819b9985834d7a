import type { ElementDefinition } from 'cytoscape';
import { asApiError, isAbort, type ApiError } from '$lib/api/api-error.ts';
import { fetchGraphParts, partKey, type GraphPartResult } from '$lib/api/queries.ts';
import type { GraphEdge, GraphNode } from '$lib/api/fragments.ts';
import type { CanvasController, LayoutRequest, LayoutStatus } from '$lib/components/graph-canvas/graph-canvas.svelte.ts';
import { deriveGraph, partsFor, type DerivedGraph } from '$lib/canvas/derive-graph.ts';
import { linkParts } from '$lib/canvas/link-parts.ts';
import { visibleGraph } from '$lib/canvas/filters.ts';
import { ElementMapper, type Lang } from '$lib/canvas/to-elements.ts';
import {
  addNodes,
  collapse,
  EMPTY_EXPLORATION,
  expand,
  isEmptyExploration,
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
  type Exploration,
} from '$lib/canvas/exploration.ts';

const UNDO_DEPTH = 50;
/** An expansion's part key less its date (partKey ends with it). */
const undated = (key: string): string => key.slice(0, key.lastIndexOf('|'));

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
 * The explorer's state: the exploration (what the URL stores), the answers fetched for it, and what
 * the canvas draws, derived from both. Fetches only the parts it has not seen yet, one request
 * for all of them, and asks the canvas for a layout once they are in.
 */
export class Explorer {
  exploration = $state.raw<Exploration>(EMPTY_EXPLORATION);
  undoStack = $state.raw<Exploration[]>([]);
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
  /** Relationships between nodes that came by different parts, by links request. */
  #links = new Map<string, readonly GraphEdge[]>();
  /** Nodes whose relationships to the rest of the canvas were asked for (or are being asked). */
  #linked = new Set<string>();
  #failed = new Map<string, ApiError>();
  #version = $state(0);
  #mapper = new ElementMapper();
  #wish: LayoutWish | null = null;
  #inflight: AbortController | null = null;
  #prune = false;
  #fitWhenDrawn = false;

  /** Each expansion's latest answer whatever its date, by its key less the date. */
  #latestExpansion = new Map<string, GraphPartResult>();

  /**
   * An answer, or while a new date's answer is on its way the expansion's answer for the date
   * before (filtered to the new date when drawn): a replay steps from one picture to the next
   * instead of dropping to the bare nodes between them.
   */
  #answer = (key: string): GraphPartResult | undefined =>
    this.#results.get(key) ?? (key.startsWith('expand|') && !this.#failed.has(key) ? this.#latestExpansion.get(undated(key)) : undefined);

  graph: DerivedGraph = $derived.by(() => {
    void this.#version;
    return deriveGraph(this.exploration, this.#answer, this.#links.values());
  });

  visible: { nodes: GraphNode[]; edges: GraphEdge[] } = $derived.by(() => {
    const keep = new Set<string>();
    if (this.exploration.selected) keep.add(this.exploration.selected);
    if (this.exploration.path) keep.add(this.exploration.path.from).add(this.exploration.path.to);
    return visibleGraph({ nodes: this.graph.nodes.values(), edges: this.graph.edges.values(), filters: this.exploration.filters, asOf: this.exploration.asOf, keep });
  });

  /** The paths found that the date and the filters leave whole: the others are not drawn, so not listed. */
  paths: { nodeIds: string[]; edgeIds: string[] }[] = $derived.by(() => {
    const list = this.graph.path?.list ?? [];
    const nodes = new Set(this.visible.nodes.map((n) => n.id));
    const edges = new Set(this.visible.edges.map((e) => e.id));
    return list.filter((p) => p.nodeIds.every((id) => nodes.has(id)) && p.edgeIds.every((id) => edges.has(id)));
  });

  /** One path of the list shown alone (its index in `paths`), or null for all of them. */
  pathShown = $state<number | null>(null);

  elements: ElementDefinition[] = $derived.by(() => {
    const seeds = new Set(this.exploration.nodes);
    const pinned = new Set(this.exploration.pinned.map((p) => p.id));
    const { expanded } = this.graph;
    const shown = this.pathShown === null ? this.paths : this.paths.slice(this.pathShown, this.pathShown + 1);
    const highlight = shown.length > 0 ? { nodeIds: new Set(shown.flatMap((p) => p.nodeIds)), edgeIds: new Set(shown.flatMap((p) => p.edgeIds)) } : null;
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

  apply(next: Exploration, opts: ApplyOptions = {}): void {
    if (next === this.exploration) return;
    if (opts.undoable ?? true) this.undoStack = [...this.undoStack, this.exploration].slice(-UNDO_DEPTH);
    this.exploration = next;
    if (opts.prune) this.#prune = true;
    const layout = opts.layout ?? 'none';
    if (layout !== 'none') this.#wish = { incremental: layout === 'incremental', fit: layout === 'full' || opts.focus === undefined, focus: opts.focus ?? null };
    void this.sync();
  }

  /** Adopts an exploration from the address bar (first load, back/forward, a pasted link). */
  adopt(next: Exploration): void {
    const first = isEmptyExploration(this.exploration);
    this.selection = next.selected ? [next.selected] : [];
    this.apply(next, { undoable: !first, layout: first ? 'full' : 'incremental' });
  }

  /** Steps back, and fits what is left in view (what was undone may have held the view's middle). */
  undo(): void {
    const prev = this.undoStack.at(-1);
    if (!prev) return;
    this.undoStack = this.undoStack.slice(0, -1);
    this.selection = prev.selected ? [prev.selected] : [];
    this.apply(prev, { undoable: false });
    this.#fitWhenDrawn = true;
  }

  open(id: string): void {
    this.selection = [id];
    this.apply(addNodes(this.exploration, [id]), { layout: 'incremental', focus: id });
    this.canvas?.focus(id);
  }

  expand(id: string, types: readonly string[] | null = null, limit?: number): void {
    this.apply(expand(this.exploration, { id, types, limit }), { layout: 'incremental' });
  }

  collapse(id: string): void {
    this.apply(collapse(this.exploration, id), { prune: true });
  }

  remove(ids: readonly string[]): void {
    const nodeIds = ids.filter((id) => this.graph.nodes.has(id));
    this.selection = this.selection.filter((id) => !nodeIds.includes(id));
    this.apply(removeNodes(this.exploration, nodeIds));
  }

  togglePin(ids: readonly string[]): void {
    const nodeIds = ids.filter((id) => this.graph.nodes.has(id));
    const pinned = new Set(this.exploration.pinned.map((p) => p.id));
    if (nodeIds.every((id) => pinned.has(id))) this.apply(unpin(this.exploration, nodeIds));
    else if (this.canvas) this.apply(pin(this.exploration, this.canvas.positions(nodeIds.filter((id) => !pinned.has(id)))));
  }

  isPinned(id: string): boolean {
    return this.exploration.pinned.some((p) => p.id === id);
  }

  findPath(from: string, to: string): void {
    this.pathStart = null;
    this.pathShown = null;
    this.apply(setPath(this.exploration, { from, to }), { layout: 'incremental' });
  }

  /** The same ends, more paths (`limit`) or longer ones (`maxHops`). */
  widenPath(change: { limit?: number; maxHops?: number }): void {
    const path = this.exploration.path;
    if (path) this.apply(setPath(this.exploration, { ...path, ...change }), { layout: 'incremental' });
  }

  /** A node clicked or tapped on the canvas, even one already selected: the end of a path being picked. */
  tapNode(id: string): void {
    if (this.pathStart && id !== this.pathStart && this.graph.nodes.has(id)) {
      this.selection = [this.pathStart, id];
      this.exploration = select(this.exploration, id);
      this.findPath(this.pathStart, id);
    }
  }

  clearPath(): void {
    this.pathShown = null;
    this.apply(setPath(this.exploration, null), { prune: true });
  }

  setLayout(name: LayoutName): void {
    this.apply(setLayout(this.exploration, name), { layout: 'full' });
  }

  relayout(): void {
    this.#wish = { incremental: false, fit: true };
    this.#requestLayout();
  }

  setFilters(patch: Partial<Filters>): void {
    this.apply(setFilters(this.exploration, patch));
  }

  toggle(list: 'hiddenKinds' | 'hiddenEdgeTypes' | 'hiddenTxKinds', value: string): void {
    this.apply(toggleHidden(this.exploration, list, value));
  }

  /** Not undoable: the slider sends many values while it moves. */
  setAsOf(asOf: string | null): void {
    this.apply(setAsOf(this.exploration, asOf), { undoable: false });
  }

  /** The canvas's selection; the last one picked is the one the detail panel shows. */
  selectFromCanvas(ids: string[]): void {
    this.selection = ids;
    const last = ids.includes(this.exploration.selected ?? '') && ids.length > 1 ? this.exploration.selected : (ids.at(-1) ?? null);
    this.exploration = select(this.exploration, last);
  }

  /** Selection made outside the canvas (list, panel links). */
  selectOnly(id: string | null): void {
    this.selection = id ? [id] : [];
    this.exploration = select(this.exploration, id);
  }

  clear(): void {
    this.selection = [];
    this.apply({ ...EMPTY_EXPLORATION, layout: this.exploration.layout, filters: this.exploration.filters, asOf: this.exploration.asOf });
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

  /**
   * Fetches what the exploration needs and has not been fetched, then how the nodes new on the
   * canvas link to each other and to what it showed (an entity from search, or an expansion's
   * nodes, arrive with their relationships to the rest); a newer call replaces an older one. The
   * canvas gets both at once, so a newcomer is placed beside what it links to.
   */
  async sync(): Promise<void> {
    const missing = partsFor(this.exploration).filter((p) => {
      const key = partKey(p);
      return !this.#results.has(key) && !this.#failed.has(key);
    });
    if (missing.length === 0 && [...this.graph.nodes.keys()].every((id) => this.#linked.has(id))) {
      this.#settle();
      return;
    }
    this.#inflight?.abort();
    const mine = new AbortController();
    this.#inflight = mine;
    this.pending++;
    try {
      if (missing.length > 0) {
        const { results, failed } = await fetchGraphParts({ parts: missing, signal: mine.signal });
        for (const [key, r] of results) {
          this.#results.set(key, r);
          if (r.kind === 'expand') this.#latestExpansion.set(undated(key), r);
        }
        for (const [key, err] of failed) this.#failed.set(key, asApiError(err));
        this.error = failed.size > 0 ? asApiError([...failed.values()][0]) : null;
      }
      await this.#fetchLinks(mine.signal);
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

  /**
   * Asks how the nodes not yet linked relate to every other node of the canvas. A failure leaves
   * the canvas as it is, says so, and is asked again with the next change or "Try again".
   */
  async #fetchLinks(signal: AbortSignal): Promise<void> {
    const ids = [...deriveGraph(this.exploration, (key) => this.#results.get(key), this.#links.values()).nodes.keys()];
    const fresh = ids.filter((id) => !this.#linked.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.#linked.add(id);
    if (ids.length < 2) return;
    const settled = ids.filter((id) => this.#linked.has(id) && !fresh.includes(id));
    try {
      // One request each: the web server takes at most 64 kB of body, which 2 000 ids fill.
      for (const part of linkParts(fresh, settled)) {
        const { results, failed } = await fetchGraphParts({ parts: [part], signal });
        for (const [key, r] of results) if (r.kind === 'links') this.#links.set(key, r.graph.edges);
        const err = failed.values().next().value;
        if (err) throw err;
      }
    } catch (err) {
      if (isAbort(err)) throw err;
      for (const id of fresh) this.#linked.delete(id);
      this.error = asApiError(err);
    }
  }

  #settle(): void {
    if (this.#fitWhenDrawn) {
      this.#fitWhenDrawn = false;
      // After the canvas has drawn the change (its effect runs before the next frame).
      requestAnimationFrame(() => this.canvas?.fit());
    }
    // Only after a collapse: a date change also takes nodes away, but they come back with the
    // next date, and so must what was expanded from them.
    if (this.#prune) {
      this.#prune = false;
      const pruned = keepExpansions(this.exploration, this.graph.anchored);
      if (pruned !== this.exploration) this.exploration = pruned;
    }
    this.#requestLayout();
  }

  #requestLayout(): void {
    const wish = this.#wish;
    if (!wish) return;
    this.#wish = null;
    // Busy from the request on, not only once the canvas starts: nothing in between looks idle.
    this.layoutStatus = { running: true, nodes: this.visible.nodes.length, note: null };
    this.layoutRequest = { seq: this.layoutRequest.seq + 1, name: this.exploration.layout, incremental: wish.incremental, fit: wish.fit, focus: wish.focus ?? null };
  }
}
