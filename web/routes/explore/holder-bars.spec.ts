import { describe, expect, it } from 'vitest';
import type { HolderPeriod } from './entity-queries.ts';
import { node } from '../../lib/canvas/fixtures/sample-graph.ts';
import { countsByType } from './entity-cache.ts';
import { markerAt, timelineBars } from './holder-bars.ts';

const periods: HolderPeriod[] = [
  { holder: node('U', 'university', 'U'), from: '2010-01-01', until: '2015-01-01', via: 'application' },
  { holder: node('E', 'enterprise', 'E'), from: '2015-01-01', until: null, via: 'TX-1' },
];

describe('holders over time', () => {
  it('lays periods on one axis and marks who held it on the date', () => {
    const { bars, start, end } = timelineBars(periods, { asOf: '2012-06-01', today: '2020-01-01' });
    expect(start).toBe('2010-01-01');
    expect(end).toBe('2020-01-01');
    expect(bars[0]?.left).toBe(0);
    expect(bars[0]!.width + bars[1]!.width).toBeCloseTo(1, 5);
    expect(bars.map((b) => b.current)).toEqual([true, false]);
    expect(timelineBars(periods, { asOf: null, today: '2020-01-01' }).bars.map((b) => b.current)).toEqual([false, true]);
  });

  it('places the date marker only inside the axis', () => {
    expect(markerAt('2015-01-01', '2010-01-01', '2020-01-01')).toBeCloseTo(0.5, 2);
    expect(markerAt('2009-01-01', '2010-01-01', '2020-01-01')).toBeNull();
  });
});

describe('relationship counts', () => {
  it('adds both directions of a type and sorts by count', () => {
    expect(
      countsByType([
        { type: 'CITES', direction: 'IN', count: 2 },
        { type: 'HOLDS', direction: 'IN', count: 1 },
        { type: 'CITES', direction: 'OUT', count: 3 },
      ]),
    ).toEqual([
      { type: 'CITES', count: 5, directions: ['IN', 'OUT'] },
      { type: 'HOLDS', count: 1, directions: ['IN'] },
    ]);
  });
});
