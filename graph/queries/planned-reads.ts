import { QueryTimeoutError, type Graph, type PlainRun, type QueryOptions } from '../driver.ts';
import { isPlanned, planOnce } from './plan-first.ts';

// Neo4j plans a statement again for each transaction that meets it uncached: after a restart, the
// first requests of one job page each plan the same long statements side by side (four licensee
// requests at once took 11 s each and all ran out of time, where one alone took 5 s), and a
// statement that runs out of time while being planned is not cached, so the next ones start over.
// Here every statement a request reads is planned once first (planOnce: concurrent callers share
// one EXPLAIN, outside their time limits), and only then run. Plans are made a few at a time, as
// planning takes a core; a caller may wait for one without holding its request's slot.

export interface PlanningOptions {
  /** Statements planned at once (each EXPLAIN takes a core while it plans). */
  plansAtOnce: number;
  /**
   * How long a read waits for its statements' plans in all, apart from its own time limit (the
   * shortest-paths search has 1 s, which a plan on a busy machine would spend).
   */
  planWaitMs: number;
  /** How a caller awaits a plan: the API gives its request's slot to the next one meanwhile. */
  whileWaiting?: <T>(plan: Promise<T>) => Promise<T>;
}

export interface PlanningGraph {
  /** The graph whose reads plan first. */
  graph: Graph;
  /**
   * Plans again every statement read so far, the most read first: for a Neo4j that has restarted
   * (plans forgotten), so that a request finds its statements planned rather than discovering
   * them one after another.
   */
  replanKnown(): void;
}

class Unplanned extends Error {}

/** `run` for at most `n` callers at once; the rest wait in order. */
function limited(n: number): <T>(run: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (run) => {
    if (active < n) active++;
    else await new Promise<void>((r) => waiting.push(r));
    try {
      return await run();
    } finally {
      // The freed place passes straight to the next in line.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * The same graph; each statement its reads run is planned once first. A read transaction that
 * meets an unplanned statement is rolled back, the statement planned, and the transaction run
 * again (its work may run again, as when the driver retries), so no transaction's time limit is
 * spent waiting for a plan. A read waits for its statements' plans up to `planWaitMs` in all:
 * past it the read is given up as TIMEOUT rather than planning a statement once more beside the
 * plan under way (the plan goes on for the next callers).
 */
export function planningFirst(graph: Graph, { plansAtOnce, planWaitMs, whileWaiting = (plan) => plan }: PlanningOptions): PlanningGraph {
  const limit = limited(plansAtOnce);
  const planner: Graph = { ...graph, read: (cypher, params, opts) => limit(() => graph.read(cypher, params, opts)) };
  // Each statement read so far: the parameters of its first read (plans are cached by their types) and how often it was read.
  const known = new Map<string, { params: Record<string, unknown>; reads: number }>();
  const note = (cypher: string, params: Record<string, unknown>) => {
    const k = known.get(cypher);
    if (k) k.reads++;
    else known.set(cypher, { params, reads: 1 });
  };
  /** Waits for `cypher`'s plan until `deadline` (performance.now()); true when it is planned (false: its EXPLAIN failed). */
  const planned = async (cypher: string, params: Record<string, unknown>, deadline: number): Promise<boolean> => {
    if (isPlanned(cypher)) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, deadline - performance.now()));
    });
    // A failed EXPLAIN (Neo4j away) is the statement's own run to report.
    const plan = planOnce(planner, cypher, params).catch(() => undefined);
    try {
      if ((await whileWaiting(Promise.race([plan, late]))) === 'late') throw new QueryTimeoutError('the statement was still being planned when its time limit passed');
    } finally {
      clearTimeout(timer);
    }
    return isPlanned(cypher);
  };
  const deadline = () => performance.now() + planWaitMs;
  return {
    graph: {
      ...graph,
      read: async (cypher, params = {}, opts = {}) => {
        note(cypher, params);
        await planned(cypher, params, deadline());
        return graph.read(cypher, params, opts);
      },
      readTx: async <T>(work: (run: PlainRun) => Promise<T>, opts: QueryOptions = {}) => {
        const until = deadline();
        // Statements whose EXPLAIN failed run as they are: their own failure is the one to report.
        const asTheyAre = new Set<string>();
        for (;;) {
          let unplanned: { cypher: string; params: Record<string, unknown> } | undefined;
          try {
            return await graph.readTx((run) => {
              const planFirst: PlainRun = async (cypher, params = {}) => {
                if (isPlanned(cypher) || asTheyAre.has(cypher)) {
                  note(cypher, params);
                  return run(cypher, params);
                }
                unplanned = { cypher, params };
                throw new Unplanned(cypher);
              };
              return work(planFirst);
            }, opts);
          } catch (err) {
            if (!(err instanceof Unplanned) || !unplanned) throw err;
            note(unplanned.cypher, unplanned.params);
            if (!(await planned(unplanned.cypher, unplanned.params, until))) asTheyAre.add(unplanned.cypher);
          }
        }
      },
    },
    replanKnown: () => {
      for (const [cypher, { params }] of [...known].sort((a, b) => b[1].reads - a[1].reads)) void planOnce(planner, cypher, params).catch(() => {});
    },
  };
}
