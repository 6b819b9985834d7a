import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../api/queries.ts';
import { flatten, groupHits, moveActive } from './search-groups.ts';

const hit = (id: string, kind: string, score: number): SearchHit => ({ id, kind, name: id, nameEn: null, score, snippet: null });

describe('search results', () => {
  it('groups by kind, groups in the order of their best hit', () => {
    const groups = groupHits([hit('p1', 'patent', 3), hit('u1', 'university', 5), hit('p2', 'patent', 4), hit('e1', 'enterprise', 1)]);
    expect(groups.map((g) => g.kind)).toEqual(['university', 'patent', 'enterprise']);
    expect(groups[1]?.hits.map((h) => h.id)).toEqual(['p2', 'p1']);
    expect(flatten(groups).map((h) => h.id)).toEqual(['u1', 'p2', 'p1', 'e1']);
  });

  it('moves the active option with wrap-around', () => {
    expect(moveActive(-1, 1, 3)).toBe(0);
    expect(moveActive(-1, -1, 3)).toBe(2);
    expect(moveActive(2, 1, 3)).toBe(0);
    expect(moveActive(0, -1, 3)).toBe(2);
    expect(moveActive(0, 1, 0)).toBe(-1);
  });
});
