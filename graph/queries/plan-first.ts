import { StillPreparingError, untilDeadline, type Graph, type QueryOptions } from '../driver.ts';

// A long statement can take seconds to plan and compile on a busy machine, and both count against
// the transaction's time limit. Run once without that limit, with parameters that select nothing,
// the statement is planned and compiled, and its requests then spend their limit on the search
// itself. (EXPLAIN is not enough: it plans, but the first real run compiled the plan again, nearly
// as long.) Neo4j caches plans by the statement's text and the types of its parameters (and the
// size range of strings and lists), so the statements planned here take one map parameter, and
// the first run gets one of the same shape.

/**
 * Prefixed to the statements planned here. After data changes (an import) Neo4j deems a cached
 * plan stale and plans again at the next run, inside that request's time (seconds for the
 * neighbourhood's). These statements start from an id seek whatever the statistics say, so they
 * keep the plan made at start-up.
 */
export const KEEP_PLAN = 'CYPHER replan=skip';

/** How long planning alone may take. */
export const PLAN_TIMEOUT_MS = 60_000;
/**
 * Statements the memo keeps. The traversals' statements form a fixed family (a few dozen, set by
 * the schema, not by requests); past this many, something builds texts per request, and the
 * oldest is forgotten rather than the memo growing.
 */
export const MAX_PLANNED = 200;

export interface PlannedStatement {
  cypher: string;
  /** Of the shape the statement's requests pass, selecting nothing (an id no node has). */
  params: Record<string, unknown>;
}

/** Statements planned or being planned (concurrent first requests share one first run), oldest first. */
const planned = new Map<string, Promise<void>>();

function plan(graph: Graph, s: PlannedStatement): Promise<void> {
  let p = planned.get(s.cypher);
  if (p) return p;
  p = graph.read(s.cypher, s.params, { timeoutMs: PLAN_TIMEOUT_MS }).then(() => undefined);
  planned.set(s.cypher, p);
  if (planned.size > MAX_PLANNED) planned.delete(planned.keys().next().value!);
  // A failed first run (the database away) is tried again by the next request.
  const mine = p;
  p.catch(() => {
    if (planned.get(s.cypher) === mine) planned.delete(s.cypher);
  });
  return p;
}

/**
 * Has Neo4j plan the statement the first time this process sees it (again after forgetPlans),
 * and waits for that plan, but not past the request's deadline: then StillPreparingError, while
 * the plan goes on for the requests after it.
 */
export function planOnce(graph: Graph, s: PlannedStatement, opts: QueryOptions = {}): Promise<void> {
  return untilDeadline(plan(graph, s), opts, () => new StillPreparingError('the statement is still being planned'));
}

/**
 * Plans each statement one after another (Neo4j plans on one core; the other is left to the
 * requests) and says how long it took. Throws the first failure.
 */
export async function planAhead(graph: Graph, statements: readonly PlannedStatement[]): Promise<{ statements: number; ms: number }> {
  const started = performance.now();
  for (const s of statements) await plan(graph, s);
  return { statements: statements.length, ms: Math.round(performance.now() - started) };
}

/**
 * A restarted Neo4j starts with an empty plan cache: after an outage every statement is planned
 * again outside the requests' time limits, instead of its first requests running out of time.
 */
export function forgetPlans(): void {
  planned.clear();
}
