import { describe, expect, it } from 'vitest';
import { planLayout } from './layouts.ts';

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
