import { describe, expect, it } from 'vitest';
import { regionCodeCandidates, regionNameKey } from './region-lookup.ts';

describe('regionCodeCandidates', () => {
  it('reads ISO 3166-2 codes in letters and in digits as the province code the data uses', () => {
    for (const typed of ['CN-GD', 'cn-gd', 'CN-44', 'CNGD', ' CN-44 ']) expect(regionCodeCandidates(typed)).toContain('440000');
    expect(regionCodeCandidates('CN-BJ')).toContain('110000');
    expect(regionCodeCandidates('440305')).toEqual(['440305']);
    expect(regionCodeCandidates('CN-XX')).toEqual(['CN-XX']);
  });
});

describe('regionNameKey', () => {
  it('compares names without their administrative suffix, in either language and any case', () => {
    expect(regionNameKey('广东省')).toBe(regionNameKey('广东'));
    expect(regionNameKey('Guangdong Province')).toBe('guangdong');
    expect(regionNameKey('广西壮族自治区')).toBe('广西');
    expect(regionNameKey('Shenzhen City')).toBe(regionNameKey('shenzhen'));
  });
});
