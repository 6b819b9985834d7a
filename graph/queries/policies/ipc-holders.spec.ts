import { describe, expect, it } from 'vitest';
import { holdsOn, mergeSpans, type Span } from './ipc-holders.ts';

describe('holding spans', () => {
  it('merges overlapping and touching spans, keeping gaps', () => {
    const spans: Span[] = [
      ['2021-05-01', '2022-01-01'],
      ['2020-01-01', '2021-06-01'],
      ['2022-01-01', '2022-03-01'],
      ['2023-01-01', null],
      ['2024-01-01', '2024-02-01'],
    ];
    expect(mergeSpans(spans)).toEqual([
      ['2020-01-01', '2022-03-01'],
      ['2023-01-01', null],
    ]);
  });

  it('treats a missing start as open and merges spans that start open', () => {
    expect(
      mergeSpans([
        [null, '2020-01-01'],
        [null, '2019-01-01'],
        ['2021-01-01', '2022-01-01'],
      ]),
    ).toEqual([
      [null, '2020-01-01'],
      ['2021-01-01', '2022-01-01'],
    ]);
  });

  it('holds from the start day up to the day before the end', () => {
    const spans = mergeSpans([
      ['2020-01-01', '2021-01-01'],
      ['2022-01-01', null],
    ]);
    expect(holdsOn(spans, '2019-12-31')).toBe(false);
    expect(holdsOn(spans, '2020-01-01')).toBe(true);
    expect(holdsOn(spans, '2020-12-31')).toBe(true);
    expect(holdsOn(spans, '2021-01-01')).toBe(false);
    expect(holdsOn(spans, '2021-12-31')).toBe(false);
    expect(holdsOn(spans, '2030-01-01')).toBe(true);
    expect(holdsOn([[null, null]], '1990-01-01')).toBe(true);
    expect(holdsOn([], '2020-01-01')).toBe(false);
  });
});
