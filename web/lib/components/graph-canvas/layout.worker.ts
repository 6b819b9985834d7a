import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout } from './compute-layout.ts';
import type { WorkerLayoutReply, WorkerLayoutRequest } from './layout-worker-protocol.ts';

// Runs fcose off the page's main thread, so a layout of thousands of nodes never freezes it:
// the user can pan, zoom and read while it computes.
cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<WorkerLayoutRequest>) => {
  const { id } = event.data;
  const reply = (r: WorkerLayoutReply) => (self as unknown as Worker).postMessage(r);
  computeLayout(cytoscape, event.data).then(
    (positions) => reply({ id, positions }),
    (err: Error) => reply({ id, error: err.message }),
  );
};
