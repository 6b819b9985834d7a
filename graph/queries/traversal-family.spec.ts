import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../vocabulary/index.ts';
import { linksStatement } from './links.ts';
import { MAX_DEPTH, neighborhoodStatement } from './neighborhood.ts';
import { MAX_HOPS, MAX_PATHS, pathsStatement } from './paths.ts';
import { traversalStatements } from './traversal-family.ts';
import { SEES_EVERYTHING } from './visibility.ts';

// Whatever a request asks (types, labels, dates, limits, role, selection), the traversals' statement
// texts come from one fixed family, planned at start-up: no request makes Neo4j plan a new one.

const VIEWER = { hiddenLabels: ['Person'], hiddenRelTypes: ['OWNS', 'OFFICER_OF', 'INVENTED'], hiddenProperties: ['amount_cny'] };
const subset = <T>(items: readonly T[]) => fc.option(fc.subarray([...items]), { nil: null });
const visibility = fc.constantFrom(null, SEES_EVERYTHING, VIEWER);

describe('the traversals’ statements', () => {
  const family = new Set(traversalStatements().map((s) => s.cypher));

  it('are a small fixed family', () => {
    // Depths 1–3; per hop limit the shortest search, and below it mode ALL with each k size; links.
    expect(family.size).toBe(MAX_DEPTH + MAX_HOPS + (MAX_HOPS - 1) * 4 + 1);
    // The count of what a neighbourhood hid: one statement per set of rules that hides anything.
    expect(traversalStatements([SEES_EVERYTHING, VIEWER, VIEWER]).length).toBe(family.size + 1);
  });

  it('never leave the family, over random requests', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_DEPTH }),
        subset(RELATIONSHIP_TYPES),
        subset(NODE_LABELS),
        fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
        fc.integer({ min: 1, max: 2000 }),
        fc.boolean(),
        fc.boolean(),
        visibility,
        (depth, relTypes, labels, asOf, limit, properties, edgeProperties, v) => {
          const s = neighborhoodStatement({ id: `N-${limit}`, depth, relTypes, labels, asOf, limit, properties, edgeProperties, visibility: v });
          if (s) seen.add(s.cypher);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_HOPS }),
        subset(RELATIONSHIP_TYPES),
        fc.integer({ min: 1, max: MAX_PATHS }),
        fc.constantFrom('SHORTEST' as const, 'ALL' as const),
        visibility,
        (maxHops, relTypes, limit, mode, v) => {
          // What findPaths runs: the shortest paths, then, in mode ALL below the hop limit, the longer ones.
          const ends = { from: '4:x:1', to: '4:x:2' };
          const runs = mode === 'ALL' && maxHops > 1 ? (['SHORTEST', 'ALL'] as const) : (['SHORTEST'] as const);
          for (const m of runs) {
            const s = pathsStatement({ maxHops, relTypes, limit, mode: m, visibility: v }, ends);
            if (s) seen.add(s.cypher);
          }
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 30 }), fc.array(fc.string(), { maxLength: 30 }), subset(RELATIONSHIP_TYPES), visibility, (ids, among, relTypes, v) => {
        const s = linksStatement({ ids, among, relTypes, visibility: v });
        if (s) seen.add(s.cypher);
      }),
      { numRuns: 500, seed: 7 },
    );
    expect([...seen].filter((c) => !family.has(c))).toEqual([]);
    expect(seen.size).toBe(family.size);
  });
});
