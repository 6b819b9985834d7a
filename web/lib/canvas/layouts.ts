import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName, Pin } from './exploration.ts';

// Measured on 2 cores: fcose at "default" quality takes ~1 s for 300 nodes, ~13 s for 1 000 and
// over a minute for 2 000; "draft" (spectral only) lays out 2 000 nodes in ~1 s. dagre takes
// ~12 s on 500 nodes of a dense graph. So each layout has a size above which a faster one runs.
export const FCOSE_FULL_MAX_NODES = 400;
export const DAGRE_MAX_NODES = 300;
export const DAGRE_MAX_EDGES = 700;
export const ANIMATE_MAX_NODES = 250;

/** Why the layout that ran is not exactly the one chosen; shown to the user. */
export type LayoutNote = 'fcose-draft' | 'dagre-breadthfirst' | null;

export interface LayoutPlan {
  options: LayoutOptions & Record<string, unknown>;
  note: LayoutNote;
}

export function planLayout(opts: {
  name: LayoutName;
  nodes: number;
  edges: number;
  /** Keep the current positions as the start (after an expansion) instead of starting afresh. */
  incremental?: boolean;
  pinned?: readonly Pin[];
  fit?: boolean;
  rankDir?: 'TB' | 'BT' | 'LR' | 'RL';
  /** Room around the fitted graph, in screen pixels (40 unless asked). */
  padding?: number;
  /** fcose: distances between nodes × this (1 unless asked; a phone's small canvas asks for less). */
  spacing?: number;
}): LayoutPlan {
  const animate = opts.nodes <= ANIMATE_MAX_NODES;
  const common = { fit: opts.fit ?? true, padding: opts.padding ?? 40, animate, animationDuration: 450 };
  const spacing = opts.spacing ?? 1;
  switch (opts.name) {
    case 'fcose': {
      const full = opts.nodes <= FCOSE_FULL_MAX_NODES;
      const fixed = (opts.pinned ?? []).map((p) => ({ nodeId: p.id, position: { x: p.x, y: p.y } }));
      return {
        note: full ? null : 'fcose-draft',
        options: {
          name: 'fcose',
          ...common,
          quality: full ? 'default' : 'draft',
          // An incremental run starts from where the nodes are, so the picture does not jump.
          randomize: full ? !opts.incremental : true,
          // The spectral draft packs thousands of nodes tightly: more room keeps them apart.
          nodeSeparation: Math.round((full ? 90 : 200) * spacing),
          // Numbers, not functions: fcose's spectral step reads idealEdgeLength as a number, and
          // plain values can be posted to the layout worker. Repulsion acts over squared distances.
          nodeRepulsion: Math.round(9000 * spacing * spacing),
          idealEdgeLength: Math.round(95 * spacing),
          packComponents: false,
          // Unconnected nodes are tiled; leave room for their labels.
          tilingPaddingHorizontal: 90,
          tilingPaddingVertical: 40,
          ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
        },
      };
    }
    case 'dagre': {
      if (opts.nodes <= DAGRE_MAX_NODES && opts.edges <= DAGRE_MAX_EDGES) {
        // Labels count as width, so names on one rank do not run into each other.
        return { note: null, options: { name: 'dagre', ...common, rankDir: opts.rankDir ?? 'TB', nodeSep: 16, rankSep: 70, edgeSep: 8, nodeDimensionsIncludeLabels: true } };
      }
      return { note: 'dagre-breadthfirst', options: { name: 'breadthfirst', ...common, directed: true, spacingFactor: 1.1, avoidOverlap: true } };
    }
    case 'concentric':
      return {
        note: null,
        options: {
          name: 'concentric',
          ...common,
          // Hubs in the middle: the rings are degree bands.
          concentric: (n: NodeSingular) => n.degree(false),
          levelWidth: () => 2,
          minNodeSpacing: 18,
          avoidOverlap: true,
        },
      };
  }
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Spreads nodes that a layout put on one spot over a disc around it (Vogel's sunflower spiral,
 * nearest nodes about 1.8 × `step` apart). fcose's spectral draft gives nodes of the same
 * neighbours the same place (a hub's leaves), which drew a thousand nodes as a few stacks on a
 * cross.
 */
export function spreadStacked(positions: Readonly<Record<string, { x: number; y: number }>>, step = 46): Record<string, { x: number; y: number }> {
  const stacks = new Map<string, string[]>();
  for (const [id, p] of Object.entries(positions)) {
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    const stack = stacks.get(key);
    if (stack) stack.push(id);
    else stacks.set(key, [id]);
  }
  const out: Record<string, { x: number; y: number }> = { ...positions };
  for (const ids of stacks.values()) {
    if (ids.length < 2) continue;
    const c = positions[ids[0]!]!;
    ids.forEach((id, i) => {
      const r = step * Math.sqrt(i + 0.5);
      const a = i * GOLDEN_ANGLE;
      out[id] = { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
    });
  }
  return out;
}
