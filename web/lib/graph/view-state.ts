// The explorer's view as plain data: what the user put on the canvas and how it is filtered.
// Everything drawn is derived from it (derive-graph.ts), so it is what the URL stores and what
// undo restores. Every operation returns a new state.

export const LAYOUT_NAMES = ['fcose', 'dagre', 'concentric'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Expanding a node brings at most this many neighbours unless the user asks for more. */
export const DEFAULT_EXPAND_LIMIT = 150;
export const MAX_EXPAND_LIMIT = 2000;
export const DEFAULT_MAX_HOPS = 4;

export interface Expansion {
  id: string;
  /** Relationship types followed; null: all of them. */
  types: string[] | null;
  limit: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
}

export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface Filters {
  hiddenKinds: string[];
  hiddenEdgeTypes: string[];
  hiddenTxKinds: string[];
  /** CNY; transactions without an amount are never hidden by the amount range. */
  minAmount: number | null;
  maxAmount: number | null;
}

export interface ViewState {
  /** Entities put on the canvas one by one (search, links in the detail panel). */
  nodes: string[];
  expansions: Expansion[];
  removed: string[];
  pinned: Pin[];
  path: PathQuery | null;
  filters: Filters;
  /** YYYY-MM-DD, or null for "today, with all history". */
  asOf: string | null;
  layout: LayoutName;
  selected: string | null;
}

export const EMPTY_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenEdgeTypes: [],
  hiddenTxKinds: [],
  minAmount: null,
  maxAmount: null,
};

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  expansions: [],
  removed: [],
  pinned: [],
  path: null,
  filters: EMPTY_FILTERS,
  asOf: null,
  layout: 'fcose',
  selected: null,
};

const without = (list: readonly string[], ids: readonly string[]): string[] => list.filter((x) => !ids.includes(x));
const union = (list: readonly string[], ids: readonly string[]): string[] => [...list, ...ids.filter((x, i) => !list.includes(x) && ids.indexOf(x) === i)];

export function sameTypes(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Puts entities on the canvas (again, if they had been removed) and selects the last one. */
export function addNodes(view: ViewState, ids: readonly string[], opts: { select?: boolean } = {}): ViewState {
  if (ids.length === 0) return view;
  return {
    ...view,
    nodes: union(view.nodes, ids),
    removed: without(view.removed, ids),
    selected: opts.select === false ? view.selected : (ids[ids.length - 1] ?? view.selected),
  };
}

/** Adds an expansion; expanding again with the same types only raises its limit. */
export function expand(view: ViewState, e: { id: string; types?: readonly string[] | null; limit?: number }): ViewState {
  const types = e.types && e.types.length > 0 ? [...e.types].sort() : null;
  const limit = Math.min(Math.max(1, e.limit ?? DEFAULT_EXPAND_LIMIT), MAX_EXPAND_LIMIT);
  const existing = view.expansions.find((x) => x.id === e.id && sameTypes(x.types, types));
  if (existing && existing.limit >= limit) return { ...view, removed: without(view.removed, [e.id]) };
  const expansions = existing
    ? view.expansions.map((x) => (x === existing ? { ...x, limit } : x))
    : [...view.expansions, { id: e.id, types, limit }];
  return { ...view, expansions, removed: without(view.removed, [e.id]) };
}

/** Undoes every expansion of the node; what only they brought leaves the canvas. */
export function collapse(view: ViewState, id: string): ViewState {
  return { ...view, expansions: view.expansions.filter((x) => x.id !== id) };
}

export function removeNodes(view: ViewState, ids: readonly string[]): ViewState {
  if (ids.length === 0) return view;
  return {
    ...view,
    nodes: without(view.nodes, ids),
    removed: union(view.removed, ids),
    pinned: view.pinned.filter((p) => !ids.includes(p.id)),
    selected: view.selected && ids.includes(view.selected) ? null : view.selected,
    path: view.path && (ids.includes(view.path.from) || ids.includes(view.path.to)) ? null : view.path,
  };
}

export function pin(view: ViewState, pins: readonly Pin[]): ViewState {
  const ids = pins.map((p) => p.id);
  return { ...view, pinned: [...view.pinned.filter((p) => !ids.includes(p.id)), ...pins] };
}

export function unpin(view: ViewState, ids: readonly string[]): ViewState {
  return { ...view, pinned: view.pinned.filter((p) => !ids.includes(p.id)) };
}

export function setPath(view: ViewState, path: { from: string; to: string; maxHops?: number } | null): ViewState {
  return { ...view, path: path ? { from: path.from, to: path.to, maxHops: path.maxHops ?? DEFAULT_MAX_HOPS } : null };
}

export function setFilters(view: ViewState, patch: Partial<Filters>): ViewState {
  return { ...view, filters: { ...view.filters, ...patch } };
}

/** Shows or hides one value of a list filter (kinds, edge types, transaction kinds). */
export function toggleHidden(view: ViewState, list: 'hiddenKinds' | 'hiddenEdgeTypes' | 'hiddenTxKinds', value: string): ViewState {
  const current = view.filters[list];
  const next = current.includes(value) ? current.filter((x) => x !== value) : [...current, value];
  return setFilters(view, { [list]: next });
}

export function setAsOf(view: ViewState, asOf: string | null): ViewState {
  return { ...view, asOf };
}

export function setLayout(view: ViewState, layout: LayoutName): ViewState {
  return { ...view, layout };
}

export function select(view: ViewState, id: string | null): ViewState {
  return view.selected === id ? view : { ...view, selected: id };
}

/** Drops expansions whose node is no longer on the canvas (after a collapse), so nothing comes back unasked. */
export function keepExpansions(view: ViewState, anchored: readonly Expansion[]): ViewState {
  if (anchored.length === view.expansions.length) return view;
  return { ...view, expansions: view.expansions.filter((x) => anchored.includes(x)) };
}

export function isEmptyView(view: ViewState): boolean {
  return view.nodes.length === 0 && view.expansions.length === 0 && view.path === null;
}
