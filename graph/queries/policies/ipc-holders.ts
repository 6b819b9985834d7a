import type { Graph } from '../../driver.ts';
import { loadPolicyCypher } from './fragments.ts';

const IPC_HOLDINGS = loadPolicyCypher('ipc-holdings.cypher');

/** A holding span [from, until) as YYYY-MM-DD strings; null is open on that side. */
export type Span = [string | null, string | null];

export interface IpcHolder {
  id: string;
  kind: string | null;
  region: string;
  industry: string | null;
  /** Disjoint and sorted: the days on which the organization holds a patent under the prefix. */
  spans: Span[];
}

export interface IpcHolders {
  list: IpcHolder[];
  byId: Map<string, IpcHolder>;
}

/** Joins overlapping or touching spans, so a holder with thousands of patents keeps a few spans. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a[0] === b[0] ? 0 : a[0] === null ? -1 : b[0] === null ? 1 : a[0] < b[0] ? -1 : 1));
  const out: Span[] = [];
  for (const [from, until] of sorted) {
    const last = out.at(-1);
    // Touching spans merge too: [a, b) and [b, c) cover every day of [a, c).
    if (last && (last[1] === null || from === null || from <= last[1])) {
      if (last[1] !== null && (until === null || until > last[1])) last[1] = until;
    } else out.push([from, until]);
  }
  return out;
}

/** The HOLDS rule on spans: from <= asOf < until, a missing bound being open. */
export const holdsOn = (spans: Span[], asOf: string): boolean =>
  spans.some(([from, until]) => (from === null || from <= asOf) && (until === null || asOf < until));

interface Cache {
  token: string;
  byPrefix: Map<string, Promise<IpcHolders>>;
}

// Holdings change only with an import: per Graph, the holders of each prefix are read once per
// import token; a date is then answered from their spans.
const caches = new WeakMap<Graph, Cache>();

/** How long reading one prefix's holders may take (a broad prefix reaches many patents). */
const LOAD_TIMEOUT_MS = 120_000;

export function ipcHolders(graph: Graph, token: string, prefix: string): Promise<IpcHolders> {
  let cache = caches.get(graph);
  if (!cache || cache.token !== token) {
    cache = { token, byPrefix: new Map() };
    caches.set(graph, cache);
  }
  let holders = cache.byPrefix.get(prefix);
  if (!holders) {
    const byPrefix = cache.byPrefix;
    holders = graph
      .read<Omit<IpcHolder, 'spans'> & { spans: Span[] }>(IPC_HOLDINGS, { prefix }, { timeoutMs: LOAD_TIMEOUT_MS })
      .then((rows) => {
        const list = rows.map((r) => ({ ...r, spans: mergeSpans(r.spans) }));
        return { list, byId: new Map(list.map((h) => [h.id, h])) };
      });
    // A failed read is not kept: the next request tries again.
    holders.catch(() => byPrefix.delete(prefix));
    byPrefix.set(prefix, holders);
  }
  return holders;
}
