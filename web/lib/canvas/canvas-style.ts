import type { StylesheetJson } from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS, TX_KINDS } from './kinds.ts';

/** From this many elements on, the canvas draws the cheap way (straight haystack edges, no arrows, fewer labels). */
export const LARGE_GRAPH_ELEMENTS = 1500;
/** From this many nodes on, only the nodes the user works with keep their names when zoomed out. */
export const CROWDED_GRAPH_NODES = 40;

export type Density = 'normal' | 'crowded' | 'large';

export function densityOf(nodes: number, elements: number): Density {
  return elements >= LARGE_GRAPH_ELEMENTS ? 'large' : nodes >= CROWDED_GRAPH_NODES ? 'crowded' : 'normal';
}

/** Zoom × font size below which a label is not drawn (labels are 10 px at zoom 1). */
const MIN_LABEL_PX: Record<Density, number> = { normal: 7, crowded: 12, large: 13 };

const INK = '#1f2933';
const HIGHLIGHT = '#f59e0b';

/** Node labels' size and the width they wrap at, in model units (10 and 120 unless enlarged for a small screen). */
export interface LabelSize {
  fontSize: number;
  maxWidth: number;
  /** Screen size below which a label is not drawn; the density's own when not given. */
  hideBelowPx?: number;
}

export const DEFAULT_LABELS: LabelSize = { fontSize: 10, maxWidth: 120 };

/**
 * Labels drawn at least `minPx` screen pixels at this zoom (and wrapping at about ten times that
 * on screen), never smaller than the default, and shown at that size whatever the density: what
 * keeps a fitted graph legible on a phone. Zoomed out further, they hide.
 */
export function readableLabels(zoom: number, minPx: number): LabelSize {
  const hideBelowPx = Math.floor(minPx * 0.9);
  if (!(zoom > 0) || zoom * DEFAULT_LABELS.fontSize >= minPx) return { ...DEFAULT_LABELS, hideBelowPx };
  const fontSize = Math.round((minPx / zoom) * 10) / 10;
  return { fontSize, maxWidth: Math.max(DEFAULT_LABELS.maxWidth, Math.round((10 * minPx) / zoom)), hideBelowPx };
}

/** The canvas's stylesheet; denser graphs show fewer labels, and large ones trade arrows and curves for speed. */
export function canvasStyle(opts: { density: Density; labels?: LabelSize }): StylesheetJson {
  const large = opts.density === 'large';
  const labels = opts.labels ?? DEFAULT_LABELS;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': labels.fontSize,
        'font-family': 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
        color: INK,
        'text-valign': 'bottom',
        'text-margin-y': Math.round((4 * labels.fontSize) / 10),
        'text-wrap': 'ellipsis',
        'text-max-width': `${labels.maxWidth}px`,
        // Labels disappear when zoomed out: they are unreadable there and the slowest thing to draw.
        'min-zoomed-font-size': labels.hideBelowPx ?? MIN_LABEL_PX[opts.density],
        'text-outline-color': '#ffffff',
        'text-outline-width': large ? 0 : 2,
        'text-outline-opacity': 0.85,
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        'background-color': '#9ca3af',
        width: 24,
        height: 24,
      },
    },
  ];
  for (const [kind, s] of Object.entries(NODE_KINDS)) {
    sheet.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': s.color, shape: s.shape, width: s.size, height: s.size } });
  }
  for (const [txKind, color] of Object.entries(TX_KINDS)) {
    sheet.push({ selector: `node[txKind = "${txKind}"]`, style: { 'background-color': color } });
  }
  sheet.push(
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#b0b7c3',
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        opacity: 0.85,
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': '#b0b7c3',
        'arrow-scale': 0.7,
      },
    },
  );
  for (const [type, s] of Object.entries(EDGE_TYPES)) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line, width: s.width },
    });
  }
  sheet.push(
    { selector: 'edge[type = "OWNS"][share]', style: { width: 'mapData(share, 0, 1, 1, 5)' } },
    // The nodes the user put there or opened, and those a page names on purpose, keep their names at any zoom.
    { selector: 'node.seed, node.expanded, node.path, node.focus, node:selected, node.labelled', style: { 'min-zoomed-font-size': 0 } },
    // What a job page's graph is about (its subject and the result shown): a ring its legend names.
    // Named on demand: a node among many alike whose labels would hide the rest (shown when selected).
    { selector: 'node.unlabelled', style: { 'text-opacity': 0 } },
    // Its names are the ones read first: wider before they are cut.
    { selector: 'node.focus', style: { 'underlay-color': '#3b73d9', 'underlay-padding': 6, 'underlay-opacity': 0.25, 'underlay-shape': 'ellipse', 'font-weight': 'bold', 'text-max-width': `${Math.round(labels.maxWidth * 1.6)}px` } },
    // A tree drawn left to right: small nodes with their names above them, clear of the links
    // that leave them sideways, on a pale ground where a link still passes behind.
    {
      selector: 'node.tree-label',
      style: { 'text-valign': 'top', 'text-margin-y': -3, 'text-max-width': '210px', 'font-size': 11, width: 18, height: 18, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px' },
    },
    // A long name a page gives a node (a scope in words) wraps onto lines instead of being cut.
    { selector: 'node.wrap-label', style: { 'text-wrap': 'wrap', 'text-max-width': '150px' } },
    // A policy's level, in the colours of the lists' level badges.
    { selector: 'node.level-national', style: { 'background-color': '#dc2626' } },
    { selector: 'node.level-provincial', style: { 'background-color': '#d97706' } },
    { selector: 'node.level-municipal', style: { 'background-color': '#16a34a' } },
    { selector: 'node.seed', style: { 'underlay-color': '#3b73d9', 'underlay-padding': 5, 'underlay-opacity': 0.12, 'underlay-shape': 'ellipse' } },
    { selector: 'node.expanded', style: { 'border-color': '#334155', 'border-width': 2 } },
    { selector: 'node.pinned', style: { 'border-color': INK, 'border-width': 3, 'border-style': 'double' } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
    { selector: 'node.path', style: { 'underlay-color': HIGHLIGHT, 'underlay-padding': 7, 'underlay-opacity': 0.55, 'z-index': 10 } },
    { selector: 'edge.path', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4, opacity: 1, 'z-index': 10, 'line-style': 'solid' } },
    { selector: 'node:selected', style: { 'border-color': '#0b57d0', 'border-width': 3, 'border-style': 'solid', 'z-index': 20, 'text-opacity': 1 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#0b57d0', 'target-arrow-color': '#0b57d0', width: 3.5, opacity: 1, label: 'data(type)', 'font-size': 9, color: '#0b57d0', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px' },
    },
  );
  return sheet;
}

/**
 * Only the node sizes, for laying out a headless copy of the graph: a layout needs sizes, and
 * the label mappings would cost time (and a warning per node without a label).
 */
export function nodeSizeStyle(): StylesheetJson {
  return Object.entries(NODE_KINDS).map(([kind, s]) => ({ selector: `node[kind = "${kind}"]`, style: { width: s.size, height: s.size } }));
}
