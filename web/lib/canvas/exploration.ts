// An exploration as plain data: what the user put on the canvas and how it is filtered.
// Everything drawn is derived from it (derive-graph.ts), so it is what the URL stores and what
// undo restores. Every operation returns a new state.

export const LAYOUT_NAMES = ['fcose', 'dagre', 'concentric'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Expanding a node brings at most this many neighbours unless the user asks for more. */
export const DEFAULT_EXPAND_LIMIT = 150;
export const MAX_EXPAND_LIMIT = 2000;
export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS = 6;
/** Paths shown unless the user asks for more, and the most the API gives. */
export const DEFAULT_PATH_LIMIT = 10;
export const MAX_PATH_LIMIT = 100;

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
  /** Most paths shown, shortest first. */
  limit: number;
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

export interface Exploration {
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

export const EMPTY_EXPLORATION: Exploration = {
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
export function addNodes(exploration: Exploration, ids: readonly string[], opts: { select?: boolean } = {}): Exploration {
  if (ids.length === 0) return exploration;
  return {
    ...exploration,
    nodes: union(exploration.nodes, ids),
    removed: without(exploration.removed, ids),
    selected: opts.select === false ? exploration.selected : (ids[ids.length - 1] ?? exploration.selected),
  };
}

/** Adds an expansion; expanding again with the same types only raises its limit. */
export function expand(exploration: Exploration, e: { id: string; types?: readonly string[] | null; limit?: number }): Exploration {
  const types = e.types && e.types.length > 0 ? [...e.types].sort() : null;
  const limit = Math.min(Math.max(1, e.limit ?? DEFAULT_EXPAND_LIMIT), MAX_EXPAND_LIMIT);
  const existing = exploration.expansions.find((x) => x.id === e.id && sameTypes(x.types, types));
  if (existing && existing.limit >= limit) return { ...exploration, removed: without(exploration.removed, [e.id]) };
  const expansions = existing
    ? exploration.expansions.map((x) => (x === existing ? { ...x, limit } : x))
    : [...exploration.expansions, { id: e.id, types, limit }];
  return { ...exploration, expansions, removed: without(exploration.removed, [e.id]) };
}

/** Undoes every expansion of the node; what only they brought leaves the canvas. */
export function collapse(exploration: Exploration, id: string): Exploration {
  return { ...exploration, expansions: exploration.expansions.filter((x) => x.id !== id) };
}

export function removeNodes(exploration: Exploration, ids: readonly string[]): Exploration {
  if (ids.length === 0) return exploration;
  return {
    ...exploration,
    nodes: without(exploration.nodes, ids),
    removed: union(exploration.removed, ids),
    pinned: exploration.pinned.filter((p) => !ids.includes(p.id)),
    selected: exploration.selected && ids.includes(exploration.selected) ? null : exploration.selected,
    path: exploration.path && (ids.includes(exploration.path.from) || ids.includes(exploration.path.to)) ? null : exploration.path,
  };
}

export function pin(exploration: Exploration, pins: readonly Pin[]): Exploration {
  const ids = pins.map((p) => p.id);
  return { ...exploration, pinned: [...exploration.pinned.filter((p) => !ids.includes(p.id)), ...pins] };
}

export function unpin(exploration: Exploration, ids: readonly string[]): Exploration {
  return { ...exploration, pinned: exploration.pinned.filter((p) => !ids.includes(p.id)) };
}

export function setPath(exploration: Exploration, path: { from: string; to: string; maxHops?: number; limit?: number } | null): Exploration {
  if (!path) return { ...exploration, path: null };
  const maxHops = Math.min(Math.max(1, path.maxHops ?? DEFAULT_MAX_HOPS), MAX_HOPS);
  const limit = Math.min(Math.max(1, path.limit ?? DEFAULT_PATH_LIMIT), MAX_PATH_LIMIT);
  return { ...exploration, path: { from: path.from, to: path.to, maxHops, limit } };
}

export function setFilters(exploration: Exploration, patch: Partial<Filters>): Exploration {
  return { ...exploration, filters: { ...exploration.filters, ...patch } };
}

/** Shows or hides one value of a list filter (kinds, edge types, transaction kinds). */
export function toggleHidden(exploration: Exploration, list: 'hiddenKinds' | 'hiddenEdgeTypes' | 'hiddenTxKinds', value: string): Exploration {
  const current = exploration.filters[list];
  const next = current.includes(value) ? current.filter((x) => x !== value) : [...current, value];
  return setFilters(exploration, { [list]: next });
}

export function setAsOf(exploration: Exploration, asOf: string | null): Exploration {
  return { ...exploration, asOf };
}

export function setLayout(exploration: Exploration, layout: LayoutName): Exploration {
  return { ...exploration, layout };
}

export function select(exploration: Exploration, id: string | null): Exploration {
  return exploration.selected === id ? exploration : { ...exploration, selected: id };
}

/** Drops expansions whose node is no longer on the canvas (after a collapse), so nothing comes back unasked. */
export function keepExpansions(exploration: Exploration, anchored: readonly Expansion[]): Exploration {
  if (anchored.length === exploration.expansions.length) return exploration;
  return { ...exploration, expansions: exploration.expansions.filter((x) => anchored.includes(x)) };
}

export function isEmptyExploration(exploration: Exploration): boolean {
  return exploration.nodes.length === 0 && exploration.expansions.length === 0 && exploration.path === null;
}
