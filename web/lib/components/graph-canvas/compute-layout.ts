import type cytoscapeType from 'cytoscape';
import { nodeSizeStyle } from '../../canvas/canvas-style.ts';
import { FCOSE_FULL_MAX_NODES, planLayout, spreadStacked } from '../../canvas/layouts.ts';
import type { WorkerLayoutReply, WorkerLayoutRequest } from './layout-worker-protocol.ts';

/** Lays out a plain copy of the canvas's graph on a headless Cytoscape (the worker's job). */
export function computeLayout(cytoscape: typeof cytoscapeType, request: WorkerLayoutRequest): Promise<NonNullable<WorkerLayoutReply['positions']>> {
  // Node sizes as the canvas draws them let fcose's force step keep nodes apart; the spectral
  // draft used for large graphs spaces nodes by `nodeSeparation` alone, and styling thousands
  // of elements would double its time.
  const sized = request.plan.nodes <= FCOSE_FULL_MAX_NODES;
  const cy = cytoscape({ headless: true, styleEnabled: sized, style: sized ? nodeSizeStyle() : undefined });
  // Added after start-up: elements given to the constructor go through its default layout,
  // which puts every node at the origin and would spoil an incremental run.
  cy.add([
    ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, kind: n.kind }, position: { x: n.x, y: n.y }, locked: n.locked })),
    ...request.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ]);
  const { options, note } = planLayout({ ...request.plan, fit: false });
  return new Promise((resolve, reject) => {
    try {
      const layout = cy.layout({ ...options, animate: false, fit: false } as cytoscapeType.LayoutOptions);
      layout.one('layoutstop', () => {
        const positions: NonNullable<WorkerLayoutReply['positions']> = {};
        cy.nodes().forEach((n) => {
          positions[n.id()] = { ...n.position() };
        });
        cy.destroy();
        resolve(note === 'fcose-draft' ? spreadStacked(positions) : positions);
      });
      layout.run();
    } catch (err) {
      cy.destroy();
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
