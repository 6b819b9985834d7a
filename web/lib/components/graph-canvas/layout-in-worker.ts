import type { CollectionReturnValue, Position } from 'cytoscape';
import type { LayoutName, Pin } from '../../canvas/exploration.ts';
import type { WorkerLayoutReply, WorkerLayoutRequest } from './layout-worker-protocol.ts';

let worker: Worker | null = null;
let unavailable = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (p: Record<string, Position>) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker || unavailable) return worker;
  try {
    // Vite bundles the worker (with its own Cytoscape) and loads it on first use only.
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerLayoutReply>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.positions) w.resolve(e.data.positions);
      else w.reject(new Error(e.data.error ?? 'the layout worker failed'));
    };
    worker.onerror = (e) => {
      for (const w of waiting.values()) w.reject(new Error(e.message || 'the layout worker failed'));
      waiting.clear();
      worker?.terminate();
      worker = null;
      unavailable = true;
    };
  } catch {
    unavailable = true;
  }
  return worker;
}

/** Starts the worker ahead of need (its code is a separate download), e.g. once a graph grows. */
export function warmLayoutWorker(): void {
  if (typeof Worker !== 'undefined') getWorker();
}

/** Whether layouts can run off the main thread here (module workers exist and started). */
export function workerAvailable(): boolean {
  return typeof Worker !== 'undefined' && !unavailable;
}

/** Computes a layout of `eles` in the worker and resolves with the new positions. */
export function layoutInWorker(opts: {
  eles: CollectionReturnValue;
  name: LayoutName;
  incremental: boolean;
  pinned: readonly Pin[];
  spacing?: number;
}): Promise<Record<string, Position>> {
  const w = getWorker();
  if (!w) return Promise.reject(new Error('no layout worker'));
  const nodes = opts.eles.nodes().map((n) => ({ id: n.id(), kind: String(n.data('kind')), x: n.position('x'), y: n.position('y'), locked: n.locked() }));
  const edges = opts.eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  const id = nextId++;
  const request: WorkerLayoutRequest = {
    id,
    nodes,
    edges,
    plan: { name: opts.name, nodes: nodes.length, edges: edges.length, incremental: opts.incremental, pinned: [...opts.pinned], spacing: opts.spacing },
  };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage(request);
  });
}
