import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, isoOf, sliderRange } from './dates.ts';

describe('slider dates', () => {
  it('round-trips days', () => {
    for (const d of ['1970-01-01', '2016-02-29', '2026-06-30']) expect(isoOf(dayOf(d))).toBe(d);
  });

  it('steps by months, clamped to the end of short months', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2020-11-15', 3)).toBe('2021-02-15');
  });

  it('pads the transactions span to whole years', () => {
    expect(sliderRange('2010-03-04', '2026-06-30')).toEqual({ min: '2010-01-01', max: '2026-12-31' });
    expect(sliderRange(null, null, '2025-05-05')).toEqual({ min: '2000-01-01', max: '2025-05-05' });
  });
});
