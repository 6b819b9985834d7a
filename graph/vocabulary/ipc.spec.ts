import { describe, expect, it } from 'vitest';
import { ipcAncestry, normaliseIpcPrefix } from './index.ts';

describe('ipcAncestry', () => {
  it('names every level of a subgroup, root first', () => {
    expect(ipcAncestry('G06N3/08').map((n) => [n.code, n.level, n.parent])).toEqual([
      ['G', 'section', null],
      ['G06', 'class', 'G'],
      ['G06N', 'subclass', 'G06'],
      ['G06N 3/00', 'main_group', 'G06N'],
      ['G06N 3/08', 'subgroup', 'G06N 3/00'],
    ]);
  });
  it('treats a group without subgroup as the main group, and shorter prefixes as their level', () => {
    expect(ipcAncestry('H01M 10').at(-1)).toEqual({ code: 'H01M 10/00', level: 'main_group', parent: 'H01M' });
    expect(ipcAncestry('h01').at(-1)).toEqual({ code: 'H01', level: 'class', parent: 'H' });
    expect(ipcAncestry('not ipc')).toEqual([]);
  });
  it('normalises prefixes to the stored spacing', () => {
    expect(normaliseIpcPrefix(' h01m10/05')).toBe('H01M 10/05');
  });
});
