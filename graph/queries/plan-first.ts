import type { Graph } from '../driver.ts';

// A long statement can take seconds to plan on a busy machine, and planning counts against the
// transaction's time limit. Planned once without that limit (EXPLAIN plans and caches, runs
// nothing), the statement then spends its limit on the search itself. Neo4j caches plans by the
// statement's text and parameter types, so the same parameters are passed.

/** How long planning alone may take. */
export const PLAN_TIMEOUT_MS = 60_000;

/** Statements planned (or being planned: concurrent first requests share one EXPLAIN). */
const planned = new Map<string, Promise<void>>();
/** Statements whose EXPLAIN has answered since the last forgetPlans. */
const done = new Set<string>();

/** Has Neo4j plan `cypher` the first time this process sees it (again after forgetPlans). */
export function planOnce(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<void> {
  let plan = planned.get(cypher);
  if (!plan) {
    plan = graph.read(`EXPLAIN ${cypher}`, params, { timeoutMs: PLAN_TIMEOUT_MS }).then(() => {
      // Not if the plans were forgotten meanwhile: it may have been planned by the Neo4j that went away.
      if (planned.get(cypher) === plan) done.add(cypher);
    });
    planned.set(cypher, plan);
    // A failed EXPLAIN (the database away) is tried again by the next request.
    plan.catch(() => planned.delete(cypher));
  }
  return plan;
}

/**
 * A restarted Neo4j starts with an empty plan cache: after an outage every statement is planned
 * again outside the requests' time limits, instead of its first requests running out of time.
 */
export function forgetPlans(): void {
  planned.clear();
  done.clear();
}

/** Whether `cypher` has been planned since this process started or last forgot its plans. */
export function isPlanned(cypher: string): boolean {
  return done.has(cypher);
}
