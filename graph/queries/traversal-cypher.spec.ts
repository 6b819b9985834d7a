import { describe, expect, it } from 'vitest';
import { MIN_PER_NODE, neighborhoodCypher, perNodeBudget } from './neighborhood.ts';
import { pathsCypher } from './paths.ts';

// The Cypher these modules build from a request, with the values they splice in.

describe('neighborhood Cypher', () => {
  it('splices the asked types and the eligibility rule, and nothing else', () => {
    const { candidates, links } = neighborhoodCypher(['HOLDS', 'OWNS']);
    expect(candidates).toMatchSnapshot();
    expect(links).toMatchSnapshot();
    expect(candidates + links).not.toMatch(/\{\{/);
  });

  it('refuses a type that is not in the model', () => {
    expect(() => neighborhoodCypher(['HOLDS]->(x) DETACH DELETE x //'])).toThrow(/not in the model/);
  });

  it('shares the node budget out over the frontier', () => {
    expect(perNodeBudget(199, 1)).toBe(199);
    expect(perNodeBudget(188, 11)).toBe(18);
    expect(perNodeBudget(30, 50)).toBe(MIN_PER_NODE);
    expect(perNodeBudget(5, 50)).toBe(5);
    expect(perNodeBudget(0, 3)).toBe(0);
  });
});

describe('paths Cypher', () => {
  it('builds the shortest and the simple-path searches with checked integers', () => {
    expect(pathsCypher({ mode: 'SHORTEST', maxHops: 4, relTypes: ['FROM_PARTY', 'TO_PARTY'], limit: 10 })).toMatchSnapshot();
    expect(pathsCypher({ mode: 'ALL', maxHops: 6, relTypes: null, limit: 3 })).toMatchSnapshot();
  });

  it('refuses what it cannot splice safely', () => {
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 7, relTypes: null, limit: 3 })).toThrow();
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 2.5, relTypes: null, limit: 3 })).toThrow();
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 2, relTypes: ['KNOWS'], limit: 3 })).toThrow();
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 2, relTypes: null, limit: 101 })).toThrow();
  });
});
