import { edgeTypeStyle, nodeKindStyle, type NodeShape } from './kinds.ts';

// A PNG of the graph carries its own key: the kinds and relationship types drawn, in the page's
// language, and what it shows and when (a picture pasted into a report outlives the page).

export interface PngLegend {
  /** One line above the key: what the picture is and when it was made. */
  caption: string;
  kinds: { kind: string; label: string }[];
  types: { type: string; label: string }[];
}

/** The image is made at twice the screen's resolution: the key is drawn at the same scale. */
const SCALE = 2;
const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif';
const PAD = 16 * SCALE;
const ROW = 22 * SCALE;
const SWATCH = 12 * SCALE;
const GAP = 18 * SCALE;
const MIN_WIDTH = 640 * SCALE;

function swatch(g: CanvasRenderingContext2D, shape: NodeShape, x: number, y: number): void {
  const s = SWATCH;
  g.beginPath();
  if (shape === 'ellipse' || shape === 'barrel' || shape === 'round-octagon' || shape === 'round-pentagon' || shape === 'round-hexagon') g.arc(x + s / 2, y + s / 2, s / 2, 0, 2 * Math.PI);
  else if (shape === 'diamond' || shape === 'round-diamond') {
    g.moveTo(x + s / 2, y);
    g.lineTo(x + s, y + s / 2);
    g.lineTo(x + s / 2, y + s);
    g.lineTo(x, y + s / 2);
    g.closePath();
  } else if (shape === 'round-triangle') {
    g.moveTo(x + s / 2, y);
    g.lineTo(x + s, y + s);
    g.lineTo(x, y + s);
    g.closePath();
  } else g.rect(x, y, s, s);
  g.fill();
}

/** Lays out entries left to right, wrapping at `width`; returns where each goes and the height used. */
function flow(g: CanvasRenderingContext2D, labels: string[], width: number): { at: { x: number; y: number }[]; height: number } {
  const at: { x: number; y: number }[] = [];
  let x = PAD;
  let y = 0;
  for (const label of labels) {
    const w = SWATCH + 6 * SCALE + g.measureText(label).width;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += ROW;
    }
    at.push({ x, y });
    x += w + GAP;
  }
  return { at, height: labels.length > 0 ? y + ROW : 0 };
}

/** The graph's PNG with the key under it. */
export async function withLegend(png: Blob, legend: PngLegend): Promise<Blob> {
  const image = await createImageBitmap(png);
  const width = Math.max(image.width, MIN_WIDTH);
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${12 * SCALE}px ${FONT}`;
  const kinds = flow(measure, legend.kinds.map((k) => k.label), width);
  const types = flow(measure, legend.types.map((t) => t.label), width);
  const keyTop = image.height + PAD;
  const height = keyTop + ROW + kinds.height + types.height + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.drawImage(image, Math.round((width - image.width) / 2), 0);
  g.strokeStyle = '#e2e8f0';
  g.lineWidth = SCALE;
  g.beginPath();
  g.moveTo(PAD, image.height + PAD / 2);
  g.lineTo(width - PAD, image.height + PAD / 2);
  g.stroke();

  g.textBaseline = 'middle';
  g.fillStyle = '#475569';
  g.font = `${12 * SCALE}px ${FONT}`;
  g.fillText(legend.caption, PAD, keyTop + ROW / 2, width - 2 * PAD);

  legend.kinds.forEach((k, i) => {
    const { x, y } = kinds.at[i]!;
    const top = keyTop + ROW + y;
    const style = nodeKindStyle(k.kind);
    g.fillStyle = style.color;
    swatch(g, style.shape, x, top + (ROW - SWATCH) / 2);
    g.fillStyle = '#1f2933';
    g.fillText(k.label, x + SWATCH + 6 * SCALE, top + ROW / 2);
  });
  legend.types.forEach((t, i) => {
    const { x, y } = types.at[i]!;
    const mid = keyTop + ROW + kinds.height + y + ROW / 2;
    const style = edgeTypeStyle(t.type);
    g.strokeStyle = style.color;
    g.lineWidth = Math.max(1, style.width) * SCALE;
    g.setLineDash(style.line === 'dashed' ? [4 * SCALE, 3 * SCALE] : style.line === 'dotted' ? [SCALE, 2 * SCALE] : []);
    g.beginPath();
    g.moveTo(x, mid);
    g.lineTo(x + SWATCH, mid);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = '#1f2933';
    g.fillText(t.label, x + SWATCH + 6 * SCALE, mid);
  });
  image.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
