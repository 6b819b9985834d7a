import { describe, expect, it } from 'vitest';
import { answerCode, connectionHeaders } from './load.ts';
import { requestPicker, type FieldLoad } from './load-mix.ts';

describe('answerCode', () => {
  it('counts a 200 with data as ok, a 200 with errors under its first code, anything else by status', () => {
    expect(answerCode(200, '{"data":{"stats":{"nodes":1}}}')).toBe('ok');
    expect(answerCode(200, '{"errors":[{"message":"x","extensions":{"code":"DATABASE_UNAVAILABLE"}}],"data":null}')).toBe('DATABASE_UNAVAILABLE');
    expect(answerCode(200, '{"errors":[{"message":"x"}]}')).toBe('UNCODED_ERROR');
    expect(answerCode(429, '{"errors":[{"message":"slow down","extensions":{"code":"RATE_LIMITED"}}]}')).toBe('HTTP 429 RATE_LIMITED');
    expect(answerCode(502, 'Bad Gateway')).toBe('HTTP 502');
    expect(answerCode(200, '<html>')).toBe('UNREADABLE_JSON');
  });
});

describe('connectionHeaders', () => {
  it('gives connection i the token i mod n, and no authorization without tokens', () => {
    const h = connectionHeaders(['a', 'b']);
    expect([0, 1, 2].map((i) => h(i).authorization)).toEqual(['Bearer a', 'Bearer b', 'Bearer a']);
    expect(connectionHeaders([])(3)).toEqual({ 'content-type': 'application/json' });
  });
});

describe('requestPicker', () => {
  it('draws fields in proportion to their weights, the same sequence for the same seed', () => {
    const field = (name: string, weight: number): FieldLoad => ({ name, weight, query: '', inputs: [{ n: 1 }, { n: 2 }] });
    const mix = [field('a', 70), field('b', 20), field('c', 10)];
    const pick = requestPicker(mix, 5);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[pick().field.name]!++;
    expect(counts.a! / 20_000).toBeCloseTo(0.7, 1);
    expect(counts.b! / 20_000).toBeCloseTo(0.2, 1);
    expect(counts.c! / 20_000).toBeCloseTo(0.1, 1);
    const again = requestPicker(mix, 5);
    const first = requestPicker(mix, 5);
    expect(Array.from({ length: 5 }, () => again().variables)).toEqual(Array.from({ length: 5 }, () => first().variables));
  });
});
