import { describe, expect, it } from 'vitest';
import { decodeTracerQuery, encodeTracerQuery, refiltered } from './tracer-url.ts';

const TODAY = '2026-01-01';

describe('the tracer in the URL', () => {
  it('round-trips every part and writes the date always', () => {
    const t = { policy: 'P1', actor: 'O1', asOf: '2020-05-01', region: '440300', includeImplementing: false, kinds: ['university', 'bank'], after: 'c25', page: 2 };
    expect(decodeTracerQuery(encodeTracerQuery(t), TODAY)).toEqual(t);
    expect(encodeTracerQuery(decodeTracerQuery(new URLSearchParams(''), TODAY)).toString()).toBe('asOf=2026-01-01');
  });

  it('leaves out what is malformed', () => {
    const t = decodeTracerQuery(new URLSearchParams('asOf=2020-13&p=3&kind='), TODAY);
    expect(t.asOf).toBe(TODAY);
    expect(t.page).toBe(1);
    expect(t.kinds).toEqual([]);
  });

  it('starts the list again when the filters change', () => {
    const t = decodeTracerQuery(new URLSearchParams('policy=P1&after=c25&p=2'), TODAY);
    expect(refiltered(t, { region: '110000' })).toMatchObject({ region: '110000', after: null, page: 1 });
  });
});
