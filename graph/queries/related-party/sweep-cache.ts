import type { Graph } from '../../driver.ts';
import { sweepChains, type Detection, type SweepOptions } from './monitor.ts';
import type { Thresholds } from './thresholds.ts';

// A whole-graph sweep takes seconds to a minute on a large graph; the API serves later pages and
// filters from the last sweep for `ttlMs`, and concurrent requests share one running sweep.

const DEFAULT_TTL_MS = 5 * 60_000;

interface Entry {
  at: number;
  detection: Promise<Detection>;
}

const entries = new WeakMap<Graph, Entry>();

export function cachedSweep(graph: Graph, t: Thresholds, o: SweepOptions & { ttlMs?: number } = {}): Promise<Detection> {
  const ttl = o.ttlMs ?? DEFAULT_TTL_MS;
  const known = entries.get(graph);
  if (known && Date.now() - known.at < ttl) return known.detection;
  const entry: Entry = { at: Date.now(), detection: sweepChains(graph, t, o) };
  entries.set(graph, entry);
  entry.detection.catch(() => {
    if (entries.get(graph) === entry) entries.delete(graph);
  });
  return entry.detection;
}
