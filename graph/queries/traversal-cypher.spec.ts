import { describe, expect, it } from 'vitest';
import { neighborhoodCypher, neighborhoodStatement, READ_TIERS } from './neighborhood.ts';
import { RELATIONSHIP_TYPES } from '../vocabulary/index.ts';
import { pathsCypher, pathsStatement } from './paths.ts';

// The Cypher these modules build, and the one parameter a request's values travel in.

const hood = (o: Partial<Parameters<typeof neighborhoodStatement>[0]> = {}) => neighborhoodStatement({ id: 'ORG-1', depth: 2, limit: 200, ...o });

describe('neighborhood Cypher', () => {
  it('is one statement per depth: a hop block per hop, every type read when asked, nothing spliced from the request', () => {
    const cypher = neighborhoodCypher(2);
    expect(cypher).toMatchSnapshot();
    expect(cypher).not.toMatch(/\{\{/);
    expect(cypher.match(/\$q\.scanFirst\)/g)).toHaveLength(READ_TIERS.length);
    expect(cypher.match(/\$q\.scanNext\)/g)).toHaveLength(READ_TIERS.length);
    // Owners are read (and offered) before holdings.
    expect(cypher.indexOf('[r:OWNS]')).toBeLessThan(cypher.indexOf('[r:HOLDS]'));
    expect(neighborhoodCypher(3).match(/\$q\.scanNext\)/g)).toHaveLength(2 * READ_TIERS.length);
    expect(hood({ relTypes: ['HOLDS', 'OWNS'], labels: ['Patent'], asOf: '2020-01-01' })!.cypher).toBe(cypher);
  });

  it('passes the asked types, labels, date and selection as the parameter', () => {
    const { params } = hood({ relTypes: ['HOLDS', 'OWNS'], labels: ['Patent'], asOf: '2020-01-01', properties: false })!;
    expect(params.q).toMatchObject({ id: 'ORG-1', types: ['HOLDS', 'OWNS'], everyType: false, labels: ['Patent'], asOf: '2020-01-01', filtered: true, hides: false, properties: false, edgeProperties: true });
    expect(hood()!.params.q).toMatchObject({ types: [...RELATIONSHIP_TYPES], everyType: true, labels: null, asOf: null, filtered: false });
  });

  it('reads every relationship type of the model in one tier', () => {
    expect(READ_TIERS.flat().sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('refuses a type that is not in the model, and a depth beyond the limit', () => {
    expect(() => hood({ relTypes: ['HOLDS]->(x) DETACH DELETE x //'] })).toThrow(/not in the model/);
    expect(() => neighborhoodCypher(4)).toThrow(/depth/);
    expect(() => hood({ depth: 0 })).toThrow(/depth/);
  });
});

describe('what a caller may not see', () => {
  const viewer = { hiddenLabels: ['Person'], hiddenRelTypes: ['OWNS', 'OFFICER_OF', 'INVENTED'], hiddenProperties: ['amount_cny'] };

  it('is neither followed nor reached by the neighborhood, with the same statement', () => {
    const { cypher, params } = hood({ visibility: viewer })!;
    expect(cypher).toBe(hood()!.cypher);
    expect(params.q.types).not.toContain('OWNS');
    expect(params.q.types).not.toContain('INVENTED');
    expect(params.q).toMatchObject({ everyType: false, hiddenLabels: ['Person'], hides: true });
    // Only hidden types asked: nothing to follow, no statement.
    expect(hood({ relTypes: ['OWNS'], visibility: viewer })).toBeNull();
  });

  it('is passed through by no path', () => {
    const ends = { from: 'a', to: 'b' };
    const shortest = pathsStatement({ mode: 'SHORTEST', maxHops: 4, relTypes: null, limit: 10, visibility: viewer }, ends)!;
    expect(shortest.cypher).toBe(pathsCypher('SHORTEST', 4));
    expect(shortest.params.q).toMatchObject({ from: 'a', to: 'b', hiddenLabels: ['Person'], limitPlusOne: 11 });
    expect(shortest.params.q.types).not.toContain('OWNS');
    const all = pathsStatement({ mode: 'ALL', maxHops: 4, relTypes: null, limit: 10, visibility: viewer }, ends)!;
    expect(all.params.q.avoid).toContain('Person');
    expect(pathsStatement({ mode: 'ALL', maxHops: 4, relTypes: ['OWNS', 'OFFICER_OF'], limit: 10, visibility: viewer }, ends)).toBeNull();
  });
});

describe('paths Cypher', () => {
  it('builds the shortest and the simple-path searches with checked integers only', () => {
    expect(pathsCypher('SHORTEST', 4)).toMatchSnapshot();
    expect(pathsCypher('ALL', 6, 11)).toMatchSnapshot();
  });

  it('asks SHORTEST for the smallest k size that holds one more path than the limit', () => {
    const k = (limit: number) => /SHORTEST (\d+)/.exec(pathsStatement({ mode: 'ALL', maxHops: 4, limit }, { from: 'a', to: 'b' })!.cypher)![1];
    expect([k(1), k(10), k(11), k(50), k(100)]).toEqual(['11', '11', '26', '51', '101']);
  });

  it('keeps mode ALL out of regions, IPC classes, policies and scopes unless the types asked reach them', () => {
    const avoid = (relTypes: string[] | null) => pathsStatement({ mode: 'ALL', maxHops: 4, relTypes, limit: 10 }, { from: 'a', to: 'b' })!.params.q.avoid;
    expect(avoid(null)).toEqual(['Region', 'IpcClass', 'Policy', 'CoverageScope']);
    expect(avoid(['OWNS', 'LOCATED_IN'])).toEqual(['IpcClass', 'Policy', 'CoverageScope']);
    expect(avoid(['PART_OF', 'HAS_SCOPE'])).toEqual([]);
  });

  it('refuses what it cannot write safely', () => {
    const ends = { from: 'a', to: 'b' };
    expect(() => pathsCypher('ALL', 7)).toThrow();
    expect(() => pathsCypher('ALL', 2.5)).toThrow();
    expect(() => pathsCypher('ALL', 2, 12)).toThrow();
    expect(() => pathsStatement({ mode: 'ALL', maxHops: 2, relTypes: ['KNOWS'], limit: 3 }, ends)).toThrow();
    expect(() => pathsStatement({ mode: 'ALL', maxHops: 2, relTypes: null, limit: 101 }, ends)).toThrow();
  });
});
