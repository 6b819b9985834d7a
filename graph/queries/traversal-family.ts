import { linksFamily } from './links.ts';
import { neighborhoodFamily } from './neighborhood.ts';
import { pathsFamily } from './paths.ts';
import type { PlannedStatement } from './plan-first.ts';
import { hiddenLinksFamily, type Visibility } from './visibility.ts';

/**
 * Every statement the explorer's traversals (neighborhood, paths, links, and the count of what a
 * neighbourhood hid from each of `visibilities`) can run: a fixed family set by the schema's
 * limits (depths, hop limits, k sizes) and the roles' rules, not by what requests ask, so
 * start-up plans it whole and no request makes Neo4j plan a new text.
 */
export function traversalStatements(visibilities: readonly Visibility[] = []): PlannedStatement[] {
  return [...neighborhoodFamily(), ...pathsFamily(), ...linksFamily(), ...hiddenLinksFamily(visibilities)];
}
