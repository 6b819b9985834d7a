import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { decodeState, EMPTY_STATE, encodeState, shortlistCsv, type Candidate } from './licensee-state.ts';

describe('licensee finder state', () => {
  it('round-trips through the URL and leaves defaults out', () => {
    const s = { ...EMPTY_STATE, patent: 'CN1', region: 'CN-GD', minPortfolio: 3, selected: 'ORG-1' };
    const q = encodeState(s);
    expect(q.toString()).toBe('patent=CN1&region=CN-GD&min=3&sel=ORG-1');
    expect(decodeState(q)).toEqual(s);
    expect(encodeState(EMPTY_STATE).toString()).toBe('');
  });

  it('keeps the licensee kinds known, once each, in the order offered; enterprise alone is the default and says nothing', () => {
    expect(encodeState({ ...EMPTY_STATE, patent: 'CN1', kinds: ['bank', 'university', 'bank', 'person'] }).toString()).toBe('patent=CN1&kinds=university%2Cbank');
    expect(decodeState(new URLSearchParams('kinds=bank,,university,person')).kinds).toEqual(['university', 'bank']);
    expect(decodeState(new URLSearchParams('kinds=enterprise')).kinds).toEqual([]);
    expect(encodeState({ ...EMPTY_STATE, patent: 'CN1', kinds: ['enterprise'] }).toString()).toBe('patent=CN1');
    expect(decodeState(new URLSearchParams('kinds=enterprise,university')).kinds).toEqual(['enterprise', 'university']);
  });

  it('ignores a portfolio size that is not a whole number', () => {
    expect(decodeState(new URLSearchParams('min=-1&max=abc')).minPortfolio).toBeNull();
  });

  it('exports the shortlist with both reasons, quoting what needs it', () => {
    const c: Candidate = {
      rank: 1,
      candidate: { id: 'ORG-1', kind: 'enterprise', name: '甲, 乙公司', nameEn: 'A "B" Co', industry: null, industryEn: null, regions: [], portfolio: 4 },
      score: 0.5,
      reasonZh: '合作申请 2 件',
      reasonEn: '2 joint applications',
      parts: [{ part: 'technology', value: 0.25, weight: 1, contribution: 0.05, explanationZh: '', explanationEn: '', counts: [] }],
      evidence: { nodes: [], edges: [], truncated: false, omitted: null, hidden: null },
    };
    const rows = parse(shortlistCsv([c]).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ rank: '1', kind: 'enterprise', name: '甲, 乙公司', name_en: 'A "B" Co', technology: '0.250', citations: '', reason_zh: '合作申请 2 件', reason_en: '2 joint applications' })]);
  });
});
