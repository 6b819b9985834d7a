import { neighborhoodFamily } from './neighborhood.ts';
import { pathsFamily } from './paths.ts';
import type { PlannedStatement } from './plan-first.ts';

/**
 * Every statement the explorer's traversals (neighborhood, paths) can run: a fixed family set by
 * the schema's limits (depths, hop limits, k sizes), not by what requests ask, so start-up plans
 * it whole and no request makes Neo4j plan a new text.
 */
export function traversalStatements(): PlannedStatement[] {
  return [...neighborhoodFamily(), ...pathsFamily()];
}
