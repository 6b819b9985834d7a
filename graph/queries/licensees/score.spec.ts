import { describe, expect, it } from 'vitest';
import { classWeights, explainParts, partValues, reasonOf, scoreOf, type RawEvidence } from './score.ts';
import { DEFAULT_WEIGHTS, PARTS } from './weights.ts';

const none: RawEvidence = {
  tech: 0,
  heldMatches: 0,
  licensedMatches: 0,
  textMatches: 0,
  citesPatent: 0,
  citesPatent2: 0,
  citedByPatent: 0,
  citedByPatent2: 0,
  citesLicensor: 0,
  coApplications: 0,
  sharedInventors: 0,
  patentInventors: 0,
  dealsWithLicensor: 0,
  licensedSubject: 0,
  behaviour: 0,
  fromUniversities: 0,
  sharedRegion: null,
  regionUnknown: false,
  sharedPolicies: 0,
};

describe('licensee score', () => {
  it('weighs a class by specificity and rarity', () => {
    const w = classWeights([{ subgroup: 'H01M 10/052', mainGroup: 'H01M 10/00', subclass: 'H01M', subgroupSize: 100, mainGroupSize: 1000, subclassSize: 10_000 }], 100_000);
    expect(w['H01M 10/052']).toBeCloseTo(Math.log(1000));
    expect(w['H01M 10/00']).toBeCloseTo(0.5 * Math.log(100));
    expect(w['H01M']).toBeCloseTo(0.25 * Math.log(10));
  });

  it('keeps every part in [0, 1] and the score the weighted mean of the parts', () => {
    const raw = { ...none, tech: 1000, citesPatent: 50, coApplications: 30, behaviour: 9, sharedRegion: 'city' as const, sharedPolicies: 5 };
    const parts = partValues(raw);
    for (const p of PARTS) expect(parts[p]).toBeGreaterThan(0.9);
    for (const p of PARTS) expect(parts[p]).toBeLessThanOrEqual(1);
    const explained = explainParts(raw, parts, DEFAULT_WEIGHTS);
    expect(explained.reduce((n, p) => n + p.contribution, 0)).toBeCloseTo(scoreOf(parts, DEFAULT_WEIGHTS));
    expect(scoreOf(partValues(none), DEFAULT_WEIGHTS)).toBe(0);
  });

  it('gives more evidence a higher score, never lower', () => {
    const less = scoreOf(partValues({ ...none, coApplications: 1 }), DEFAULT_WEIGHTS);
    const more = scoreOf(partValues({ ...none, coApplications: 3 }), DEFAULT_WEIGHTS);
    expect(more).toBeGreaterThan(less);
  });

  it('names the parts that weigh most in both languages', () => {
    const raw = { ...none, coApplications: 2, sharedInventors: 1, sharedRegion: 'province' as const };
    const r = reasonOf(raw, explainParts(raw, partValues(raw), DEFAULT_WEIGHTS));
    expect(r.en).toContain('2 joint applications');
    expect(r.en).toContain('same province');
    expect(r.zh).toContain('合作申请 2 件');
    expect(reasonOf(none, explainParts(none, partValues(none), DEFAULT_WEIGHTS)).en).toBe('little evidence');
  });

  it('counts in English with the plural the number takes, and names a portfolio as the patents it is', () => {
    const raw = { ...none, coApplications: 1, sharedInventors: 8, citesLicensor: 2 };
    const explained = explainParts(raw, partValues(raw), DEFAULT_WEIGHTS, { patents: 12 });
    const text = (part: string) => explained.find((p) => p.part === part)!.explanation;
    expect(text('collaboration').en).toBe('1 joint application and 8 shared inventors with the licensor');
    expect(text('citations').en).toBe("cites these 12 patents 0 times, is cited by it 0 times, cites the licensor's other patents twice");
    expect(text('citations').zh).toContain('引用这 12 件专利 0 次');
    expect(reasonOf(raw, explained).en).toContain('1 joint application, 8 shared inventors');
  });

  it('says a region is unknown, not another province, when one side has none on record', () => {
    const place = (raw: RawEvidence) => explainParts(raw, partValues(raw), DEFAULT_WEIGHTS).find((p) => p.part === 'place')!.explanation;
    expect(place({ ...none, regionUnknown: true })).toEqual({ zh: '地区不详，共同适用地方政策 0 项', en: 'region unknown, 0 local policies cover both' });
    expect(place(none).en).toMatch(/^another province/);
  });

  it("weighs the subject's own evidence above the licensor's: its citations, its inventors, its words", () => {
    const value = (raw: Partial<RawEvidence>, part: 'citations' | 'collaboration' | 'technology') => partValues({ ...none, ...raw })[part];
    expect(value({ citedByPatent: 1 }, 'citations')).toBeGreaterThan(value({ citesLicensor: 1 }, 'citations'));
    expect(value({ citesLicensor: 1 }, 'citations')).toBeGreaterThan(value({ citesPatent2: 1 }, 'citations'));
    expect(value({ citesPatent2: 1 }, 'citations')).toBeGreaterThan(0);
    expect(value({ sharedInventors: 1, patentInventors: 1 }, 'collaboration')).toBeGreaterThan(value({ sharedInventors: 2 }, 'collaboration'));
    expect(value({ textMatches: 1 }, 'technology')).toBeGreaterThan(0);
    const raw = { ...none, sharedInventors: 2, patentInventors: 1, textMatches: 3 };
    const explained = explainParts(raw, partValues(raw), DEFAULT_WEIGHTS);
    expect(explained.find((p) => p.part === 'collaboration')!.explanation.en).toBe('0 joint applications and 2 shared inventors with the licensor; 1 inventor of this patent invented for it');
    expect(explained.find((p) => p.part === 'technology')!.explanation.zh).toContain('标题与摘要相近的专利 3 件');
    expect(reasonOf(raw, explained).en).toContain('1 inventor of this patent invented for it');
    // A portfolio's reason names its patents, not "this patent".
    const portfolio = explainParts(raw, partValues(raw), DEFAULT_WEIGHTS, { patents: 30 });
    expect(reasonOf(raw, portfolio, { patents: 30 })).toMatchObject({ en: expect.stringContaining('1 inventor of these 30 patents invented for it'), zh: expect.stringContaining('这 30 件专利发明人 1 位') });
  });
});
