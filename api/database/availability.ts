import { DatabaseUnavailableError, type Graph } from '../../graph/driver.ts';

/** Time between two probes of a database that is down, so waiting clients are not told more often. */
export const PROBE_INTERVAL_MS = 200;
/**
 * How long a probe may take before it counts as failed. A Neo4j that is stopping keeps its open
 * connections and answers each query after about a second (that it is unavailable); waiting for
 * that would double the time a client takes to hear it is down. A probe that answers later still
 * counts: once it succeeds, Neo4j is up.
 */
export const PROBE_ANSWER_MS = 500;
const PROBE_TIMEOUT_MS = 2_000;

export interface Availability {
  /** True from a read (or health check) that found Neo4j unavailable until the next one that got an answer. */
  down(): boolean;
  /**
   * Whether Neo4j answers a probe that starts after this call (true: it is back), within
   * PROBE_ANSWER_MS of its start. Callers that arrive before the probe starts share it, so a
   * thousand waiting requests cost one query.
   */
  nextProbe(): Promise<boolean>;
  /** Calls `listener` each time Neo4j is found down after it was up. */
  onDown(listener: () => void): void;
  /** Calls `listener` each time Neo4j answers again after it was found down. */
  onBack(listener: () => void): void;
}

export interface TrackedGraph extends Availability {
  /** The same graph; its reads report how they ended, and wait for a probe while Neo4j is down. */
  graph: Graph;
}

const unavailable = () => new DatabaseUnavailableError('Neo4j is down (found by another read, or by the last probe)');

/**
 * What the API's own reads have seen of Neo4j lately. The request queue uses it: while Neo4j is
 * down a request is answered by the next probe, never by a failure seen before it arrived, so no
 * request sent after Neo4j is back is told it is down, and none waits long to hear that it is.
 *
 * Reads go by the same rule: one that starts while Neo4j is down waits for the next probe, and one
 * under way when another finds Neo4j down is given up at once (its session closes in the
 * background) rather than retried on a server that is gone: a request with several reads hears
 * within a probe, not after each read's own attempts.
 */
export function trackAvailability(graph: Graph, intervalMs = PROBE_INTERVAL_MS): TrackedGraph {
  let down = false;
  let lastProbeAt = 0;
  let waiting: Promise<boolean> | null = null;
  const listeners = { down: [] as (() => void)[], back: [] as (() => void)[] };
  // Settles (rejected) when Neo4j is next found down: what reads under way race against.
  let foundDown!: Promise<never>;
  let reject!: (err: Error) => void;
  const armFoundDown = () => {
    foundDown = new Promise<never>((_, r) => (reject = r));
    foundDown.catch(() => {});
  };
  armFoundDown();
  const markDown = () => {
    if (down) return;
    down = true;
    reject(unavailable());
    armFoundDown();
    for (const l of listeners.down) l();
  };
  const observe = <T>(work: Promise<T>): Promise<T> =>
    work.then(
      (value) => {
        if (down) {
          down = false;
          for (const l of listeners.back) l();
        }
        return value;
      },
      (err: unknown) => {
        if (err instanceof DatabaseUnavailableError) markDown();
        throw err;
      },
    );
  const probe = async (): Promise<boolean> => {
    await new Promise((r) => setTimeout(r, Math.max(0, lastProbeAt + intervalMs - Date.now())));
    // From here on, callers wait for the probe after this one: this one may have begun before they came.
    waiting = null;
    lastProbeAt = Date.now();
    const answer = observe(graph.read('RETURN 1 AS up', {}, { timeoutMs: PROBE_TIMEOUT_MS, once: true })).then(
      () => true,
      () => false,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), PROBE_ANSWER_MS)));
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  };
  const nextProbe = () => (waiting ??= probe());
  const guarded = async <T>(start: () => Promise<T>): Promise<T> => {
    if (down && !(await nextProbe())) throw unavailable();
    return Promise.race([observe(start()), foundDown]);
  };
  const tracked: Graph = {
    ...graph,
    read: (cypher, params, opts) => guarded(() => graph.read(cypher, params, opts)),
    readTx: (work, opts) => guarded(() => graph.readTx(work, opts)),
    verify: () => observe(graph.verify()),
  };
  return {
    graph: tracked,
    down: () => down,
    nextProbe,
    onDown: (listener) => void listeners.down.push(listener),
    onBack: (listener) => void listeners.back.push(listener),
  };
}
