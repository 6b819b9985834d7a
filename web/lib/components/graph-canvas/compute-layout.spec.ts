import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout.ts';
import type { WorkerLayoutRequest } from './layout-worker-protocol.ts';

cytoscape.use(fcose);

function star(n: number, incremental: boolean): WorkerLayoutRequest {
  return {
    id: 1,
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: i === 0 ? 'enterprise' : 'patent', x: 100 * Math.cos(i), y: 100 * Math.sin(i), locked: false })),
    edges: Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, source: `n${i + 1}`, target: `n${Math.floor(i / 4)}` })),
    plan: { name: 'fcose', nodes: n, edges: n - 1, incremental, pinned: [] },
  };
}

describe('the layout worker’s computation', () => {
  it('spreads an expansion out from where its nodes are (incremental)', async () => {
    const positions = await computeLayout(cytoscape, star(160, true));
    const ps = Object.values(positions);
    expect(ps).toHaveLength(160);
    // The constructor's default layout would have put every node at the origin first.
    expect(ps.filter((p) => Math.abs(p.x - p.y) < 0.5).length).toBeLessThan(5);
    expect(new Set(ps.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBeGreaterThan(150);
  });

  it('lays out a large graph with the spectral draft', async () => {
    const positions = await computeLayout(cytoscape, star(600, false));
    const xs = Object.values(positions).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
  });
});
