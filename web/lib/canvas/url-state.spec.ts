import { describe, expect, it } from 'vitest';
import { decodeExploration, encodeExploration, isIsoDate, explorerHref } from './url-state.ts';
import { EMPTY_EXPLORATION, type Exploration } from './exploration.ts';

const FULL: Exploration = {
  nodes: ['CN110000003B', 'G06N 3/08'],
  expansions: [
    { id: 'CN110000003B', types: null, limit: 150 },
    { id: 'ORG-000097', types: ['HOLDS', 'OWNS'], limit: 150 },
    { id: 'ORG-000101', types: null, limit: 600 },
  ],
  removed: ['P-0000278'],
  pinned: [{ id: 'ORG-000097', x: 120, y: -40 }],
  path: { from: 'ORG-000097', to: 'ORG-000101', maxHops: 5, limit: 25 },
  filters: { hiddenKinds: ['person', 'ipc_class'], hiddenEdgeTypes: ['CITES'], hiddenTxKinds: ['license'], minAmount: 10000, maxAmount: 5000000 },
  asOf: '2018-06-30',
  layout: 'dagre',
  selected: 'ORG-000097',
};

describe('the exploration in the URL', () => {
  it('round-trips every part of an exploration', () => {
    expect(decodeExploration(encodeExploration(FULL))).toEqual(FULL);
  });

  it('survives the trip through a real address (spaces, slashes, pipes)', () => {
    const url = new URL(explorerHref(FULL), 'http://127.0.0.1:3000');
    expect(decodeExploration(url.searchParams)).toEqual(FULL);
  });

  it('writes nothing for the empty exploration and reads the empty exploration back', () => {
    expect(encodeExploration(EMPTY_EXPLORATION).toString()).toBe('');
    expect(explorerHref(EMPTY_EXPLORATION)).toBe('/explore');
    expect(decodeExploration(new URLSearchParams(''))).toEqual(EMPTY_EXPLORATION);
  });

  it('keeps default expansions short and readable', () => {
    const q = encodeExploration({ ...EMPTY_EXPLORATION, nodes: ['A'], expansions: [{ id: 'A', types: null, limit: 150 }, { id: 'A', types: ['HOLDS'], limit: 150 }] });
    expect(q.getAll('x')).toEqual(['A', 'A|HOLDS']);
  });

  it('leaves out what is malformed instead of failing', () => {
    const exploration = decodeExploration(new URLSearchParams('n=A&x=&x=B|*|abc&pin=C@1,x&pin=D@3,4&path=A&d=2019-02-30&l=spiral&amin=-5&amax=abc'));
    expect(exploration.nodes).toEqual(['A']);
    expect(exploration.expansions).toEqual([{ id: 'B', types: null, limit: 150 }]);
    expect(exploration.pinned).toEqual([{ id: 'D', x: 3, y: 4 }]);
    expect(exploration.path).toBeNull();
    expect(exploration.asOf).toBeNull();
    expect(exploration.layout).toBe('fcose');
    expect(exploration.filters.minAmount).toBeNull();
    expect(exploration.filters.maxAmount).toBeNull();
  });

  it('caps an expansion limit at the API maximum', () => {
    expect(decodeExploration(new URLSearchParams('x=A|*|99999')).expansions[0]?.limit).toBe(2000);
  });

  it('checks dates for real calendar days', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-2-1')).toBe(false);
  });
});
