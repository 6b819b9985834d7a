import type { Position } from 'cytoscape';
import type { LayoutName, Pin } from '../../canvas/exploration.ts';

/** What the canvas sends the layout worker: the graph's shape and the layout's inputs, all plain data. */
export interface WorkerLayoutRequest {
  id: number;
  nodes: { id: string; kind: string; x: number; y: number; locked: boolean }[];
  edges: { id: string; source: string; target: string }[];
  plan: { name: LayoutName; nodes: number; edges: number; incremental: boolean; pinned: Pin[]; spacing?: number };
}

export interface WorkerLayoutReply {
  id: number;
  positions?: Record<string, Position>;
  error?: string;
}
