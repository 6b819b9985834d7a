import { describe, expect, it } from 'vitest';
import { flatten, groupHits, moveActive } from './search-groups.ts';

const hit = (id: string, kind: string, score: number) => ({ id, kind, score });

describe('search results', () => {
  it('groups by kind in the order the API ranked the hits, a hit by number (score 0) first', () => {
    const groups = groupHits([hit('p0', 'patent', 0), hit('u1', 'university', 5), hit('p2', 'patent', 4), hit('p1', 'patent', 3), hit('e1', 'enterprise', 1)]);
    expect(groups.map((g) => g.kind)).toEqual(['patent', 'university', 'enterprise']);
    expect(groups[0]?.hits.map((h) => h.id)).toEqual(['p0', 'p2', 'p1']);
    expect(flatten(groups).map((h) => h.id)).toEqual(['p0', 'p2', 'p1', 'u1', 'e1']);
  });

  it('moves the active option with wrap-around', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});
