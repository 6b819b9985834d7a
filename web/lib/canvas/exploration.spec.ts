import { describe, expect, it } from 'vitest';
import { addNodes, collapse, EMPTY_EXPLORATION, expand, keepExpansions, pin, removeNodes, setPath, toggleHidden, unpin } from './exploration.ts';

describe('exploration operations', () => {
  it('adds entities once, brings removed ones back and selects the last', () => {
    let v = addNodes(EMPTY_EXPLORATION, ['A', 'B']);
    v = removeNodes(v, ['A']);
    expect(v.removed).toEqual(['A']);
    v = addNodes(v, ['A', 'B']);
    expect(v.nodes).toEqual(['B', 'A']);
    expect(v.removed).toEqual([]);
    expect(v.selected).toBe('B');
  });

  it('expands with sorted types and raises the limit instead of repeating an expansion', () => {
    let v = expand(EMPTY_EXPLORATION, { id: 'A', types: ['OWNS', 'HOLDS'] });
    v = expand(v, { id: 'A', types: ['HOLDS', 'OWNS'], limit: 500 });
    expect(v.expansions).toEqual([{ id: 'A', types: ['HOLDS', 'OWNS'], limit: 500 }]);
    expect(expand(v, { id: 'A', types: ['HOLDS', 'OWNS'], limit: 10 }).expansions).toEqual(v.expansions);
    v = expand(v, { id: 'A' });
    expect(v.expansions).toHaveLength(2);
  });

  it('collapses every expansion of a node', () => {
    const v = expand(expand(expand(EMPTY_EXPLORATION, { id: 'A' }), { id: 'A', types: ['HOLDS'] }), { id: 'B' });
    expect(collapse(v, 'A').expansions.map((e) => e.id)).toEqual(['B']);
  });

  it('removing a node unpins it, deselects it and drops a path that ends there', () => {
    let v = setPath(pin(addNodes(EMPTY_EXPLORATION, ['A', 'B']), [{ id: 'A', x: 1, y: 2 }]), { from: 'A', to: 'B' });
    v = { ...v, selected: 'A' };
    v = removeNodes(v, ['A']);
    expect(v.pinned).toEqual([]);
    expect(v.selected).toBeNull();
    expect(v.path).toBeNull();
  });

  it('pins replace an earlier pin of the same node', () => {
    const v = pin(pin(EMPTY_EXPLORATION, [{ id: 'A', x: 1, y: 2 }]), [{ id: 'A', x: 5, y: 6 }]);
    expect(v.pinned).toEqual([{ id: 'A', x: 5, y: 6 }]);
    expect(unpin(v, ['A']).pinned).toEqual([]);
  });

  it('toggles a value of a list filter', () => {
    const v = toggleHidden(EMPTY_EXPLORATION, 'hiddenKinds', 'person');
    expect(v.filters.hiddenKinds).toEqual(['person']);
    expect(toggleHidden(v, 'hiddenKinds', 'person').filters.hiddenKinds).toEqual([]);
  });

  it('keeps only anchored expansions, in their order, and returns the same exploration when nothing changes', () => {
    const v = expand(expand(EMPTY_EXPLORATION, { id: 'A' }), { id: 'B' });
    expect(keepExpansions(v, v.expansions)).toBe(v);
    expect(keepExpansions(v, [v.expansions[1]!]).expansions.map((e) => e.id)).toEqual(['B']);
  });
});
