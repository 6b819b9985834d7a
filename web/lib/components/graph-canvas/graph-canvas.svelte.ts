import type { Core, ElementDefinition, EventObject, LayoutOptions, Layouts, NodeSingular, Position } from 'cytoscape';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { canvasStyle, DEFAULT_LABELS, densityOf, readableLabels, type Density, type LabelSize } from '../../canvas/canvas-style.ts';
import { FCOSE_FULL_MAX_NODES, planLayout, type LayoutNote } from '../../canvas/layouts.ts';
import { patchElements } from '../../canvas/patch-elements.ts';
import type { LayoutName, Pin } from '../../canvas/exploration.ts';
import { layoutInWorker, warmLayoutWorker, workerAvailable } from './layout-in-worker.ts';
import { loadCytoscape } from './load-cytoscape.ts';

/** Ask for a layout by bumping `seq`; nothing else re-runs one. */
export interface LayoutRequest {
  seq: number;
  name: LayoutName;
  /** Start from the current positions (after an expansion) rather than afresh. */
  incremental: boolean;
  fit: boolean;
  /** Centre on this node afterwards. */
  focus?: string | null;
  /** dagre only: the direction ranks run in ('RL' puts edges' targets on the left, e.g. an implemented policy left of its implementers). */
  rankDir?: 'TB' | 'BT' | 'LR' | 'RL';
  /** Room around the fitted graph in screen pixels (40 unless asked). */
  padding?: number;
  /** fcose: distances between nodes × this (1 unless asked). */
  spacing?: number;
  /**
   * With `fit`: node labels are drawn at least this many screen pixels at the fitted zoom
   * (enlarged in the graph's own units when the fit zooms out, as on a phone), and the view is
   * fitted again when the canvas changes size until the user pans or zooms it.
   */
  labelsAtLeast?: number;
  /**
   * With `fit`: the laid-out graph is shaped to the view before it is fitted, so it fills the view
   * instead of a band of it: turned a quarter when it is wide on a tall view (a phone's) or tall
   * on a wide one, then spread along the view's longer side (up to half as far again), which
   * also parts labels that sat side by side. Drawn without the layout's animation.
   */
  shapeToView?: boolean;
}

export interface LayoutStatus {
  running: boolean;
  nodes: number;
  note: LayoutNote;
  ms?: number;
}

export interface CanvasInput {
  elements: () => readonly ElementDefinition[];
  layout: () => LayoutRequest;
  pinned: () => readonly Pin[];
  selected: () => readonly string[];
}

export interface CanvasController {
  /** Model positions of nodes, for pinning. */
  positions(ids: readonly string[]): Pin[];
  /** The whole graph as a PNG, at twice the screen's resolution. */
  png(): Promise<Blob>;
  fit(): void;
  focus(id: string): void;
  /** Brings these nodes into view, all of them. */
  fitTo(ids: readonly string[]): void;
  /** Where a node is on screen, relative to the canvas. */
  renderedPosition(id: string): Position | null;
}

export interface CanvasEvents {
  onready?: (controller: CanvasController) => void;
  onselect?: (ids: string[]) => void;
  /** Double-click (or double-tap) on a node. */
  onexpand?: (id: string) => void;
  /** A click or tap on a node, selected already or not. */
  ontapnode?: (id: string) => void;
  /** Right-click on a node; null when the menu should close (pan, zoom, click elsewhere). */
  onmenu?: (menu: { id: string; x: number; y: number } | null) => void;
  onlayout?: (status: LayoutStatus) => void;
  onerror?: (message: string) => void;
}

declare global {
  interface Window {
    /** The live Cytoscape instance, for the browser tests, the benchmark and debugging. */
    __ipatlasCy?: Core;
  }
}

const FIT_MAX_ZOOM = 1.4;
/** A canvas of up to this many nodes is fitted whole after a node is opened on it. */
const FIT_ALL_MAX_NODES = 30;
/** fcose on fewer nodes takes under ~0.3 s: not worth a trip to the worker. */
const WORKER_MIN_NODES = 150;
/** A canvas this big is on its way to needing the worker: load it in the background. */
const WORKER_WARM_NODES = 60;

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The canvas: creates Cytoscape once (loading it on first use), patches its elements by id when
 * the input changes, runs a layout only when asked, and destroys it with the element.
 */
