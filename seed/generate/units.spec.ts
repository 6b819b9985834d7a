import { describe, expect, it } from 'vitest';
import { parseIpc } from '../../graph/vocabulary/index.ts';
import { creditCode, creditCodeCheck, isWellFormedCreditCode } from './credit-code.js';
import { dayOf, isoOf } from './dates.js';
import { Random } from './random.js';
import { allRegions, COUNTRY_CODE } from './regions.js';
import { formatShare } from './related-parties.js';
import { countsFor } from './scale.js';
import { CLUSTERS, IPC_CODES } from './technology-clusters.js';
import { roundAmount } from './trade-state.js';

describe('Random', () => {
  it('repeats a stream for the same seed and name and differs otherwise', () => {
    const draw = (seed: number, stream: string) => {
      const r = new Random(seed, stream);
      return Array.from({ length: 8 }, () => r.int(0, 1_000_000));
    };
    expect(draw(1, 'patents')).toEqual(draw(1, 'patents'));
    expect(draw(1, 'patents')).not.toEqual(draw(2, 'patents'));
    expect(draw(1, 'patents')).not.toEqual(draw(1, 'trades'));
  });

  it('stays inside the asked range', () => {
    const r = new Random(7, 'range');
    for (let i = 0; i < 10_000; i++) {
      const v = r.int(3, 5);
      expect(v >= 3 && v <= 5).toBe(true);
      const f = r.float();
      expect(f >= 0 && f < 1).toBe(true);
    }
  });
});

describe('credit codes', () => {
  it('are 18 characters with a valid GB 32100 check character, and unique', () => {
    const r = new Random(1, 'codes');
    const used = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = creditCode(r, { prefix: '91', regionCode: '320500', used });
      expect(code).toMatch(/^91320500[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(isWellFormedCreditCode(code)).toBe(true);
    }
    expect(used.size).toBe(500);
    const code = [...used][0]!;
    const tampered = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(isWellFormedCreditCode(tampered)).toBe(false);
    expect(creditCodeCheck(code.slice(0, 17))).toBe(code[17]);
  });
});

describe('reference data', () => {
  it('uses IPC symbols the contract parses, written in normal form', () => {
    for (const code of IPC_CODES) expect(parseIpc(code)?.symbol, code).toBe(code);
    for (const c of CLUSTERS) expect(c.ipc.length).toBeGreaterThanOrEqual(5);
  });

  it('has one country and a parent for every other region', () => {
    const regions = allRegions();
    const codes = new Set(regions.map((r) => r.code));
    expect(regions.filter((r) => r.level === 'country').map((r) => r.code)).toEqual([COUNTRY_CODE]);
    for (const r of regions) if (r.level !== 'country') expect(codes.has(r.parent!), r.code).toBe(true);
    expect(codes.size).toBe(regions.length);
  });
});

describe('numbers', () => {
  it('writes dates as ISO days', () => {
    expect(isoOf(dayOf(2021, 7, 28))).toBe('2021-07-28');
    expect(isoOf(dayOf(1912, 2, 29))).toBe('1912-02-29');
  });

  it('rounds prices to three significant figures and shares to short decimals', () => {
    expect(roundAmount(1_234_567)).toBe(1_230_000);
    expect(roundAmount(45_678)).toBe(45_700);
    expect(roundAmount(12)).toBe(1000);
    expect(formatShare(5100)).toBe('0.51');
    expect(formatShare(10_000)).toBe('1');
  });

  it('scales counts with the scale factor', () => {
    expect(countsFor(1).patents).toBe(20_000);
    expect(countsFor(50).patents).toBe(1_000_000);
    expect(countsFor(5).plantedChains).toBeGreaterThan(countsFor(1).plantedChains);
    expect(() => countsFor(0)).toThrow();
  });
});
