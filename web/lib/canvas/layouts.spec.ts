import { describe, expect, it } from 'vitest';
import { planLayout, spreadStacked } from './layouts.ts';

describe('choosing layout settings by size', () => {
  it('runs full-quality fcose on small graphs, incrementally after an expansion, with pins fixed', () => {
    const plan = planLayout({ name: 'fcose', nodes: 80, edges: 120, incremental: true, pinned: [{ id: 'A', x: 1, y: 2 }] });
    expect(plan.note).toBeNull();
    expect(plan.options).toMatchObject({ name: 'fcose', quality: 'default', randomize: false, animate: true, fixedNodeConstraint: [{ nodeId: 'A', position: { x: 1, y: 2 } }] });
  });

  it('falls back to the spectral draft on large graphs and says so', () => {
    const plan = planLayout({ name: 'fcose', nodes: 2000, edges: 4000 });
    expect(plan.note).toBe('fcose-draft');
    expect(plan.options).toMatchObject({ quality: 'draft', randomize: true, animate: false });
  });

  it('uses dagre for hierarchies that are small enough, breadth-first beyond', () => {
    expect(planLayout({ name: 'dagre', nodes: 50, edges: 60 }).options.name).toBe('dagre');
    expect(planLayout({ name: 'dagre', nodes: 50, edges: 60 }).options.rankDir).toBe('TB');
    expect(planLayout({ name: 'dagre', nodes: 50, edges: 60, rankDir: 'RL' }).options.rankDir).toBe('RL');
    const big = planLayout({ name: 'dagre', nodes: 900, edges: 1200 });
    expect(big.options.name).toBe('breadthfirst');
    expect(big.note).toBe('dagre-breadthfirst');
  });

  it('puts hubs in the middle of the concentric layout', () => {
    const plan = planLayout({ name: 'concentric', nodes: 2000, edges: 4000 });
    const concentric = plan.options.concentric as (n: { degree: (b: boolean) => number }) => number;
    expect(concentric({ degree: () => 7 })).toBe(7);
  });

  it('draws nodes closer on a small canvas when asked, with the margin asked', () => {
    const normal = planLayout({ name: 'fcose', nodes: 25, edges: 30 }).options;
    const close = planLayout({ name: 'fcose', nodes: 25, edges: 30, spacing: 0.5, padding: 12 }).options;
    expect(close).toMatchObject({ padding: 12, idealEdgeLength: Math.round((normal.idealEdgeLength as number) / 2), nodeSeparation: 45 });
    expect(close.nodeRepulsion).toBe((normal.nodeRepulsion as number) / 4);
    expect(normal.padding).toBe(40);
  });
});

describe('spreading nodes a layout stacked', () => {
  it('gives every node of a stack its own place near the stack, and leaves lone nodes where they are', () => {
    const stacked = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`L${i}`, { x: 100.2, y: -50.4 }]));
    const spread = spreadStacked({ ...stacked, HUB: { x: 0, y: 0 } }, 40);
    expect(spread.HUB).toEqual({ x: 0, y: 0 });
    const places = Object.entries(spread).filter(([id]) => id !== 'HUB').map(([, p]) => p);
    expect(new Set(places.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(500);
    let nearest = Infinity;
    let farthest = 0;
    for (const [i, p] of places.entries()) {
      farthest = Math.max(farthest, Math.hypot(p.x - 100.2, p.y + 50.4));
      for (const q of places.slice(i + 1)) nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y));
    }
    expect(nearest).toBeGreaterThan(40);
    // A disc of 500 nodes 40 apart: about 40 · √500 across its radius, not a ring around it.
    expect(farthest).toBeLessThan(40 * Math.sqrt(500) + 1);
  });
});
