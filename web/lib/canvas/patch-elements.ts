import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';

const DATA = '_ipatlasData';
const CLASSES = '_ipatlasClasses';

export interface PatchResult {
  /** Nodes added without a remembered position: they wait for a layout. */
  placed: string[];
  added: number;
  removed: number;
  updated: number;
}

/**
 * Makes the canvas hold exactly `defs`, touching only what changed (by id, data identity and
 * class string) inside one batch, so positions, selection and zoom survive. New nodes go where
 * they were last seen, else around a neighbour already drawn, so an expansion
 * unfolds from the node it came from before any layout runs.
 */
export function patchElements(cy: Core, defs: readonly ElementDefinition[], memory: Map<string, Position>): PatchResult {
  const byId = new Map<string, ElementDefinition>();
  for (const d of defs) byId.set(String(d.data.id), d);
  const result: PatchResult = { placed: [], added: 0, removed: 0, updated: 0 };

  cy.batch(() => {
    const gone = cy.elements().filter((ele) => !byId.has(ele.id()));
    gone.nodes().forEach((n) => {
      memory.set(n.id(), { ...n.position() });
    });
    result.removed = gone.length;
    cy.remove(gone);

    const fresh: ElementDefinition[] = [];
    for (const [id, def] of byId) {
      const ele = cy.getElementById(id);
      if (ele.empty()) {
        fresh.push({ ...def });
        continue;
      }
      if (ele.scratch(DATA) !== def.data) {
        ele.data(def.data);
        ele.scratch(DATA, def.data);
        result.updated++;
      }
      const classes = def.classes ?? '';
      if (ele.scratch(CLASSES) !== classes) {
        ele.classes(classes);
        ele.scratch(CLASSES, classes);
      }
    }
    if (fresh.length === 0) return;

    // Nodes before edges so every edge finds its ends.
    fresh.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    const unplaced = new Set<string>();
    for (const def of fresh) {
      if (def.group !== 'nodes') continue;
      const remembered = memory.get(String(def.data.id));
      if (remembered) def.position = { ...remembered };
      else unplaced.add(String(def.data.id));
    }
    const added = cy.add(fresh as ElementDefinition[]);
    added.forEach((ele) => {
      ele.scratch(DATA, (byId.get(ele.id()) as ElementDefinition).data);
      ele.scratch(CLASSES, byId.get(ele.id())?.classes ?? '');
    });
    result.added = added.length;
    placeAroundNeighbours(cy, unplaced);
    result.placed = [...unplaced];
  });
  return result;
}

/** Room each newcomer gets around its neighbour: Vogel's spiral puts nearest ones about 1.8× this apart. */
const SPIRAL_STEP = 46;
/** The first turn keeps clear of the neighbour itself. */
const SPIRAL_HOLE = 3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Puts each new node beside its first neighbour that already has a place: a few on a ring, many
 * filling a disc (Vogel's sunflower spiral), so 800 newcomers cover a disc some 30 nodes across
 * around their source rather than a ring of thousands of pixels that leaves the view.
 */
function placeAroundNeighbours(cy: Core, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const rings = new Map<string, NodeSingular[]>();
  const loose: NodeSingular[] = [];
  for (const id of ids) {
    const node = cy.getElementById(id) as NodeSingular;
    const anchor = node.neighborhood('node').filter((n) => !ids.has(n.id()))[0] as NodeSingular | undefined;
    if (anchor) {
      const ring = rings.get(anchor.id()) ?? [];
      ring.push(node);
      rings.set(anchor.id(), ring);
    } else loose.push(node);
  }
  for (const [anchorId, ring] of rings) {
    const c = cy.getElementById(anchorId).position();
    if (ring.length <= 12) {
      const radius = 90;
      ring.forEach((n, i) => {
        const a = (2 * Math.PI * i) / ring.length;
        n.position({ x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) });
      });
      continue;
    }
    ring.forEach((n, i) => {
      const r = SPIRAL_STEP * Math.sqrt(i + SPIRAL_HOLE);
      const a = (i + SPIRAL_HOLE) * GOLDEN_ANGLE;
      n.position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    });
  }
  if (loose.length === 0) return;
  // Nothing to hang on to: a grid beside what is drawn (or at the origin of an empty canvas).
  const placed = cy.nodes().filter((n) => !ids.has(n.id()) || rings.has(n.id()));
  const box = placed.nonempty() ? placed.boundingBox() : { x2: 0, y1: 0 };
  const cols = Math.ceil(Math.sqrt(loose.length));
  loose.forEach((n, i) => {
    n.position({ x: box.x2 + 80 + (i % cols) * 80, y: box.y1 + Math.floor(i / cols) * 80 });
  });
}
