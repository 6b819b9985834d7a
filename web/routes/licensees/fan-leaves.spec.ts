import { describe, expect, it } from 'vitest';
import { fanLeaves } from './fan-leaves.ts';

describe('fan leaves', () => {
  it('are the nodes whose only neighbour has many', () => {
    const fan = Array.from({ length: 8 }, (_, i) => ({ source: 'U', target: `P${i}` }));
    // P0 is held and applied for by U alone (two edges, one neighbour); P1 also has a class; C is its own.
    const edges = [...fan, { source: 'U', target: 'P0' }, { source: 'P1', target: 'IPC' }, { source: 'C', target: 'P1' }];
    expect([...fanLeaves(edges)].sort()).toEqual(['P0', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(fanLeaves(fan.slice(0, 7)).size).toBe(0);
  });
});
