import { describe, expect, it } from 'vitest';
import { canvasStyle, DEFAULT_LABELS, readableLabels } from './canvas-style.ts';

const nodeStyle = (sheet: ReturnType<typeof canvasStyle>): Record<string, unknown> => {
  const rule = sheet.find((r) => r.selector === 'node');
  return rule && 'style' in rule ? (rule.style as Record<string, unknown>) : {};
};

describe('labels a fitted graph can be read by', () => {
  it('keeps the default size where the fit draws labels big enough, and shows them whatever the density', () => {
    expect(readableLabels(1.2, 10)).toEqual({ ...DEFAULT_LABELS, hideBelowPx: 9 });
    expect(nodeStyle(canvasStyle({ density: 'crowded', labels: readableLabels(1.2, 10) }))['min-zoomed-font-size']).toBe(9);
    expect(nodeStyle(canvasStyle({ density: 'crowded' }))['min-zoomed-font-size']).toBe(12);
  });

  it('enlarges labels (and their wrap width) in the graph’s units when the fit zooms out, as on a phone', () => {
    const labels = readableLabels(0.5, 10);
    expect(labels.fontSize * 0.5).toBeCloseTo(10);
    expect(labels.maxWidth * 0.5).toBeCloseTo(100);
    const style = nodeStyle(canvasStyle({ density: 'normal', labels }));
    expect(style['font-size']).toBe(20);
    expect(style['text-max-width']).toBe('200px');
  });
});