export function graphCanvas(input: CanvasInput, events: CanvasEvents = {}): Attachment<HTMLElement> {
  return (container) => {
    let cy = $state.raw<Core | null>(null);
    let destroyed = false;
    let density: Density = 'normal';
    let labels: LabelSize = DEFAULT_LABELS;
    /** The last fitted layout's request while the user has not moved the view since: a resize fits again. */
    let fitted: LayoutRequest | null = null;
    let lastLayoutSeq = 0;
    let running: Layouts | null = null;
    /** Bumped by every layout request; an answer for an older one is dropped. */
    let layoutToken = 0;
    const memory = new Map<string, Position>();

    loadCytoscape()
      .then((cytoscape) => {
        if (destroyed) return;
        const instance = cytoscape({
          container,
          style: canvasStyle({ density, labels }),
          minZoom: 0.03,
          maxZoom: 4,
          boxSelectionEnabled: true,
          // Pan and zoom move a snapshot instead of redrawing every element: what keeps
          // thousands of nodes fluid.
          textureOnViewport: true,
          motionBlur: false,
        });
        wire(instance);
        window.__ipatlasCy = instance;
        cy = instance;
        events.onready?.(controller(instance));
      })
      .catch((err: Error) => events.onerror?.(err.message));

    /** While the selection is set from outside: its events are not the user's choice. */
    let settingSelection = false;

    function wire(c: Core): void {
      let selectQueued = false;
      c.on('select unselect', () => {
        if (selectQueued || settingSelection) return;
        selectQueued = true;
        queueMicrotask(() => {
          selectQueued = false;
          if (!c.destroyed()) events.onselect?.(c.$(':selected').map((e) => e.id()));
        });
      });
      // Cytoscape calls two quick taps a double tap even on two different nodes (picking two
      // ends of a path); only the same node twice is a request to expand it.
      let taps: [unknown, unknown] = [null, null];
      c.on('tap', (e: EventObject) => {
        taps = [taps[1], e.target];
      });
      c.on('tap', 'node', (e: EventObject) => events.ontapnode?.(e.target.id()));
      c.on('dbltap', 'node', (e: EventObject) => {
        if (taps[0] === e.target) events.onexpand?.(e.target.id());
      });
      c.on('cxttap', 'node', (e: EventObject) => {
        const p = e.renderedPosition ?? (e.target as NodeSingular).renderedPosition();
        events.onmenu?.({ id: e.target.id(), x: p.x, y: p.y });
      });
      c.on('tap', (e: EventObject) => {
        if (e.target === c) events.onmenu?.(null);
      });
      c.on('zoom pan', () => events.onmenu?.(null));
      // The user moved the view: a later resize keeps it where they put it.
      c.on('dragpan scrollzoom pinchzoom', () => (fitted = null));
      let refit = 0;
      c.on('resize', () => {
        cancelAnimationFrame(refit);
        refit = requestAnimationFrame(() => {
          if (fitted && !c.destroyed() && !running) fitView(c, fitted);
        });
      });
      // A dragged node keeps its new place when it leaves and comes back.
      c.on('dragfree', 'node', (e: EventObject) => memory.set(e.target.id(), { ...e.target.position() }));
    }

    function controller(c: Core): CanvasController {
      return {
        positions: (ids) =>
          ids.flatMap((id) => {
            const n = c.getElementById(id);
            return n.nonempty() && n.isNode() ? [{ id, x: Math.round(n.position('x')), y: Math.round(n.position('y')) }] : [];
          }),
        png: () => c.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }),
        fit: () => {
          c.fit(c.elements(), 40);
          if (c.zoom() > FIT_MAX_ZOOM) c.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
        },
        focus: (id) => {
          const n = c.getElementById(id);
          if (n.nonempty()) c.animate({ center: { eles: n }, zoom: Math.max(c.zoom(), 1) }, { duration: 300 });
        },
        fitTo: (ids) => {
          const eles = c.nodes().filter((n) => ids.includes(n.id()));
          if (eles.empty()) return;
          c.fit(eles, 60);
          if (c.zoom() > FIT_MAX_ZOOM) c.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
        },
        renderedPosition: (id) => {
          const n = c.getElementById(id);
          return n.nonempty() && n.isNode() ? { ...n.renderedPosition() } : null;
        },
      };
    }

    function fitAll(c: Core, padding: number): void {
      c.fit(c.elements(), padding);
      if (c.zoom() > FIT_MAX_ZOOM) c.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
    }

    /** See `LayoutRequest.shapeToView`. A turn must let the fit draw the graph a tenth larger or more. */
    function shapeToView(c: Core): void {
      const box = c.nodes().boundingBox({ includeLabels: false });
      const [w, h] = [c.width(), c.height()];
      if (!(box.w > 0 && box.h > 0 && w > 0 && h > 0) || c.nodes(':locked').nonempty()) return;
      const turn = Math.min(w / box.h, h / box.w) / Math.min(w / box.w, h / box.h) >= 1.1;
      const [gw, gh] = turn ? [box.h, box.w] : [box.w, box.h];
      // How much longer the view's long side is, relative to the graph's, than its short one.
      const stretch = Math.min(1.5, Math.max(1, w / h / (gw / gh), h / w / (gh / gw)));
      const [sx, sy] = w / h > gw / gh ? [stretch, 1] : [1, stretch];
      const cx = box.x1 + box.w / 2;
      const cy0 = box.y1 + box.h / 2;
      c.batch(() => {
        c.nodes().forEach((n) => {
          const p = n.position();
          const [dx, dy] = turn ? [-(p.y - cy0), p.x - cx] : [p.x - cx, p.y - cy0];
          n.position({ x: cx + dx * sx, y: cy0 + dy * sy });
        });
      });
    }

    /** Fits the graph in the view as the request asks (zoom capped, labels made readable). */
    function fitView(c: Core, req: LayoutRequest): void {
      labels = DEFAULT_LABELS;
      c.style(canvasStyle({ density, labels }));
      fitAll(c, req.padding ?? 40);
      applyLabels(c, req);
    }

    /**
     * Labels for the zoom a fitted layout ended at (the default ones after any other layout).
     * Bigger labels widen the graph, so it is fitted again and the labels sized for that zoom,
     * twice at most: the second round moves the zoom by a few per cent only.
     */
    function applyLabels(c: Core, req: LayoutRequest): void {
      const readable = req.fit && req.labelsAtLeast ? req.labelsAtLeast : null;
      fitted = readable ? req : null;
      for (let round = 0; round < 2; round++) {
        const next = readable ? readableLabels(c.zoom(), readable) : DEFAULT_LABELS;
        if (next.fontSize === labels.fontSize && next.maxWidth === labels.maxWidth && next.hideBelowPx === labels.hideBelowPx) return;
        labels = next;
        c.style(canvasStyle({ density, labels }));
        if (!readable) return;
        fitAll(c, req.padding ?? 40);
      }
    }

    function runLayout(c: Core, req: LayoutRequest): void {
      running?.stop();
      running = null;
      fitted = null;
      const token = ++layoutToken;
      const eles = c.elements();
      const nodes = eles.nodes().length;
      if (nodes === 0) {
        events.onlayout?.({ running: false, nodes, note: null });
        return;
      }
      // On a large canvas an expansion keeps the ring it was placed on: a global re-layout
      // would move every node the user has already found.
      if (req.incremental && req.name === 'fcose' && nodes > FCOSE_FULL_MAX_NODES) {
        events.onlayout?.({ running: false, nodes, note: null });
        if (req.focus) controller(c).focus(req.focus);
        else if (req.fit) c.animate({ fit: { eles: c.elements(), padding: 40 } }, { duration: 300 });
        return;
      }
      const pinned = untrack(input.pinned).filter((p) => c.getElementById(p.id).nonempty());
      const plan = planLayout({ name: req.name, nodes, edges: eles.edges().length, incremental: req.incremental, pinned, fit: req.fit, rankDir: req.rankDir, padding: req.padding, spacing: req.spacing });
      events.onlayout?.({ running: true, nodes, note: plan.note });
      const started = performance.now();

      const shaping = req.fit && !!req.shapeToView;
      const finish = () => {
        if (shaping) {
          shapeToView(c);
          fitAll(c, req.padding ?? 40);
        }
        // Fitting a handful of nodes would blow them up to the maximum zoom.
        if (req.fit && c.zoom() > FIT_MAX_ZOOM) c.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
        applyLabels(c, req);
        events.onlayout?.({ running: false, nodes, note: plan.note, ms: performance.now() - started });
        // A few nodes all fit around the new one; centring on it alone would push the others
        // out of a phone's narrow view.
        if (req.focus && nodes <= FIT_ALL_MAX_NODES) controller(c).fit();
        else if (req.focus) controller(c).focus(req.focus);
      };
      const run = (options: LayoutOptions) => {
        try {
          const layout = eles.layout(shaping ? ({ ...options, animate: false, fit: false } as LayoutOptions) : options);
          running = layout;
          layout.one('layoutstop', () => {
            if (running === layout) running = null;
            if (token === layoutToken) finish();
          });
          layout.run();
        } catch (err) {
          events.onlayout?.({ running: false, nodes, note: plan.note });
          events.onerror?.((err as Error).message);
        }
      };

      if (req.name === 'fcose' && nodes >= WORKER_MIN_NODES && workerAvailable()) {
        // A fresh layout replaces every position: drawing the nodes where they wait would only
        // take CPU from the worker, so the canvas holds its frames (a batch) until the answer.
        let held = !req.incremental;
        if (held) c.startBatch();
        const release = () => {
          if (held && !c.destroyed()) c.endBatch();
          held = false;
        };
        layoutInWorker({ eles, name: req.name, incremental: req.incremental, pinned, spacing: req.spacing }).then(
          (positions) => {
            if (token !== layoutToken || c.destroyed()) return release();
            // Cytoscape hands preset's function the node (its typings say the id).
            const at = ((n: NodeSingular) => positions[n.id()] ?? n.position()) as unknown as (id: string) => Position;
            run({ name: 'preset', positions: at, fit: req.fit, padding: req.padding ?? 40, animate: !held && (plan.options.animate as boolean), animationDuration: 450 });
            release();
          },
          () => {
            release();
            // No worker after all (blocked, or it failed): the same layout on this thread.
            if (token === layoutToken && !c.destroyed()) setTimeout(() => run(plan.options), 0);
          },
        );
        return;
      }
      // Let the progress message paint before a layout that holds the main thread.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (token === layoutToken && !c.destroyed()) run(plan.options);
        }, 0),
      );
    }

    $effect(() => {
      const elements = input.elements();
      const c = cy;
      if (!c) return;
      untrack(() => {
        const now = densityOf(elements.filter((e) => e.group === 'nodes').length, elements.length);
        if (now !== density) {
          density = now;
          c.style(canvasStyle({ density, labels }));
        }
        patchElements(c, elements, memory);
        if (c.nodes().length >= WORKER_WARM_NODES) warmLayoutWorker();
      });
    });

    $effect(() => {
      const pins = input.pinned();
      const c = cy;
      if (!c) return;
      input.elements(); // new nodes may be pinned ones coming back
      untrack(() => {
        c.batch(() => {
          c.nodes(':locked').forEach((n) => {
            if (!pins.some((p) => p.id === n.id())) n.unlock();
          });
          for (const p of pins) {
            const n = c.getElementById(p.id);
            if (n.empty()) continue;
            n.unlock().position({ x: p.x, y: p.y }).lock();
            memory.set(p.id, { x: p.x, y: p.y });
          }
        });
      });
    });

    $effect(() => {
      const req = input.layout();
      const c = cy;
      if (!c || req.seq === lastLayoutSeq) return;
      lastLayoutSeq = req.seq;
      untrack(() => runLayout(c, req));
    });

    $effect(() => {
      const ids = input.selected();
      const c = cy;
      if (!c) return;
      input.elements();
      untrack(() => {
        const current = c.$(':selected').map((e) => e.id());
        if (sameIds(current, ids)) return;
        // A node selected before it arrives (opened from search) is selected when it does; the
        // unselect of the one before must not tell the page that nothing is selected.
        settingSelection = true;
        try {
          c.batch(() => {
            c.$(':selected').unselect();
            for (const id of ids) c.getElementById(id).select();
          });
        } finally {
          settingSelection = false;
        }
      });
    });

    return () => {
      destroyed = true;
      running?.stop();
      if (cy) {
        if (window.__ipatlasCy === cy) delete window.__ipatlasCy;
        cy.destroy();
      }
    };
  };
}
