import { describe, expect, it } from 'vitest';
import { holderTimeline, sameTimeline } from './holder-timeline.ts';

describe('holderTimeline', () => {
  it('gives the applicants from filing until the first assignment, then each assignee', () => {
    const t = holderTimeline({
      filed: '2018-03-01',
      applicants: ['U1', 'E1'],
      assignments: [
        { id: 'TX2', date: '2021-06-01', to: 'E3' },
        { id: 'TX1', date: '2020-01-15', to: 'E2' },
      ],
    });
    expect(t).toEqual([
      { holder: 'E1', from: '2018-03-01', until: '2020-01-15', via: 'application' },
      { holder: 'U1', from: '2018-03-01', until: '2020-01-15', via: 'application' },
      { holder: 'E2', from: '2020-01-15', until: '2021-06-01', via: 'TX1' },
      { holder: 'E3', from: '2021-06-01', until: null, via: 'TX2' },
    ]);
  });

  it('lets the later of two same-day assignments hold the patent that day', () => {
    const t = holderTimeline({
      filed: '2019-01-01',
      applicants: ['A'],
      assignments: [
        { id: 'T-b', date: '2020-05-05', to: 'C' },
        { id: 'T-a', date: '2020-05-05', to: 'B' },
      ],
    });
    expect(t.map((s) => [s.holder, s.from, s.until])).toEqual([
      ['A', '2019-01-01', '2020-05-05'],
      ['C', '2020-05-05', null],
    ]);
  });

  it('keeps an applicant with no filing date as holder since an unknown date', () => {
    expect(holderTimeline({ filed: null, applicants: ['A'], assignments: [] })).toEqual([
      { holder: 'A', from: null, until: null, via: 'application' },
    ]);
  });

  it('compares timelines regardless of order', () => {
    const a = holderTimeline({ filed: '2019-01-01', applicants: ['A', 'B'], assignments: [] });
    expect(sameTimeline(a, [...a].reverse())).toBe(true);
    expect(sameTimeline(a, a.slice(1))).toBe(false);
  });
});
