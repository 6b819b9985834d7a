import { describe, expect, it } from 'vitest';
import { chainRows, implementsTree, tileColor } from './tracer-display.ts';
import type { ChainItem } from './tracer-queries.ts';

const item = (id: string, parentId: string | null, level: string): ChainItem => ({
  policy: { id, kind: 'policy', labels: ['Policy'], name: id, nameEn: null, properties: {} },
  level,
  parentId,
  link: parentId ? 'implements' : null,
  distance: 0,
});

describe('chainRows', () => {
  it('puts each policy under its parent, depth by depth', () => {
    const rows = chainRows([item('N', null, 'national'), item('P1', 'N', 'provincial'), item('P2', 'N', 'provincial'), item('C1', 'P1', 'municipal')]);
    expect(rows.map((r) => `${r.item.policy.id}@${r.depth}`)).toEqual(['N@0', 'P1@1', 'C1@2', 'P2@1']);
  });

  it('starts from the top whichever policy was asked for', () => {
    // Asked for P1: the national policy it implements is the top, P1's own below.
    const rows = chainRows([item('N', null, 'national'), item('P1', 'N', 'provincial'), item('C1', 'P1', 'municipal')]);
    expect(rows.map((r) => `${r.item.policy.id}@${r.depth}`)).toEqual(['N@0', 'P1@1', 'C1@2']);
  });
});

describe('tileColor', () => {
  it('darkens with the count', () => {
    expect(tileColor(0, 10)).toBe('hsl(215 70% 95%)');
    expect(tileColor(10, 10)).toBe('hsl(215 70% 45%)');
  });
});

describe('implementsTree', () => {
  it("keeps the tree's policies and the IMPLEMENTS links among them: no cited policy, nor one implementing it", () => {
    const n = (id: string) => ({ id });
    const e = (type: string, source: string, target: string) => ({ type, source, target });
    const tree = implementsTree(
      { nodes: ['N', 'P', 'C', 'U', 'X'].map(n), edges: [e('IMPLEMENTS', 'P', 'N'), e('IMPLEMENTS', 'C', 'P'), e('CITES_POLICY', 'N', 'U'), e('CITES_POLICY', 'C', 'N'), e('IMPLEMENTS', 'X', 'U'), e('IMPLEMENTS', 'X', 'P')] },
      ['N', 'P', 'C'],
    );
    expect(tree.nodes.map((x) => x.id)).toEqual(['N', 'P', 'C']);
    expect(tree.edges).toEqual([e('IMPLEMENTS', 'P', 'N'), e('IMPLEMENTS', 'C', 'P')]);
  });
});
