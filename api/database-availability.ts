import { DatabaseUnavailableError, type Graph } from '../graph/driver.ts';

/** Time between two probes of a database that is down, so waiting clients are not told more often. */
export const PROBE_INTERVAL_MS = 200;
const PROBE_TIMEOUT_MS = 2_000;

export interface Availability {
  /** True from a read (or health check) that found Neo4j unavailable until the next one that got an answer. */
  down(): boolean;
  /**
   * Whether Neo4j answers a probe that starts after this call (true: it is back). Callers that
   * arrive before the probe starts share it, so a thousand waiting requests cost one query.
   */
  nextProbe(): Promise<boolean>;
}

export interface TrackedGraph extends Availability {
  /** The same graph; its reads report how they ended. */
  graph: Graph;
}

/**
 * What the API's own reads have seen of Neo4j lately. The request queue uses it: while Neo4j is
 * down a request is answered by the next probe, never by a failure seen before it arrived, so no
 * request sent after Neo4j is back is told it is down, and none waits long to hear that it is.
 */
export function trackAvailability(graph: Graph, intervalMs = PROBE_INTERVAL_MS): TrackedGraph {
  let down = false;
  let lastProbeAt = 0;
  let waiting: Promise<boolean> | null = null;
  const observe = <T>(work: Promise<T>): Promise<T> =>
    work.then(
      (value) => {
        down = false;
        return value;
      },
      (err: unknown) => {
        if (err instanceof DatabaseUnavailableError) down = true;
        throw err;
      },
    );
  const tracked: Graph = {
    ...graph,
    read: (cypher, params, opts) => observe(graph.read(cypher, params, opts)),
    readTx: (work, opts) => observe(graph.readTx(work, opts)),
    verify: () => observe(graph.verify()),
  };
  const probe = async (): Promise<boolean> => {
    await new Promise((r) => setTimeout(r, Math.max(0, lastProbeAt + intervalMs - Date.now())));
    // From here on, callers wait for the probe after this one: this one may have begun before they came.
    waiting = null;
    lastProbeAt = Date.now();
    return tracked.read('RETURN 1 AS up', {}, { timeoutMs: PROBE_TIMEOUT_MS }).then(
      () => true,
      () => false,
    );
  };
  return {
    graph: tracked,
    down: () => down,
    nextProbe: () => (waiting ??= probe()),
  };
}
