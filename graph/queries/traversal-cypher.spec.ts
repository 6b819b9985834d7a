import { describe, expect, it } from 'vitest';
import { neighborhoodCypher, READ_TIERS } from './neighborhood.ts';
import { RELATIONSHIP_TYPES } from './graph-model.ts';
import { pathsCypher } from './paths.ts';

// The Cypher these modules build from a request, with the values they splice in.

describe('neighborhood Cypher', () => {
  it('splices the asked types, one hop block per hop and the eligibility rule, and nothing else', () => {
    const cypher = neighborhoodCypher(['HOLDS', 'OWNS'], 2);
    expect(cypher).toMatchSnapshot();
    expect(cypher).not.toMatch(/\{\{/);
    expect(cypher.match(/\$scanFirst\)/g)).toHaveLength(2);
    expect(cypher.match(/\$scanNext\)/g)).toHaveLength(2);
    // Owners are read (and offered) before holdings.
    expect(cypher.indexOf('[r:OWNS]')).toBeLessThan(cypher.indexOf('[r:HOLDS]'));
    expect(neighborhoodCypher(null, 3).match(/\$scanNext\)/g)).toHaveLength(2 * READ_TIERS.length);
  });

  it('reads every relationship type of the model in one tier', () => {
    expect(READ_TIERS.flat().sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('refuses a type that is not in the model, and a depth beyond the limit', () => {
    expect(() => neighborhoodCypher(['HOLDS]->(x) DETACH DELETE x //'], 1)).toThrow(/not in the model/);
    expect(() => neighborhoodCypher(null, 4)).toThrow(/depth/);
  });
});

describe('what a caller may not see', () => {
  const viewer = { hiddenLabels: ['Person'], hiddenRelTypes: ['OWNS', 'OFFICER_OF', 'INVENTED'], hiddenProperties: ['amount_cny'] };

  it('is neither followed nor reached by the neighborhood', () => {
    const cypher = neighborhoodCypher(null, 2, false, true, true, viewer);
    expect(cypher).not.toMatch(/OWNS|OFFICER_OF|INVENTED/);
    expect(cypher).toContain('WHERE NOT m:Person');
    expect(neighborhoodCypher(null, 2, false, true, true, null)).not.toContain('m:Person');
    expect(() => neighborhoodCypher(["OWNS"], 1, false, true, true, viewer)).toThrow(/no relationship type/);
  });

  it('is passed through by no path', () => {
    const shortest = pathsCypher({ mode: 'SHORTEST', maxHops: 4, relTypes: null, limit: 10, visibility: viewer });
    expect(shortest).toContain('WHERE all(x IN nodes(p) WHERE NOT x:Person)');
    expect(shortest).not.toMatch(/OWNS|OFFICER_OF|INVENTED/);
    expect(pathsCypher({ mode: 'ALL', maxHops: 4, relTypes: null, limit: 10, visibility: viewer })).toContain('AND NOT x:Person');
  });

  it('takes only labels and types of the model', () => {
    expect(() => neighborhoodCypher(null, 1, false, true, true, { ...viewer, hiddenLabels: ['Person) DETACH DELETE m //'] })).toThrow(/not in the model/);
  });
});

describe('paths Cypher', () => {
  it('builds the shortest and the simple-path searches with checked integers', () => {
    expect(pathsCypher({ mode: 'SHORTEST', maxHops: 4, relTypes: ['FROM_PARTY', 'TO_PARTY'], limit: 10 })).toMatchSnapshot();
    expect(pathsCypher({ mode: 'ALL', maxHops: 6, relTypes: null, limit: 3 })).toMatchSnapshot();
  });

  it('keeps mode ALL out of regions, IPC classes, policies and scopes unless the types asked reach them', () => {
    expect(pathsCypher({ mode: 'ALL', maxHops: 4, relTypes: null, limit: 10 })).toContain('NOT x:Region|IpcClass|Policy|CoverageScope');
    expect(pathsCypher({ mode: 'ALL', maxHops: 4, relTypes: ['OWNS', 'LOCATED_IN'], limit: 10 })).toContain('NOT x:IpcClass|Policy|CoverageScope AND');
    const everyLabel = pathsCypher({ mode: 'ALL', maxHops: 4, relTypes: ['PART_OF', 'HAS_SCOPE'], limit: 10 });
    expect(everyLabel).not.toMatch(/NOT x:/);
  });

  it('refuses what it cannot splice safely', () => {
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 7, relTypes: null, limit: 3 })).toThrow();
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 2.5, relTypes: null, limit: 3 })).toThrow();
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 2, relTypes: ['KNOWS'], limit: 3 })).toThrow();
    expect(() => pathsCypher({ mode: 'ALL', maxHops: 2, relTypes: null, limit: 101 })).toThrow();
  });
});
