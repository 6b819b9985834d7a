import { describe, expect, it } from 'vitest';
import { partKey, type GraphPartResult } from '../api/queries.ts';
import type { Subgraph } from '../api/fragments.ts';
import { deriveGraph, partsFor } from './derive-graph.ts';
import { edge, node, PATENT, PATENT_NEIGHBOURHOOD } from './fixtures/sample-graph.ts';
import { addNodes, collapse, EMPTY_EXPLORATION, expand, removeNodes, setAsOf, setPath } from './exploration.ts';

const sub = (nodes: Subgraph['nodes'], edges: Subgraph['edges'] = []): Subgraph => ({ nodes, edges, truncated: false, omitted: null, hidden: null });

function answers(entries: [string, GraphPartResult][]): (key: string) => GraphPartResult | undefined {
  const m = new Map(entries);
  return (key) => m.get(key);
}

const A = node('A', 'enterprise', 'A');
const B = node('B', 'enterprise', 'B');
const C = node('C', 'person', 'C');

describe('deriving the drawn graph from an exploration', () => {
  it('lists the queries an exploration needs, the date only for neighbourhoods', () => {
    const v = setAsOf(setPath(expand(addNodes(EMPTY_EXPLORATION, ['A']), { id: 'A' }), { from: 'A', to: 'B' }), '2020-01-01');
    expect(partsFor(v).map(partKey)).toEqual(['node|A', 'expand|A|*|150|2020-01-01', 'path|A|B|4|10']);
  });

  it('adds an expansion once its node is on the canvas', () => {
    const v = expand(addNodes(EMPTY_EXPLORATION, ['CN1']), { id: 'CN1' });
    const g = deriveGraph(
      v,
      answers([
        ['node|CN1', { kind: 'node', node: PATENT }],
        ['expand|CN1|*|150|', { kind: 'expand', graph: PATENT_NEIGHBOURHOOD }],
      ]),
    );
    expect([...g.nodes.keys()].sort()).toEqual(['CN1', 'ORG-E', 'ORG-U', 'TX-1', 'TX-2']);
    expect(g.edges.size).toBe(9);
    expect(g.expanded).toEqual(new Set(['CN1']));
  });

  it('keeps what each expansion on the canvas says is hidden, and the paths left out', () => {
    const hidden = { nodes: 2, edges: 3, properties: 0, byKind: [{ name: 'person', count: 2 }, { name: 'OWNS', count: 1 }], visibleTo: 'SUPERVISOR' as const };
    const v = setPath(expand(expand(addNodes(EMPTY_EXPLORATION, ['A']), { id: 'A' }), { id: 'Z' }), { from: 'A', to: 'B' });
    const g = deriveGraph(
      v,
      answers([
        ['node|A', { kind: 'node', node: A }],
        ['expand|A|*|150|', { kind: 'expand', graph: { ...sub([A, B]), hidden } }],
        // Z is not on the canvas: what its expansion hid is not shown either.
        ['expand|Z|*|150|', { kind: 'expand', graph: { ...sub([]), hidden: { ...hidden, byKind: [{ name: 'person', count: 9 }] } } }],
        ['path|A|B|4|10', { kind: 'path', result: { paths: [], graph: sub([A, B]), truncated: false } }],
      ]),
    );
    expect(g.hidden).toEqual([hidden]);
  });

  it('follows chains of expansions in any order and drops them when the first is collapsed', () => {
    // A was expanded to B, then B to C; the exploration lists B's expansion first.
    let v = addNodes(EMPTY_EXPLORATION, ['A']);
    v = { ...v, expansions: [{ id: 'B', types: null, limit: 150 }, { id: 'A', types: null, limit: 150 }] };
    const results = answers([
      ['node|A', { kind: 'node', node: A }],
      ['expand|A|*|150|', { kind: 'expand', graph: sub([A, B], [edge('OWNS', 'A', 'B')]) }],
      ['expand|B|*|150|', { kind: 'expand', graph: sub([B, C], [edge('OFFICER_OF', 'C', 'B')]) }],
    ]);
    const g = deriveGraph(v, results);
    expect([...g.nodes.keys()].sort()).toEqual(['A', 'B', 'C']);
    expect(g.anchored.map((e) => e.id)).toEqual(['B', 'A']);

    const collapsed = deriveGraph(collapse(v, 'A'), results);
    expect([...collapsed.nodes.keys()]).toEqual(['A']);
    expect(collapsed.anchored).toEqual([]);
  });

  it('removes removed nodes and their edges, but what they brought stays', () => {
    const v = removeNodes(expand(expand(addNodes(EMPTY_EXPLORATION, ['A']), { id: 'A' }), { id: 'B' }), ['B']);
    const g = deriveGraph(
      v,
      answers([
        ['node|A', { kind: 'node', node: A }],
        ['expand|A|*|150|', { kind: 'expand', graph: sub([A, B], [edge('OWNS', 'A', 'B')]) }],
        ['expand|B|*|150|', { kind: 'expand', graph: sub([B, C], [edge('OFFICER_OF', 'C', 'B')]) }],
      ]),
    );
    expect([...g.nodes.keys()].sort()).toEqual(['A', 'C']);
    expect(g.edges.size).toBe(0);
  });

  it('reports ids the database does not have, truncated expansions and the path', () => {
    let v = expand(addNodes(EMPTY_EXPLORATION, ['A', 'nope']), { id: 'A' });
    v = setPath(v, { from: 'A', to: 'C' });
    const g = deriveGraph(
      v,
      answers([
        ['node|A', { kind: 'node', node: A }],
        ['node|nope', { kind: 'node', node: null }],
        ['expand|A|*|150|', { kind: 'expand', graph: { ...sub([A, B]), truncated: true, omitted: { nodes: 40, edges: 41, byKind: [{ name: 'patent', count: 40 }] } } }],
        [
          'path|A|C|4|10',
          {
            kind: 'path',
            result: {
              paths: [{ nodeIds: ['A', 'B', 'C'], edgeIds: ['OWNS:A->B', 'OFFICER_OF:C->B'], length: 2 }],
              graph: sub([A, B, C], [edge('OWNS', 'A', 'B'), edge('OFFICER_OF', 'C', 'B')]),
              truncated: false,
            },
          },
        ],
      ]),
    );
    expect(g.missing).toEqual(['nope']);
    expect(g.truncations).toMatchObject([{ id: 'A', omittedNodes: 40 }]);
    expect(g.path?.found).toBe(1);
    expect(g.path?.edgeIds).toEqual(new Set(['OWNS:A->B', 'OFFICER_OF:C->B']));
    expect(g.nodes.has('C')).toBe(true);
  });

  it('draws the links between nodes that came by different parts, and only while both ends are there', () => {
    const v = addNodes(EMPTY_EXPLORATION, ['A', 'B', 'C']);
    const get = answers([
      ['node|A', { kind: 'node', node: A }],
      ['node|B', { kind: 'node', node: B }],
      ['node|C', { kind: 'node', node: C }],
    ]);
    const links = [[edge('OWNS', 'A', 'B'), edge('OWNS', 'A', 'Z')], [edge('OFFICER_OF', 'C', 'B')]];
    const g = deriveGraph(v, get, links);
    expect([...g.edges.values()].map((e) => `${e.type} ${e.source}-${e.target}`).sort()).toEqual(['OFFICER_OF C-B', 'OWNS A-B']);
    const without = deriveGraph(removeNodes(v, ['B']), get, links);
    expect(without.edges.size).toBe(0);
  });
});
