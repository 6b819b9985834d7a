import { describe, expect, it } from 'vitest';
import { edgeInForce, visibleGraph } from './filters.ts';
import { ASSIGNMENT, HELD_BY_ENTERPRISE, HELD_BY_UNIVERSITY, PATENT_NEIGHBOURHOOD } from './fixtures/sample-graph.ts';
import { EMPTY_FILTERS, type Filters } from './exploration.ts';

const show = (filters: Partial<Filters>, asOf: string | null = null, keep?: Set<string>) => {
  const g = visibleGraph({ nodes: PATENT_NEIGHBOURHOOD.nodes, edges: PATENT_NEIGHBOURHOOD.edges, filters: { ...EMPTY_FILTERS, ...filters }, asOf, keep });
  return { nodes: g.nodes.map((n) => n.id).sort(), edges: g.edges.map((e) => e.id).sort() };
};

describe('what the filters and the date leave on the canvas', () => {
  it('shows everything without filters', () => {
    expect(show({}).nodes).toHaveLength(5);
    expect(show({}).edges).toHaveLength(9);
  });

  it('hides a kind with its edges', () => {
    const g = show({ hiddenKinds: ['transaction'] });
    expect(g.nodes).toEqual(['CN1', 'ORG-E', 'ORG-U']);
    expect(g.edges.every((e) => !e.includes('TX-'))).toBe(true);
  });

  it('hides edge types but not their nodes', () => {
    const g = show({ hiddenEdgeTypes: ['HOLDS', 'APPLIED_FOR'] });
    expect(g.nodes).toHaveLength(5);
    expect(g.edges).toHaveLength(6);
  });

  it('filters transactions by kind and by amount', () => {
    expect(show({ hiddenTxKinds: ['license'] }).nodes).not.toContain('TX-2');
    expect(show({ minAmount: 100_000 }).nodes).not.toContain('TX-2');
    expect(show({ maxAmount: 100_000 }).nodes).not.toContain('TX-1');
  });

  it('replays holdings: the holder changes with the date', () => {
    expect(show({}, '2015-01-01').edges.filter((e) => e.startsWith('HOLDS'))).toEqual([HELD_BY_UNIVERSITY.id]);
    expect(show({}, '2016-06-01').edges.filter((e) => e.startsWith('HOLDS'))).toEqual([HELD_BY_ENTERPRISE.id]);
  });

  it('hides what did not exist yet on the date', () => {
    expect(show({}, '2015-01-01').nodes).not.toContain(ASSIGNMENT.id);
    expect(show({}, '2011-01-01').nodes).toEqual(['ORG-E', 'ORG-U']);
    expect(show({}, '2009-01-01').nodes).toEqual(['ORG-U']);
  });

  it('never hides what must stay (the selection)', () => {
    expect(show({ hiddenKinds: ['patent'] }, null, new Set(['CN1'])).nodes).toContain('CN1');
  });

  it('reads [from, until) periods and since dates', () => {
    expect(edgeInForce(HELD_BY_UNIVERSITY, '2016-05-31')).toBe(true);
    expect(edgeInForce(HELD_BY_UNIVERSITY, '2016-06-01')).toBe(false);
    expect(edgeInForce({ id: 'o', type: 'OWNS', source: 'a', target: 'b', properties: { since: '2019-01-01' } }, '2018-12-31')).toBe(false);
  });
});
